import Foundation
import Testing

@Suite("reviewsite import")
struct ImportCommandTests {
    static let text = """
    Fixture Safeguarding Partnership

    Serious Case Review

    Child A

    Independent Reviewer: Reviewer One

    1. Introduction

    1.1. This review concerns Child A, who was known to Agency X and Agency Y over two years.

    1.2. Agency X saw Child A with bruising that was not explained, and did not ask the father about it.

    2. Findings

    2.1. The father was not seen by any agency during the period under review.

    Learning point: Practitioners should find out who the fathers and male carers in a household are and engage them.

    3. Recommendations

    1. The partnership should remind agencies to record every adult living in the household.
    """

    func folder(with files: [String: Data]) throws -> URL {
        let folder = try Fixtures.scratch()
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func writesADraftReviewWithSuggestedThemesThatBuilds() throws {
        let folder = try folder(with: ["review.txt": Data(Self.text.utf8)])
        let themes = CLI.packageRoot.appendingPathComponent("Content/themes.yml").path
        let result = try CLI.run(["import", "review.txt", "--out", "reviews", "--themes", themes], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Imported review.txt → reviews/child-a.md ("))
        let markdown = try String(contentsOf: folder.appendingPathComponent("reviews/child-a.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("---\n"))
        #expect(markdown.contains("draft: true"))
        #expect(markdown.contains("reviewer: \"Reviewer One\"") || markdown.contains("reviewer: Reviewer One"))
        #expect(markdown.contains("1.1. This review concerns Child A"))
        #expect(markdown.contains("> [!LEARNING] ?invisible-men"))
        #expect(markdown.contains("[!RECOMMENDATION]"))
    }

    @Test func neverOverwritesWithoutForce() throws {
        let folder = try folder(with: ["review.txt": Data(Self.text.utf8)])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("reviews"), withIntermediateDirectories: true)
        let existing = folder.appendingPathComponent("reviews/child-a.md")
        try Data("an author's edits\n".utf8).write(to: existing)
        let refused = try CLI.run(["import", "review.txt", "--out", "reviews", "--themes", "none.yml"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == "reviews/child-a.md:1:1: error: a review already exists here; pass --force to overwrite it or --slug to choose another name\n")
        #expect(try String(contentsOf: existing, encoding: .utf8) == "an author's edits\n")
        let forced = try CLI.run(["import", "review.txt", "--out", "reviews", "--themes", "none.yml", "--force", "--quiet"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: existing, encoding: .utf8).hasPrefix("---\n"))
    }

    @Test(arguments: [("empty.txt", Data()), ("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xFE]))])
    func badInputIsAClearErrorAndWritesNothing(name: String, data: Data) throws {
        let folder = try folder(with: [name: data])
        let result = try CLI.run(["import", name, "--out", "reviews", "--themes", "none.yml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(name):1:"))
        #expect(result.stderr.contains(": error: "))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reviews").path))
    }
}
