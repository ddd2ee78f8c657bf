import Testing
@testable import ReviewSiteImport

/// The single-purpose stages on small synthetic inputs.
@Suite struct StageTests {
    @Test func layoutDetectorTellsWrappedFromUnwrapped() {
        let wrapped = (1...30).map { "line \($0) of a paragraph that was broken by the PDF tool at a width" }.joined(separator: "\n")
        let unwrapped = (1...30).map { "1.\($0). " + String(repeating: "Agency X recorded a concern. ", count: 8) }.joined(separator: "\n\n")
        #expect(LayoutDetector.detect(SourceLine.split(wrapped)) != .unwrapped)
        #expect(LayoutDetector.detect(SourceLine.split(unwrapped)) == .unwrapped)
    }

    @Test func numberPrefixReadsSectionNumbers() {
        #expect(NumberPrefix.parse("5.4.7. Text")?.components == [5, 4, 7])
        #expect(NumberPrefix.parse("6 Race and culture")?.trailingDot == false)
        #expect(NumberPrefix.parse("2016 was a year") == nil)
        #expect(NumberPrefix.parse("13.06.2016") == nil)
        #expect(NumberPrefix.romanLabel("iv. Text") == "iv.")
        #expect(NumberPrefix.romanLabel("(ii) Text") == "(ii)")
        #expect(NumberPrefix.romanLabel("I fully agree") == nil)
        #expect(NumberPrefix.letterLabel("B) That the board") == "B)")
    }

    @Test func sentenceEndsIgnoreFootnoteMarkers() {
        #expect(TextTools.endsSentence("the case.” 2"))
        #expect(!TextTools.endsSentence("as stated¹²"))
        #expect(TextTools.endsSentence("reviewed.³"))
        #expect(!TextTools.endsSentence("Research (2004)"))
    }

    @Test func furnitureRemoverDropsRunningHeadersAndPageNumbers() {
        var lines: [String] = []
        for page in 1...4 {
            lines += ["Text on page \(page) continues here.", "", "REVIEW A DRAFT – PUBLICATION 01.01.2020", "", "\(page)", "", " Next page text."]
        }
        var remover = PageFurnitureRemover()
        var kept = remover.removeRunningLines(SourceLine.split(lines.joined(separator: "\n")))
        kept = remover.removePageNumbers(kept, keeping: [])
        #expect(!kept.contains { $0.text.contains("PUBLICATION") })
        #expect(!kept.contains { $0.text == "2" })
        #expect(kept.contains { $0.text == "Next page text." && $0.pageStart })
    }

    @Test func contentsListIsRemovedAndTitlePageKept() {
        let text = "Agency X Safeguarding Board\nChild A\n\nCONTENTS\n1. Introduction\t2\n2. Findings\t3\n\n1. Introduction\n\n1.1. Body text."
        let sections = DocumentSections.split(SourceLine.split(text))
        #expect(sections.titlePage.map(\.text).contains("Child A"))
        #expect(sections.contents.count >= 3)
        #expect(sections.body.first?.text == "1. Introduction")
    }

    @Test func footnotesResolveSuperscriptRunsByDefinitions() {
        let blocks = [
            RawBlock(kind: .text, text: "First claim¹ and second²³.", line: 1),
            RawBlock(kind: .footnote(label: 1), text: "Source one.", line: 2),
            RawBlock(kind: .footnote(label: 23), text: "Source twenty-three.", line: 3),
        ]
        let resolved = FootnoteResolver().resolve(blocks)
        #expect(FootnoteMarker.labels(in: resolved[0].text) == [1, 23])
    }

    @Test func footnotesResolveBareDigitsInPDFText() {
        let blocks = [
            RawBlock(kind: .text, text: "Child 2 was seen. The harm was caused by hypoxia 1 and later events.", line: 1),
            RawBlock(kind: .footnote(label: 1), text: "Lack of oxygen.", line: 2),
        ]
        let resolved = FootnoteResolver().resolve(blocks)
        #expect(resolved[0].text.contains("Child 2 was"))
        #expect(resolved[0].text.contains("hypoxia\(FootnoteMarker.make(1)) and"))
    }

    @Test func unreferencedDefinitionBecomesParagraph() {
        let blocks = [RawBlock(kind: .footnote(label: 4), text: "Orphan note.", line: 1)]
        #expect(FootnoteResolver().resolve(blocks)[0].kind == .text)
    }

    @Test func themeSuggesterStemsAndRanks() {
        let suggester = ThemeSuggester(vocabulary: Support.vocabulary)
        let themes = suggester.suggest(for: "The child was neglected; neglectful care, domestic violence and a health visitor's concern about co-sleeping.")
        #expect(themes.first == "neglect")
        #expect(themes.count == 3)
        #expect(suggester.suggest(for: "Nothing relevant here.").isEmpty)
    }

    @Test func escaperKeepsSourceEmphasisAndLinks() {
        #expect(MarkdownEscaper.inline("a **(Learning Point)** b") == "a **(Learning Point)** b")
        #expect(MarkdownEscaper.inline("see *‘quote’* now") == "see *‘quote’* now")
        #expect(MarkdownEscaper.inline("2 * 3 <b> [x] a_b") == "2 \\* 3 \\<b\\> \\[x\\] a\\_b")
        #expect(MarkdownEscaper.inline("<https://example.org/a_b>") == "<https://example.org/a_b>")
        #expect(MarkdownEscaper.block("# not a heading") == "\\# not a heading")
        #expect(MarkdownEscaper.block("1989. The year") == "1989. The year")
        #expect(MarkdownEscaper.block("12. Not a list") == "12\\. Not a list")
        #expect(MarkdownEscaper.tableCell("a | b") == "a \\| b")
    }

    @Test func frontMatterQuotesAndListsUnknownFields() {
        let matter = FrontMatter(title: "Child \"A\"", kind: "Serious Case Review", board: nil, published: nil, reviewer: nil)
        let yaml = matter.yaml()
        #expect(yaml.contains("title: \"Child \\\"A\\\"\""))
        #expect(yaml.contains("draft: true"))
        #expect(yaml.contains("# To complete by the author: board, published, reviewer, summary, child.age, child.outcome"))
    }

    @Test func sectionKindWinsOverAnItemsNote() throws {
        let review = try Support.convert("""
        Review of Child A

        1. Introduction

        1.1. Agency X and Agency Y worked with the family of Child A over two years before the incident.

        2. Key Learning

        1. Practitioners should seek advice when a non-mobile baby has a bruise. (Recommendation)
        2. Records should be shared when a family moves between areas.

        3. Recommendations

        1. The partnership should publish a bruising protocol.
        """)
        let markers = review.markdown.split(separator: "\n").filter { $0.hasPrefix("> [!") }.map { $0.split(separator: "]")[0] }
        #expect(markers == ["> [!LEARNING", "> [!LEARNING", "> [!RECOMMENDATION"])
    }

    @Test func dates() {
        #expect(DateParser.iso("3 July 2020") == "2020-07-03")
        #expect(DateParser.iso("21st September 2019") == "2019-09-21")
        #expect(DateParser.iso("September 2019") == nil)
        #expect(DateParser.iso("03/07/2020") == "2020-07-03")
    }
}
