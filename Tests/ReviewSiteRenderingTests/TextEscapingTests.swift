@testable import ReviewSiteRendering
import Testing

@Suite struct TextEscapingTests {
    @Test("text is escaped byte by byte: the five specials, a NUL, and runs of plain bytes between them")
    func escapesEverySpecialByte() {
        var buffer = HTMLBuffer()
        buffer.text("&<>\"'\u{0}plain café – “quoted” & <more>")
        #expect(buffer.string == "&amp;&lt;&gt;&quot;&#39;\u{FFFD}plain café – “quoted” &amp; &lt;more&gt;")
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
}
