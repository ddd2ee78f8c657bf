@testable import ReviewSiteRendering
import Testing

@Suite struct TextEscapingTests {
    @Test("text is escaped byte by byte: the five specials, a NUL, and runs of plain bytes between them")
    func escapesEverySpecialByte() {
        var buffer = HTMLBuffer()
        buffer.text("&<>\"'\u{0}plain café – “quoted” & <more>")
        #expect(buffer.string == "&amp;&lt;&gt;&quot;&#39;\u{FFFD}plain café – “quoted” &amp; &lt;more&gt;")
    }

    /// Every byte value, in every lane of the 8-byte chunks the escaping reads and in the tail
    /// after them, against the escaping written byte by byte.
    @Test func escapesRandomBytesAsByteByByte() {
        let replacements: [UInt8: String] = [0x26: "&amp;", 0x3C: "&lt;", 0x3E: "&gt;", 0x22: "&quot;", 0x27: "&#39;", 0: "\u{FFFD}"]
        var generator = SystemRandomNumberGenerator()
        let likely = Array(replacements.keys) + [0x25, 0x27, 0x3D, 0x3F, 0x01, 0xA6, 0xBC, 0x61]
        for length in 0..<70 {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in Bool.random(using: &generator) ? likely.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator) }
                var expected: [UInt8] = []
                for byte in bytes { expected += replacements[byte].map { Array($0.utf8) } ?? [byte] }
                var buffer = HTMLBuffer()
                buffer.text(bytes)
                #expect(buffer.bytes == expected, "\(bytes)")
            }
        }
    }

    /// A buffer starts small and grows as it is written: markup, escaped text and another
    /// buffer, each longer than the room left, come out whole and in order.
    @Test func growsAsItIsWritten() {
        var expected = ""
        var buffer = HTMLBuffer(capacity: 1)
        for round in 0..<200 {
            var inner = HTMLBuffer(capacity: 1)
            inner.text(String(repeating: "<\(round)>", count: round))
            buffer.raw("<p>")
            buffer.text("Round \(round) & more")
            buffer.raw(contentsOf: String(repeating: "é", count: round))
            buffer.raw(Array("</p>".utf8))
            buffer.raw(inner)
            expected += "<p>Round \(round) &amp; more" + String(repeating: "é", count: round) + "</p>" + String(repeating: "&lt;\(round)&gt;", count: round)
        }
        let html = buffer.string
        #expect(html == expected)
        #expect(buffer.bytes == Array(expected.utf8))
    }

    @Test("glossary terms are marked as whole capitalised words, plurals too, and the text around them escaped")
    func marksWholeTerms() {
        let marker = AbbreviationMarker(["GP": "General Practitioner", "A&E": "Accident & Emergency", "LSCB": "Local Safeguarding Children Board"])
        var buffer = HTMLBuffer()
        marker.write(ArraySlice("The GP, GPs, aGP, GP2, gp and A&E; LSCBs <GP>".utf8), into: &buffer)
        #expect(buffer.string == [
            "The <abbr title=\"General Practitioner\">GP</abbr>, <abbr title=\"General Practitioner\">GPs</abbr>, aGP, GP2, gp and ",
            "<abbr title=\"Accident &amp; Emergency\">A&amp;E</abbr>; <abbr title=\"Local Safeguarding Children Board\">LSCBs</abbr> ",
            "&lt;<abbr title=\"General Practitioner\">GP</abbr>&gt;",
        ].joined())
    }

    /// Enough terms that many share the low bits of their hashes, so lookups pass over occupied
    /// slots: every term and its plural is found, and no near miss is.
    @Test func findsEveryTermOfALargeGlossary() {
        let terms = (0..<300).map { "T\($0)X" }
        let marker = AbbreviationMarker(Dictionary(uniqueKeysWithValues: terms.map { ($0, "Expansion of \($0)") }))
        for term in terms {
            var buffer = HTMLBuffer()
            marker.write(ArraySlice("\(term) \(term)s \(term)X T\(term)".utf8), into: &buffer)
            let marked = "<abbr title=\"Expansion of \(term)\">"
            #expect(buffer.string == "\(marked)\(term)</abbr> \(marked)\(term)s</abbr> \(term)X T\(term)")
        }
    }

    @Test("footnote ids keep ASCII letters and digits and make any other character, accented or not, a hyphen")
    func footnoteIDsAreASCII() {
        #expect(MarkdownHTMLRenderer.idSafe("Café note_1 ² ½") == "Caf--note-1----")
        #expect(MarkdownHTMLRenderer.idSafe("e\u{301}Z9") == "e-Z9")
        #expect(MarkdownHTMLRenderer.idSafe("") == "")
    }
}
