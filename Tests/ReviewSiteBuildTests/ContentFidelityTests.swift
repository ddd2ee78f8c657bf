import Foundation
import Testing

/// The four real reviews in Content/ against the texts the boards published (../shared/seeds).
@Suite("Content fidelity", .serialized)
struct ContentFidelityTests {
    static let seeds = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let reviews = [
        ("000_ff5f205133d9b33b.txt", "miles"), ("001_af0aabdffbaa8c07.txt", "child-rs"),
        ("002_3cfbca758ded205c.txt", "child-b1"), ("003_9787f320ca3705f3.txt", "child-j"),
    ]

    static let built: URL = {
        let site = try! Fixtures.scratch().appendingPathComponent("Site")
        let result = try! CLI.run(["build", "--quiet", "--content", "Content", "--templates", "Templates", "--output", site.path])
        precondition(result.status == 0, result.stderr)
        return site
    }()

    /// The text of the page's main content, of its footnotes and of its tables, as a reader sees them.
    static func readableText(_ html: String) -> (body: String, footnotes: String, tables: String) {
        let main = html.firstRange(of: "<main").map { html[$0.lowerBound...] } ?? html[...]
        let parts = main.split(separator: "<section class=\"footnotes\"", maxSplits: 1, omittingEmptySubsequences: false)
        func strip(_ part: Substring) -> String {
            part.replacing(try! Regex("<[^>]+>"), with: " ")
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&#39;", with: "'")
        }
        let tables = main.matches(of: try! Regex("(?s)<table>.*?</table>")).map { strip(main[$0.range]) }.joined(separator: " ")
        return (strip(parts[0]), parts.count > 1 ? strip(parts[1]) : "", tables)
    }

    /// Words must appear in the source's order, except that footnotes move to the end of the page
    /// and a table's cells, which a PDF gives column by column, may be read row by row.
    @Test(arguments: reviews)
    func reviewPageKeepsTheWordsOfItsSourceInOrder(seed: String, slug: String) throws {
        let source = WordMatcher.words(try SeedText(contentsOf: Self.seeds.appendingPathComponent(seed)).text)
        let page = Self.readableText(try Fixtures.text(Self.built, "reviews/\(slug)/index.html"))
        let leftOver = WordMatcher.unmatched(source, in: WordMatcher.words(page.body))
        let outsideFootnotes = WordMatcher.unmatched(leftOver, in: WordMatcher.words(page.footnotes))
        let missing = WordMatcher.unmatchedInAnyOrder(outsideFootnotes, in: WordMatcher.words(page.tables))
        let coverage = 100 * Double(source.count - missing.count) / Double(source.count)
        print("fidelity \(slug): \(String(format: "%.2f", coverage))% of \(source.count) source words in order; missing: \(missing.prefix(40).joined(separator: " "))")
        #expect(source.count > 5000)
        #expect(coverage >= 99.5)
    }

    @Test(arguments: reviews)
    func everyFootnoteMarkerLinksToItsFootnoteAndBack(seed: String, slug: String) throws {
        let html = try Fixtures.text(Self.built, "reviews/\(slug)/index.html")
        let references = html.matches(of: try Regex("<a href=\"#(fn-[^\"]+)\" id=\"(fnref-[^\"]+)\"")).map {
            (String($0.output[1].substring!), String($0.output[2].substring!))
        }
        let notes = html.matches(of: try Regex("<li value=\"[0-9]+\" id=\"(fn-[^\"]+)\">")).map { String($0.output[1].substring!) }
        let backLinks = html.matches(of: try Regex("<a href=\"#(fnref-[^\"]+)\" class=\"footnote-back\">")).map { String($0.output[1].substring!) }
        #expect(!notes.isEmpty)
        #expect(Set(references.map(\.0)) == Set(notes), "every marker has its footnote and every footnote a marker")
        #expect(Set(backLinks).isSubset(of: Set(references.map(\.1))), "every back-link returns to a marker")
        let seedText = try String(contentsOf: Self.seeds.appendingPathComponent(seed), encoding: .utf8)
        let superscripts = Set(seedText.matches(of: try Regex("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")).count > 0 ? [true] : [])
        if !superscripts.isEmpty {
            let definitions = Set(seedText.components(separatedBy: "\n").compactMap { line -> String? in
                guard let match = line.firstMatch(of: try! Regex("^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s*\\S")) else { return nil }
                return String(match.output[1].substring!)
            })
            print("footnotes \(slug): \(notes.count) on the page, \(definitions.count) definitions in the source")
            #expect(notes.count == definitions.count)
        }
    }

    @Test(arguments: reviews)
    func everyNumberedParagraphHasItsAnchor(seed: String, slug: String) throws {
        let html = try Fixtures.text(Self.built, "reviews/\(slug)/index.html")
        let source = try SeedText(contentsOf: Self.seeds.appendingPathComponent(seed))
        let numbered = try Regex("^\\s*(?:-\\s*)?([0-9]{1,2}(?:\\.[0-9]{1,2})+)\\.?\\s+[A-Z‘'\"“(]")
        let numbers = Set(source.lines.compactMap { $0.firstMatch(of: numbered).map { String($0.output[1].substring!) } })
        let ids = Set(html.matches(of: try Regex(" id=\"([^\"]+)\"")).map { String($0.output[1].substring!) })
        let headings = html.matches(of: try Regex("<h[2-6] id=\"[^\"]+\">([0-9.]+)")).map { String($0.output[1].substring!).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        let missing = numbers.filter { !ids.contains("para-\($0)") && !headings.contains($0) }.sorted()
        print("paragraphs \(slug): \(numbers.count) numbered in the source, missing anchors: \(missing)")
        #expect(numbers.count > 20)
        #expect(missing.isEmpty)
    }

    @Test func printsPassagesPerReviewAndTheme() throws {
        var perTheme: [String: Int] = [:]
        for (_, slug) in Self.reviews {
            let html = try Fixtures.text(Self.built, "reviews/\(slug)/index.html")
            let kinds = html.matches(of: try Regex("<section class=\"passage passage--([a-z-]+)\"")).map { String($0.output[1].substring!) }
            print("passages \(slug): \(kinds.count) (learning \(kinds.filter { $0 == "learning" }.count), recommendation \(kinds.filter { $0 == "recommendation" }.count), good practice \(kinds.filter { $0 == "good-practice" }.count))")
            #expect(kinds.count > 0)
        }
        for theme in try FileManager.default.contentsOfDirectory(atPath: Self.built.appendingPathComponent("themes").path) where theme != "index.html" {
            let html = try Fixtures.text(Self.built, "themes/\(theme)/index.html")
            perTheme[theme] = html.matches(of: try Regex("<article class=\"passage ")).count
        }
        print("passages per theme: " + perTheme.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        for core in ["neglect", "domestic-abuse", "escalation", "invisible-men"] {
            #expect(perTheme[core, default: 0] > 0, "core theme \(core) gathers no passage")
        }
    }

    @Test func realContentPassesCheckWithoutErrors() throws {
        let result = try CLI.run(["check", "--quiet", "--content", "Content", "--templates", "Templates", "--published", Self.built.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains(": error:"))
    }

    @Test func realContentHasNoBrokenLinks() throws {
        let broken = try LinkCrawler(site: Self.built).brokenLinks()
        #expect(broken == [], "\(broken)")
    }
}
