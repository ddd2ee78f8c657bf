/// The site's theme registry reduced to what matching needs: each slug with the
/// word sequences (slug, title, aliases) that signal it in a passage.
public struct ThemeVocabulary: Sendable {
    struct Entry: Sendable {
        let slug: String
        let phrases: [[String]]
    }

    let entries: [Entry]

    public init(_ entries: [(slug: String, names: [String])]) {
        self.entries = entries.map { entry in
            let candidates = [entry.slug.replacingOccurrences(of: "-", with: " ")] + entry.names
            var phrases: [[String]] = []
            for candidate in candidates {
                let words = WordTokenizer.words(candidate)
                if !words.isEmpty && !phrases.contains(words) {
                    phrases.append(words)
                }
            }
            return Entry(slug: entry.slug, phrases: phrases)
        }
    }
}
