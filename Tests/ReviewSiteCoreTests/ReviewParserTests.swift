import Foundation
import ReviewSiteCore
import Testing

@Suite("Review parsing")
struct ReviewParserTests {
    static let registry: ThemeRegistry = {
        let at = FileLocation(file: "themes.yml", line: 1, column: 1)
        return ThemeRegistry([
            Theme(slug: "neglect", title: "Neglect", aliases: ["failure to thrive"], location: at),
            Theme(slug: "invisible-men", title: "Invisible men", aliases: ["fathers and male carers", "hidden men"], location: at),
            Theme(slug: "escalation", title: "Escalation", aliases: ["professional challenge"], location: at),
        ])
    }()

    func parse(_ text: String) -> (Review?, [String]) {
        let source = SourceFile(url: URL(fileURLWithPath: "/x/child-a.md"), displayPath: "Content/reviews/child-a.md", text: text)
        let (review, diagnostics) = ReviewParser.parse(source, slug: "child-a", registry: Self.registry)
        return (review, diagnostics.map(\.description))
    }

    let header = "---\ntitle: Child A\nkind: Serious Case Review\nboard: Fixture Board\n---\n"

    @Test("theme names resolve whatever their case and spacing; unknown ones do not", arguments: [
        ("neglect", "neglect"), ("Neglect", "neglect"), ("NEGLECT", "neglect"), (" neglect", "neglect"), ("neglect ", "neglect"),
        ("hidden men", "invisible-men"), ("hidden  men", "invisible-men"), ("Hidden\tMen", "invisible-men"), ("invisible-men", "invisible-men"),
        ("neglected", nil), ("", nil), ("hiddenmen", nil),
    ])
    func themeNames(name: String, slug: String?) {
        #expect(Self.registry.resolve(name) == slug)
    }

    @Test("an uncited footnote definition is reported at its column; one inside a fence is code")
    func uncitedFootnoteDefinitions() {
        let (_, diagnostics) = parse(header + """

        A paragraph citing [^a].

        [^a]: Cited.

          [^b]: Indented two spaces and never cited.

        ~~~
        [^c]: Inside a fence, so not a definition.
        ~~~
        """)
        #expect(diagnostics == [
            "Content/reviews/child-a.md:11:3: warning: footnote [^b] is defined but never cited, so its text is left out of the page; cite it with [^b] where it belongs, or delete the definition",
        ])
    }

    @Test func findsPassagesWithThemesFromSlugsAndAliases() throws {
        let (review, diagnostics) = parse(header + """

        ## 1. Findings

        > [!LEARNING] neglect, hidden men
        > 1.1. When a father is present, practitioners should engage him.

        > [!RECOMMENDATION] ?professional challenge {#rec-1}
        >
        > Agencies should challenge decisions.
        """)
        #expect(diagnostics.isEmpty)
        let passages = try #require(review).passages
        #expect(passages.map(\.kind) == [.learning, .recommendation])
        #expect(passages[0].themeSlugs == ["neglect", "invisible-men"])
        #expect(passages[0].anchor == "learning-1.1")
        #expect(passages[0].paragraphNumber == "1.1")
        #expect(passages[0].text == "1.1. When a father is present, practitioners should engage him.")
        #expect(passages[0].location.line == 9)
        #expect(passages[1].anchor == "rec-1")
        #expect(passages[1].themes.map(\.isSuggestion) == [true])
        #expect(passages[1].text == "Agencies should challenge decisions.")
    }

    @Test("passages are found inside list items, quotes and footnotes, with explicit anchors claimed first")
    func findsNestedPassages() throws {
        let (review, diagnostics) = parse(header + """

        1. A list item holding a passage:

           > [!LEARNING] neglect
           > 2.1. Nested in a list.

        > An ordinary quote holding one.
        >
        > > [!GOOD-PRACTICE] escalation {#para-3.1}
        > > Nested in a quote.

        3.1. A paragraph wanting the anchor the passage claimed.

        A paragraph citing [^n].

        [^n]: A note holding one:

            > [!RECOMMENDATION] neglect
            > Nested in a footnote.
        """)
        let passages = try #require(review).passages
        #expect(passages.map(\.kind) == [.learning, .goodPractice, .recommendation])
        #expect(passages.map(\.anchor) == ["learning-2.1", "para-3.1", "recommendation-1"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.contains("paragraph number 3.1 is used twice") == true)
    }

    @Test func givesStableAnchorsToHeadingsAndNumberedParagraphs() throws {
        let (review, _) = parse(header + "\n## 5. Findings & analysis\n\n5.4.7. Text.\n\n## 5. Findings & analysis\n")
        let body = try #require(review).body
        #expect(body.headings.map(\.anchor) == ["5-findings-analysis", "5-findings-analysis-2"])
        #expect(Set(body.anchors.values) == ["5-findings-analysis", "5-findings-analysis-2", "para-5.4.7"])
    }

    @Test func reportsUnknownThemeAtItsColumnWithSuggestion() {
        let (_, diagnostics) = parse(header + "\n> [!LEARNING] neglct, escalation\n> Text.\n")
        #expect(diagnostics == [
            "Content/reviews/child-a.md:7:15: error: unknown theme 'neglct'; add it to themes.yml or use a known slug or alias. Did you mean 'neglect'?",
        ])
    }

    @Test func reportsDuplicateExplicitAnchor() {
        let (_, diagnostics) = parse(header + "\n> [!LEARNING] neglect {#same}\n> One.\n\n> [!LEARNING] neglect {#same}\n> Two.\n")
        #expect(diagnostics == ["Content/reviews/child-a.md:10:25: error: duplicate anchor 'same': it is already used at line 7; choose another {#anchor}"])
    }

    @Test func explicitAnchorsWinOverAutomaticOnes() throws {
        let (review, diagnostics) = parse(header + "\n> [!LEARNING] neglect\n> One.\n\n> [!LEARNING] neglect {#learning-1}\n> Two.\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(review).passages.map(\.anchor) == ["learning-1-2", "learning-1"])
    }

    @Test func reportsFootnoteWithoutDefinition() {
        let (_, diagnostics) = parse(header + "\nSome text.[^1] More[^missing].\n\n[^1]: Defined.\n")
        #expect(diagnostics == [
            "Content/reviews/child-a.md:7:20: error: footnote [^missing] has no definition; add a line '[^missing]: ...' below the paragraph.",
        ])
    }

    @Test func reportsPassageWithoutText() {
        let (_, diagnostics) = parse(header + "\n> [!LEARNING] neglect\n")
        #expect(diagnostics == ["Content/reviews/child-a.md:7:1: error: the learning point has no text; write it on the lines after the marker, each starting with '>'"])
    }

    @Test func checksFrontMatterFieldsAndTypes() {
        let (review, diagnostics) = parse("---\ntitle: [a, b]\nkind: Serious Case Review\npublished: 31/02/2020\ndraft: maybe\ncolour: blue\n---\nText.\n")
        #expect(review == nil)
        #expect(Set(diagnostics) == [
            "Content/reviews/child-a.md:1:1: error: missing required field 'board'; add 'board: ...'",
            "Content/reviews/child-a.md:2:8: error: 'title' must be text, not a list",
            "Content/reviews/child-a.md:4:12: error: 'published' must be a real date written YYYY-MM-DD (e.g. 2020-07-03), not '31/02/2020'",
            "Content/reviews/child-a.md:5:8: error: 'draft' must be true or false",
            "Content/reviews/child-a.md:6:1: warning: unknown key 'colour' in front matter is ignored.",
        ])
        #expect(diagnostics.count == 5)
    }

    @Test func reportsUnclosedFrontMatterAndInvalidYAML() {
        #expect(parse("---\ntitle: A\n").1 == ["Content/reviews/child-a.md:1:1: error: the front matter opened here is never closed; add a line '---' after the last field"])
        let (_, yaml) = parse("---\ntitle: \"A\nkind: x\n---\n")
        #expect(yaml.count == 1)
        #expect(yaml[0].hasPrefix("Content/reviews/child-a.md:"))
        #expect(yaml[0].contains("error: invalid YAML"))
        #expect(parse("No front matter\n").1 == ["Content/reviews/child-a.md:1:1: error: the file must start with front matter: a line '---', the YAML fields (title, kind, board, ...), and a closing '---'"])
    }
}
