import Foundation
import Testing

@Suite("reviewsite check")
struct CheckCommandTests {
    static let invalidSiteLines = """
        content/glossary.yml:3:1: warning: glossary term 'BMJ' is not used in any review or page; check its spelling and case, or remove it
        content/pages/about.md:7:10: error: link '/reviews/' starts at the server's root, which breaks when the site is opened from a folder or published under a path. Write it relative to this page: '../reviews/'
        content/pages/about.md:7:37: error: link '../../../x/' leads outside the site; check the number of '../'
        content/reviews/child-c.md:5:12: error: 'published' must be a real date written YYYY-MM-DD (e.g. 2020-07-03), not '2020-02-30'
        content/reviews/child-c.md:6:10: error: theme '?escalation' is an importer suggestion not yet confirmed; if it fits this review, delete the '?', otherwise remove the theme
        content/reviews/child-c.md:11:52: warning: 'CAMHS' looks like an abbreviation but content/glossary.yml does not define it (used once); add a line 'CAMHS: what it stands for' so readers see its meaning
        content/reviews/child-c.md:13:10: error: link '../child-e/' leads to no page of the site (reviews/child-e/index.html). Did you mean '../child-d/'?
        content/reviews/child-c.md:13:34: error: link '#para-9.9' names an anchor '#para-9.9' that this page does not have. Did you mean '#para-1.1'?
        content/reviews/child-c.md:13:60: error: link 'child-d.md' points at a Markdown file, which is not part of the site; link to the page instead: '../child-d/'
        content/reviews/child-c.md:13:93: error: link '../child-d' needs a trailing slash to work when the site is opened from a folder: '../child-d/'
        content/reviews/child-c.md:17:1: warning: footnote [^2] is defined but never cited, so its text is left out of the page; cite it with [^2] where it belongs, or delete the definition
        content/reviews/child-c.md:21:15: error: unknown theme 'neglectt'; add it to themes.yml or use a known slug or alias. Did you mean 'neglect'?
        content/reviews/child-c.md:24:22: error: theme '?information-sharing' is an importer suggestion not yet confirmed; if it fits this recommendation, delete the '?', otherwise remove the theme
        content/reviews/child-c.md:24:44: error: duplicate anchor 'shared': it is already used at line 21; choose another {#anchor}
        content/reviews/child-c.md:27:1: warning: this learning point has no theme, so no theme page lists it; name its themes after the marker, e.g. [!LEARNING] neglect
        content/reviews/child-c.md:30:38: error: footnote [^missing] has no definition; add a line '[^missing]: ...' below the paragraph.
        content/reviews/child-d.md:1:1: error: anchor '#learning-3.1' was published but this review no longer has it, so saved links to reviews/child-d/#learning-3.1 would break; keep the passage and write {#learning-3.1} at the end of its marker line
        content/reviews/child-d.md:1:1: error: anchor '#para-3.1' was published but this review no longer has it, so saved links to reviews/child-d/#para-3.1 would break; restore the paragraph number 3.1
        content/reviews/child-d.md:6:10: error: each item of 'themes' must be text; put quotes around an item that starts with '?' or another YAML symbol, e.g. ["?item"]
        content/reviews/child-d.md:11:47: error: link '../child-f/index.html' leads to a review that is a draft or dated in the future, so the link breaks on the published site; publish that review first or remove the link
        content/reviews/child-f.md:8:16: warning: theme '?neglect' is an importer suggestion not yet confirmed; if it fits this learning point, delete the '?', otherwise remove the theme
        content/reviews/child-gone.md:1:1: error: the review 'child-gone' was published but its file is gone, so links to reviews/child-gone/ would break; restore the file (a review keeps its file name for good)

        """

    @Test("prints one line per problem with its file, line and column, and exits 1")
    func invalidSiteText() throws {
        let output = try Self.check(["--content", "content", "--published", "published"], in: Fixtures.site("check-site"))
        #expect(output.stdout == Self.invalidSiteLines)
        #expect(output.stderr == "Found 17 errors and 5 warnings; fix the errors before publishing.\n")
        #expect(output.status == 1)
    }

    @Test("gives the same problems as JSON objects")
    func invalidSiteJSON() throws {
        let output = try Self.check(["--content", "content", "--published", "published", "--format", "json", "--quiet"], in: Fixtures.site("check-site"))
        let objects = try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        let lines = objects.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!): \($0["severity"]!): \($0["message"]!)\n" }.joined()
        #expect(lines == Self.invalidSiteLines)
        #expect(output.stderr == "")
        #expect(output.status == 1)
    }

    @Test("without a published site, lost anchors are not checked")
    func withoutPublishedSite() throws {
        let output = try Self.check(["--content", "content", "--published", "no-such-folder"], in: Fixtures.site("check-site"))
        #expect(!output.stdout.contains("was published"))
        #expect(output.stdout.contains("content/reviews/child-c.md:13:10: error: link '../child-e/'"))
        #expect(output.status == 1)
    }

    @Test("a clean site prints nothing on standard output and exits 0")
    func validSite() throws {
        let output = try Self.check(["--content", "valid-site"], in: Fixtures.site(""))
        #expect(output.stdout == "")
        #expect(output.stderr == "No problems found.\n")
        #expect(output.status == 0)
    }

    @Test("check writes nothing")
    func writesNothing() throws {
        let folder = Fixtures.site("check-site")
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        _ = try Self.check(["--content", "content", "--published", "published"], in: folder)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == before)
    }

    private static func check(_ arguments: [String], in folder: URL) throws -> CLI.Result {
        try CLI.run(["check", "--templates", templates.path] + arguments, in: folder)
    }

    /// The repository's own templates.
    static var templates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")
    }
}
