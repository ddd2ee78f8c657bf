/// Proposes registry themes for a passage so an author only has to confirm or
/// strike them; suggestions are ranked by how often the theme's words occur.
struct ThemeSuggester: Sendable {
    let vocabulary: ThemeVocabulary
    var limit = 3

    private static let suffixes: Set<String> = ["s", "es", "ed", "d", "ful", "ing", "ers", "er"]

    func suggest(for text: String) -> [String] {
        let words = WordTokenizer.words(text)
        var scored: [(slug: String, count: Int, order: Int)] = []
        for (order, entry) in vocabulary.entries.enumerated() {
            let count = entry.phrases.reduce(0) { $0 + occurrences(of: $1, in: words) }
            if count > 0 {
                scored.append((entry.slug, count, order))
            }
        }
        scored.sort { $0.count != $1.count ? $0.count > $1.count : $0.order < $1.order }
        return scored.prefix(limit).map(\.slug)
    }

    private func occurrences(of phrase: [String], in words: [String]) -> Int {
        guard !phrase.isEmpty, words.count >= phrase.count else { return 0 }
        var count = 0
        var start = 0
        while start <= words.count - phrase.count {
            if phrase.indices.allSatisfy({ matches(words[start + $0], stem: phrase[$0]) }) {
                count += 1
                start += phrase.count
            } else {
                start += 1
            }
        }
        return count
    }

    private func matches(_ word: String, stem: String) -> Bool {
        if word == stem { return true }
        guard word.hasPrefix(stem) else { return false }
        return Self.suffixes.contains(String(word.dropFirst(stem.count)))
    }
}
