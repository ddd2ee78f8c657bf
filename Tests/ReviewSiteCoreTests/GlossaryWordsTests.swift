import ReviewSiteCore
import Testing

@Suite("Glossary words")
struct GlossaryWordsTests {
    /// The definition read byte by byte: maximal runs of letters, digits and `&` holding a capital.
    static func capitalisedWords(_ bytes: [UInt8]) -> [Range<Int>] {
        func isWordByte(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x26
        }
        var words: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count && isWordByte(bytes[end]) { end += 1 }
            if bytes[index..<end].contains(where: { (0x41...0x5A).contains($0) }) { words.append(index..<end) }
            index = end
        }
        return words
    }

    static func found(_ text: ArraySlice<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        GlossaryWords.forEachCapitalised(in: text) { words.append($0) }
        return words
    }

    @Test func findsTheCapitalisedWordsOfProse() {
        let text = Array("The GP and the HV met at A&E; McDonald's 2nd CPC, not cpc. Über-LSCB x".utf8)
        let words = Self.found(text[...]).map { String(decoding: text[$0], as: UTF8.self) }
        #expect(words == ["The", "GP", "HV", "A&E", "McDonald", "CPC", "LSCB"])
    }

    /// Every byte value, every alignment and slices not starting at zero: the scan reads 8 bytes
    /// at a time, so a capital in any lane of a chunk, or in the tail, must be found.
    @Test func agreesWithTheDefinitionOnRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("aZzA&09 .-\u{7F}".utf8) + [0x40, 0x5B, 0x60, 0x7B, 0xC3, 0x9C, 0xC1, 0xDA, 0xFF, 0x00]
        for length in 0..<80 {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator) }
                let dropped = length > 0 ? Int.random(in: 0..<min(length, 9), using: &generator) : 0
                let slice = bytes[dropped...]
                let expected = Self.capitalisedWords(Array(slice)).map { ($0.lowerBound + dropped)..<($0.upperBound + dropped) }
                #expect(Self.found(slice) == expected, "\(Array(slice))")
            }
        }
    }
}
