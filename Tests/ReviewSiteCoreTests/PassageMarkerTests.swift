import ReviewSiteCore
import Testing

@Suite("Passage markers")
struct PassageMarkerTests {
    func parse(_ line: String) -> (PassageMarker?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let marker = PassageMarker.parse(line: line[...], file: "r.md", lineNumber: 7, diagnostics: &diagnostics)
        return (marker, diagnostics)
    }

    @Test func readsKindThemesAndAnchor() throws {
        let (marker, diagnostics) = parse("> [!LEARNING] neglect, information-sharing {#missed-appointments}")
        let found = try #require(marker)
        #expect(diagnostics.isEmpty)
        #expect(found.kind == .learning)
        #expect(found.themeNames.map(\.name) == ["neglect", "information-sharing"])
        #expect(found.themeNames.map(\.column) == [15, 24])
        #expect(found.anchor == "missed-appointments")
    }

    @Test(arguments: [("[!RECOMMENDATION]", PassageKind.recommendation), ("[!GOOD-PRACTICE] x", .goodPractice), ("[!learning] x", .learning)])
    func readsEveryKind(line: String, kind: PassageKind) {
        #expect(parse(line).0?.kind == kind)
    }

    @Test func marksSuggestedThemes() throws {
        let marker = try #require(parse("[!LEARNING] ?neglect, escalation").0)
        #expect(marker.themeNames.map(\.isSuggestion) == [true, false])
        #expect(marker.themeNames.map(\.name) == ["neglect", "escalation"])
    }

    @Test func warnsAboutStrayCommasAndKeepsTheThemes() throws {
        let (marker, diagnostics) = parse("[!LEARNING] neglect,, escalation,")
        #expect(try #require(marker).themeNames.map(\.name) == ["neglect", "escalation"])
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        #expect(diagnostics.first?.description == "r.md:7:21: warning: empty theme between commas is ignored; remove the extra comma")
    }

    @Test func rejectsUnknownKindWithSuggestion() {
        let (marker, diagnostics) = parse("> [!LEARNNG] neglect")
        #expect(marker == nil)
        #expect(diagnostics.map(\.description) == [
            "r.md:7:3: error: unknown passage kind '[!LEARNNG]'; use [!LEARNING], [!RECOMMENDATION] or [!GOOD-PRACTICE]. Did you mean 'LEARNING'?",
        ])
    }

    @Test func rejectsMalformedAnchor() {
        let (marker, diagnostics) = parse("[!LEARNING] neglect {#1bad}")
        #expect(marker == nil)
        #expect(diagnostics.first?.line == 7)
        #expect(diagnostics.first?.column == 23)
    }

    @Test func ignoresLinesWithoutMarker() {
        let (marker, diagnostics) = parse("> an ordinary quotation [with brackets]")
        #expect(marker == nil)
        #expect(diagnostics.isEmpty)
    }
}
