/// Wraps glossary abbreviations found in text with `<abbr title="expansion">`.
struct AbbreviationMarker: Sendable {
    private let expansions: [String: String]
    /// First bytes of the terms and the longest term: most capitalised words are ruled out
    /// without building a String and hashing it.
    private let startsTerm: [Bool]
    private let longestTerm: Int

    init(_ expansions: [String: String]) {
        self.expansions = expansions
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
        var index = text.startIndex
        while index < text.endIndex {
            guard Self.isWordByte(text[index]) else {
                index += 1
                continue
            }
            var end = index
            var hasUpper = false
            while end < text.endIndex, Self.isWordByte(text[end]) {
                if text[end] >= 0x41 && text[end] <= 0x5A { hasUpper = true }
                end += 1
            }
            if hasUpper, startsTerm[Int(text[index])], end - index <= longestTerm + 1, let expansion = expansion(of: text[index..<end]) {
                output.text(text[written..<index])
                output.raw("<abbr title=\"")
                output.text(expansion)
                output.raw("\">")
                output.text(text[index..<end])
                output.raw("</abbr>")
                written = end
            }
            index = end
        }
        output.text(text[written..<text.endIndex])
    }

    /// The expansion of a term, or of its plural ("LSCBs").
    private func expansion(of word: ArraySlice<UInt8>) -> String? {
        if let found = expansions[String(decoding: word, as: UTF8.self)] { return found }
        guard word.count > 2, word.last == 0x73 else { return nil }
        return expansions[String(decoding: word.dropLast(), as: UTF8.self)]
    }

    /// Letters, digits and `&` (as in A&E) form words; any other byte ends one.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x26
    }
}
