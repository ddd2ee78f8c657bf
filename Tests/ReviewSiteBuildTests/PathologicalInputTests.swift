import Foundation
import Testing

/// Inputs that once made the build quadratic (minutes for a few hundred kilobytes) or could
/// race with it. Each now finishes in seconds; the time limit only guards against a hang.
@Suite("Pathological input", .timeLimit(.minutes(1)))
struct PathologicalInputTests {
    @Test func repeatedPatternsStayLinear() throws {
        let scratch = try ScratchContent()
        let reviews = [
            "unclosed-footnotes": String(repeating: "[^a", count: 300_000),
            "same-headings": Array(repeating: "## Findings", count: 30_000).joined(separator: "\n\n"),
            "same-paragraph-numbers": Array(repeating: "1.1. Agency X saw Child A.", count: 30_000).joined(separator: "\n\n"),
            "many-footnotes": (0..<30_000).map { "x[^n\($0)]" }.joined(separator: " ") + "\n\n" + (0..<30_000).map { "[^n\($0)]: Note \($0)." }.joined(separator: "\n"),
        ]
        for (slug, body) in reviews { try scratch.write("reviews/\(slug).md", ScratchContent.review(body + "\n")) }
        let result = try scratch.build()
        #expect(result.status == 0)
        #expect(result.stderrLines.count == 29_999)
        #expect(result.stderrLines.last == "Content/reviews/same-paragraph-numbers.md:60005:1: warning: paragraph number 1.1 is used twice in this file; its anchor becomes 'para-1.1-30000'. Check the numbering")
        let headings = try Fixtures.text(scratch.site, "reviews/same-headings/index.html")
        #expect(headings.contains("<h2 id=\"findings-30000\">Findings</h2>"))
        #expect(try Fixtures.text(scratch.site, "reviews/many-footnotes/index.html").contains("id=\"fn-n29999\""))
    }

    @Test func manyUndefinedFootnotesAreEachReported() throws {
        let scratch = try ScratchContent()
        try scratch.write("reviews/child-a.md", ScratchContent.review((0..<40_000).map { "x[^u\($0)]" }.joined(separator: " ") + "\n"))
        let result = try scratch.build()
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 40_001)
        #expect(result.stderrLines.first == "Content/reviews/child-a.md:7:2: error: footnote [^u0] has no definition; add a line '[^u0]: ...' below the paragraph.")
        let column = (0..<39_999).map { "x[^u\($0)]" }.joined(separator: " ").utf8.count + 3
        #expect(result.stderrLines.contains("Content/reviews/child-a.md:7:\(column): error: footnote [^u39999] has no definition; add a line '[^u39999]: ...' below the paragraph."))
        #expect(result.stderrLines.last == "Build failed with 40000 errors; Site/ was not changed.")
    }

    /// An editor saving, or a sync tool replacing, files while a build reads them: every build
    /// ends with a site or with diagnostics naming the file, never a crash.
    @Test func filesRewrittenAndDeletedDuringBuilds() throws {
        let scratch = try ScratchContent()
        let text = ScratchContent.review(Array(repeating: "1.1. Agency X saw Child A at home.", count: 2_000).joined(separator: "\n\n") + "\n")
        for index in 0..<20 { try scratch.write("reviews/child-\(index).md", text) }
        let stop = Flag()
        let editor = Thread {
            var round = 0
            while !stop.isSet {
                let path = "reviews/child-\(round % 20).md"
                switch round % 3 {
                case 0: try? FileManager.default.removeItem(at: scratch.content.appendingPathComponent(path))
                case 1: try? scratch.write(path, String(text.prefix(text.count / 2)))
                default: try? scratch.write(path, text)
                }
                round += 1
            }
        }
        editor.start()
        defer { stop.set() }
        let diagnostic = try Regex(#"^Content/reviews/child-\d+\.md:\d+:\d+: (error|warning): .+$|^Build failed with \d+ errors?; Site/ was not changed\.$"#)
        for _ in 0..<6 {
            let result = try scratch.build()
            #expect(result.status == 0 || result.status == 1, "exit \(result.status): \(result.stderr.suffix(500))")
            for line in result.stderrLines { #expect(line.wholeMatch(of: diagnostic) != nil, "\(line)") }
        }
    }
}

/// A flag one thread sets and another polls.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
