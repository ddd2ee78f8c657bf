import ReviewSiteCore
import Testing

@Suite("FrontMatter")
struct FrontMatterTests {
    @Test func splitsYAMLFromBodyAndCountsTheLinesAbove() throws {
        let split = try FrontMatter.split("---\ntitle: \"Child A\"\nkind: Serious Case Review\n---\n\n## 1. Introduction\n\n1.1. Text.\n", file: "r.md")
        #expect(split.yaml == "title: \"Child A\"\nkind: Serious Case Review")
        #expect(split.body == "\n## 1. Introduction\n\n1.1. Text.\n")
        #expect(split.bodyLineOffset == 4)
    }

    @Test func acceptsDotsAndTrailingSpacesOnTheClosingFence() throws {
        let split = try FrontMatter.split("--- \ntitle: A\n...\t\nBody", file: "r.md")
        #expect(split.yaml == "title: A")
        #expect(split.body == "Body")
        #expect(split.bodyLineOffset == 3)
    }

    @Test func allowsEmptyYAMLAndAnEmptyBody() throws {
        let split = try FrontMatter.split("---\n---", file: "r.md")
        #expect(split.yaml == "")
        #expect(split.body == "")
        #expect(split.bodyLineOffset == 2)
    }

    @Test func keepsNonASCIITextIntact() throws {
        let split = try FrontMatter.split("---\ntitle: “Ünïcode” – é\n---\nCafé ✓\n", file: "r.md")
        #expect(split.yaml == "title: “Ünïcode” – é")
        #expect(split.body == "Café ✓\n")
    }

    @Test func reportsAMissingOrUnclosedFence() {
        #expect(throws: DiagnosticError.self) { try FrontMatter.split("title: A\n", file: "r.md") }
        #expect(throws: DiagnosticError.self) { try FrontMatter.split("---\ntitle: A\n", file: "r.md") }
    }
}
