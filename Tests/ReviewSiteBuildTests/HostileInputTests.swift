import Foundation
import Testing

/// Broken and hostile content, built by the real executable: each gives a precise error
/// (file, line, column, what to do) or a clean site, never a crash or a hang.
@Suite("Hostile and broken content")
struct HostileInputTests {
    static let file = "Content/reviews/child-a.md"
    static let failed = "Build failed with 1 error; Site/ was not changed."

    /// Builds a site holding `files` (path under Content/ → text) and returns the result.
    func build(_ files: [String: String]) throws -> (ScratchContent, CLI.Result) {
        let scratch = try ScratchContent()
        for (path, text) in files { try scratch.write(path, text) }
        return (scratch, try scratch.build())
    }

    @Test func invalidYAMLPointsAtTheUnclosedQuote() throws {
        let (_, result) = try build(["reviews/child-a.md": "---\ntitle: \"Child A\nkind: Serious Case Review\n---\nBody.\n"])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "\(Self.file):2:8: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar; fix the YAML syntax (check indentation, colons and quotes)",
            Self.failed,
        ])
    }

    @Test func frontMatterNeverClosed() throws {
        let (_, result) = try build(["reviews/child-a.md": "---\ntitle: Child A\nkind: Serious Case Review\n\nBody.\n"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["\(Self.file):1:1: error: the front matter opened here is never closed; add a line '---' after the last field", Self.failed])
    }

    @Test func wrongTypesAreEachNamedAtTheirValue() throws {
        let text = "---\ntitle: [a, b]\nkind: {x: 1}\nboard: B\ndraft: maybe\nchild: 5\nthemes: {a: b}\npublished: 2020-07-03\n---\nBody.\n"
        let (_, result) = try build(["reviews/child-a.md": text])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "\(Self.file):2:8: error: 'title' must be text, not a list",
            "\(Self.file):3:7: error: 'kind' must be text, not a set of fields",
            "\(Self.file):5:8: error: 'draft' must be true or false",
            "\(Self.file):6:8: error: child must be a set of 'key: value' fields",
            "\(Self.file):7:9: error: 'themes' must be a list, e.g. themes: [a, b]",
            "Build failed with 5 errors; Site/ was not changed.",
        ])
    }

    @Test(arguments: ["31/02/2020", "2020-02-31", "2021-02-29", "2020-13-01"])
    func impossibleDates(date: String) throws {
        let (_, result) = try build(["reviews/child-a.md": "---\ntitle: Child A\nkind: Serious Case Review\nboard: B\npublished: \(date)\n---\nBody.\n"])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "\(Self.file):5:12: error: 'published' must be a real date written YYYY-MM-DD (e.g. 2020-07-03), not '\(date)'", Self.failed,
        ])
    }

    @Test func fileThatIsNotUTF8() throws {
        let scratch = try ScratchContent()
        try scratch.write("reviews/child-a.md", Data(ScratchContent.review("Body caf").utf8) + Data([0xE9]) + Data(" here\n".utf8))
        let result = try scratch.build()
        #expect(result.status == 1)
        #expect(result.stderrLines == ["\(Self.file):7:9: error: the file is not valid UTF-8 text; re-save it with UTF-8 encoding", Self.failed])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let scratch = try ScratchContent()
        try scratch.write("reviews/child-a.md", Data([0xEF, 0xBB, 0xBF]) + Data(ScratchContent.review("1.1. Agency X saw Child A.\n").utf8))
        let result = try scratch.build()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let page = try Fixtures.text(scratch.site, "reviews/child-a/index.html")
        #expect(page.contains("<h1>Child A</h1>"))
        #expect(page.contains("id=\"para-1.1\""))
    }

    @Test func emptyFile() throws {
        let (_, result) = try build(["reviews/child-a.md": ""])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "\(Self.file):1:1: error: the file must start with front matter: a line '---', the YAML fields (title, kind, board, ...), and a closing '---'", Self.failed,
        ])
    }

    static let deepBodies = [
        "blockquotes": String(repeating: ">", count: 10_000) + " Deep.\n",
        "lists": String(repeating: "- ", count: 10_000) + "Deep.\n",
        "emphasis": String(repeating: "*a ", count: 5_000) + "x" + String(repeating: " b*", count: 5_000) + "\n",
    ]

    @Test(arguments: ["blockquotes", "lists", "emphasis"])
    func tenThousandLevelsDeepIsRefusedNotACrash(kind: String) throws {
        let body = try #require(Self.deepBodies[kind])
        let (_, result) = try build(["reviews/child-a.md": ScratchContent.review("Intro.\n\n" + body)])
        #expect(result.status == 1, "\(kind)")
        let column = kind == "emphasis" ? 296 : 101
        #expect(result.stderrLines == [
            "\(Self.file):9:\(column): error: lists, quotes or emphasis are nested more than 100 levels deep here; flatten the structure (a review never needs that many levels)",
            Self.failed,
        ])
    }

    @Test func realisticNestingStillBuilds() throws {
        let body = (0..<30).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n") + "\n\n" + String(repeating: "> ", count: 30) + "quoted\n"
        let (scratch, result) = try build(["reviews/child-a.md": ScratchContent.review(body)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Fixtures.text(scratch.site, "reviews/child-a/index.html").contains("level 29"))
    }

    @Test func fiftyMegabyteReviewBuilds() throws {
        let paragraph = String(repeating: "Agency X saw Child A at home and shared the concern with the GP. ", count: 80)
        var body = ""
        body.reserveCapacity(51_000_000)
        var section = 0
        while body.utf8.count < 50_000_000 {
            section += 1
            body += "## Section \(section)\n\n"
            for number in 1...99 { body += "\(section).\(number). \(paragraph)\n\n" }
        }
        body += "> [!LEARNING] neglect\n> The last learning point.\n"
        let (scratch, result) = try build(["reviews/child-a.md": ScratchContent.review(body)])
        #expect(result.status == 0, "\(result.stderr.prefix(2000))")
        let page = try Data(contentsOf: scratch.site.appendingPathComponent("reviews/child-a/index.html"))
        #expect(page.count > 50_000_000)
        #expect(String(decoding: page.suffix(20_000), as: UTF8.self).contains("The last learning point."))
    }

    @Test func passageMarkerWithNoBody() throws {
        let (_, result) = try build(["reviews/child-a.md": ScratchContent.review("> [!LEARNING] neglect\n\nAfter.\n")])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "\(Self.file):7:1: error: the learning point has no text; write it on the lines after the marker, each starting with '>'", Self.failed,
        ])
    }

    @Test func strayCommasInAMarkerAreWarningsAndTheSiteBuilds() throws {
        let (scratch, result) = try build(["reviews/child-a.md": ScratchContent.review("> [!LEARNING] neglect,, ,escalation,\n> Agencies should escalate.\n")])
        #expect(result.status == 0)
        #expect(result.stderrLines == [
            "\(Self.file):7:23: warning: empty theme between commas is ignored; remove the extra comma",
            "\(Self.file):7:25: warning: empty theme between commas is ignored; remove the extra comma",
            "\(Self.file):7:36: warning: empty theme between commas is ignored; remove the extra comma",
        ])
        #expect(try Fixtures.text(scratch.site, "themes/escalation/index.html").contains("Agencies should escalate."))
    }

    @Test func strayCommasInFrontMatterThemes() throws {
        let (_, flow) = try build(["reviews/child-a.md": ScratchContent.review("Body.\n", extra: "themes: [neglect,, escalation]\n")])
        #expect(flow.stderrLines == [
            "\(Self.file):6:18: error: invalid YAML: did not find expected node content while parsing a flow node; fix the YAML syntax (check indentation, colons and quotes)",
            Self.failed,
        ])
        let (_, bare) = try build(["reviews/child-a.md": ScratchContent.review("Body.\n", extra: "themes: neglect, , escalation,\n")])
        #expect(bare.stderrLines == ["\(Self.file):6:9: error: 'themes' lists its themes in brackets; write themes: [neglect, escalation]", Self.failed])
    }

    @Test func slugsDifferingOnlyByCase() throws {
        let review = ScratchContent.review("Body.\n")
        let (_, result) = try build(["reviews/child-a.md": review, "reviews/Child-A.md": review, "themes.yml": ScratchContent.themesYAML + "Neglect:\n  title: Neglect again\n"])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "Content/reviews/Child-A.md:1:1: error: file name must be lowercase letters, digits and hyphens, as it becomes the page's URL; rename it to 'child-a.md'",
            "Content/themes.yml:5:1: error: theme slug 'Neglect' must be lowercase letters, digits and hyphens, e.g. 'neglect'",
            "Build failed with 2 errors; Site/ was not changed.",
        ])
    }

    @Test func symlinkLoopAndLinkOutsideContent() throws {
        let scratch = try ScratchContent()
        try scratch.write("reviews/child-a.md", ScratchContent.review("Body.\n"))
        try scratch.link("reviews/loop.md", to: "loop.md")
        let outside = scratch.folder.appendingPathComponent("outside.md")
        try Data(ScratchContent.review("OUTSIDESECRET\n").utf8).write(to: outside)
        try scratch.link("reviews/child-o.md", to: outside.path)
        let result = try scratch.build()
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "Content/reviews/child-o.md:1:1: error: is a link to a file outside Content/ (\(outside.resolvingSymlinksInPath().path)), or a link loop; copy the file into Content/reviews/ instead",
            "Content/reviews/loop.md:1:1: error: is a link that leads back to itself; replace the link with the file",
            "Build failed with 2 errors; Site/ was not changed.",
        ])
    }

    @Test func reviewsFolderLinkedOutsideContent() throws {
        let scratch = try ScratchContent()
        let outside = scratch.folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(ScratchContent.review("OUTSIDESECRET\n").utf8).write(to: outside.appendingPathComponent("child-e.md"))
        try FileManager.default.removeItem(at: scratch.content.appendingPathComponent("reviews"))
        try scratch.link("reviews", to: outside.path)
        let result = try scratch.build()
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "Content/reviews/child-e.md:1:1: error: is a link to a file outside Content/ (\(outside.resolvingSymlinksInPath().path)/child-e.md), or a link loop; copy the file into Content/reviews/ instead",
            "Build failed with 1 error; Site/ was not changed.",
        ])
    }

    @Test func deletedFileFolderAndPipeNamedLikeReviews() throws {
        let scratch = try ScratchContent()
        try scratch.write("reviews/child-a.md", ScratchContent.review("Body.\n"))
        try scratch.link("reviews/child-d.md", to: "deleted.md")
        try FileManager.default.createDirectory(at: scratch.content.appendingPathComponent("reviews/child-f.md"), withIntermediateDirectories: true)
        #expect(mkfifo(scratch.content.appendingPathComponent("reviews/child-p.md").path, 0o644) == 0)
        let result = try scratch.build()
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "Content/reviews/child-d.md:1:1: error: no longer exists (deleted during the build, or a link to a missing file); restore it or remove the link",
            "Content/reviews/child-f.md:1:1: error: is a folder, not a file; rename it so its name does not end in .md",
            "Content/reviews/child-p.md:1:1: error: is not a regular file (a pipe, socket or device); content files must be plain text files",
            "Build failed with 3 errors; Site/ was not changed.",
        ])
    }
}
