import ReviewSiteCore

/// Wraps glossary abbreviations found in text with `<abbr title="expansion">`.
struct AbbreviationMarker: Sendable {
    /// Terms and expansions by a hash of the term's bytes, so that looking a word up makes no
    /// String: the capitalised words of a review are many, its glossary terms few.
    private let expansions: [UInt64: [(term: [UInt8], expansion: String)]]
    /// First bytes of the terms and the longest term: most capitalised words are ruled out
    /// before they are hashed.
    private let startsTerm: [Bool]
    private let longestTerm: Int

    init(_ expansions: [String: String]) {
        var byHash: [UInt64: [(term: [UInt8], expansion: String)]] = [:]
        for (term, expansion) in expansions.sorted(by: { $0.key < $1.key }) {
            byHash[FNV1a.hash(term.utf8), default: []].append((Array(term.utf8), expansion))
        }
        self.expansions = byHash
        var startsTerm = Array(repeating: false, count: 256)
        for term in expansions.keys { if let first = term.utf8.first { startsTerm[Int(first)] = true } }
        self.startsTerm = startsTerm
        self.longestTerm = expansions.keys.map(\.utf8.count).max() ?? 0
    }

    var isEmpty: Bool { expansions.isEmpty }

    /// Writes `text` escaped, with whole-word matches of a glossary term marked up.
    func write(_ text: ArraySlice<UInt8>, into output: inout HTMLBuffer) {
        guard !expansions.isEmpty else {
            output.text(text)
            return
        }
        var written = text.startIndex
        GlossaryWords.forEachCapitalised(in: text) { word in
            guard startsTerm[Int(text[word.lowerBound])], word.count <= longestTerm + 1, let expansion = expansion(of: text[word]) else { return }
            output.text(text[written..<word.lowerBound])
            output.raw("<abbr title=\"")
            output.text(expansion)
            output.raw("\">")
            output.text(text[word])
            output.raw("</abbr>")
            written = word.upperBound
        }
        output.text(text[written..<text.endIndex])
    }

    /// The expansion of a term, or of its plural ("LSCBs").
    private func expansion(of word: ArraySlice<UInt8>) -> String? {
        if let found = lookUp(word) { return found }
        guard word.count > 2, word.last == 0x73 else { return nil }
        return lookUp(word.dropLast())
    }

    private func lookUp(_ word: ArraySlice<UInt8>) -> String? {
        expansions[FNV1a.hash(word)]?.first { $0.term.elementsEqual(word) }?.expansion
    }
}
