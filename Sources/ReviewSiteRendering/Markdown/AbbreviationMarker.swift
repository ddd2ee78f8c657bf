import ReviewSiteCore

/// Wraps glossary abbreviations found in text with `<abbr title="expansion">`.
struct AbbreviationMarker: Sendable {
    /// A term's bytes and the opening tag that marks it up, expansion escaped, written once.
    private struct Term: Sendable {
        var hash: UInt64
        var bytes: [UInt8]
        var opening: [UInt8]
    }

    private let terms: [Term]
    /// Positions in `terms` by FNV-1a hash, open-addressed, -1 for an empty slot: looking up a
    /// capitalised word builds no `String` and runs no `Hasher`, as review pages hold many.
    private let slots: [Int32]
    /// First bytes of the terms and the longest term: most capitalised words are ruled out
    /// before they are hashed.
    private let startsTerm: [Bool]
    private let longestTerm: Int

    init(_ expansions: [String: String]) {
        var terms: [Term] = []
        for (term, expansion) in expansions.sorted(by: { $0.key < $1.key }) {
            var opening = HTMLBuffer(capacity: expansion.utf8.count + 16)
            opening.raw("<abbr title=\"")
            opening.text(expansion)
            opening.raw("\">")
            terms.append(Term(hash: FNV1a.hash(term.utf8), bytes: Array(term.utf8), opening: opening.bytes))
        }
        // At most a quarter full, so a probe seldom passes more than one slot.
        var slots = Array(repeating: Int32(-1), count: max(8, (terms.count * 4).nextPowerOfTwo))
        for (index, term) in terms.enumerated() {
            var slot = Int(truncatingIfNeeded: term.hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index)
        }
        self.terms = terms
        self.slots = slots
        var startsTerm = Array(repeating: false, count: 256)
        for term in expansions.keys { if let first = term.utf8.first { startsTerm[Int(first)] = true } }
        self.startsTerm = startsTerm
        self.longestTerm = expansions.keys.map(\.utf8.count).max() ?? 0
    }

    /// Writes `text` escaped, with whole-word matches of a glossary term marked up.
    func write(_ text: ArraySlice<UInt8>, into output: inout HTMLBuffer) {
        guard !terms.isEmpty else {
            output.text(text)
            return
        }
        var written = text.startIndex
        GlossaryWords.forEachCapitalised(in: text) { word in
            guard startsTerm[Int(text[word.lowerBound])], word.count <= longestTerm + 1, let term = term(of: text[word]) else { return }
            output.text(text[written..<word.lowerBound])
            output.raw(terms[term].opening)
            output.text(text[word])
            output.raw("</abbr>")
            written = word.upperBound
        }
        output.text(text[written..<text.endIndex])
    }

    /// The term a word is, or whose plural it is ("LSCBs").
    private func term(of word: ArraySlice<UInt8>) -> Int? {
        if let found = lookUp(word) { return found }
        guard word.count > 2, word.last == 0x73 else { return nil }
        return lookUp(word.dropLast())
    }

    private func lookUp(_ word: ArraySlice<UInt8>) -> Int? {
        let hash = FNV1a.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let term = Int(slots[slot])
            if terms[term].hash == hash && terms[term].bytes.elementsEqual(word) { return term }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }
}

private extension Int {
    /// The smallest power of two at least this.
    var nextPowerOfTwo: Int {
        self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}
