import Foundation
import ReviewSiteBuild
import ReviewSiteCore
import ReviewSiteRendering
import Testing

/// What a reader gets from a built fixture site: long themes and passage indexes split into
/// stable pages, downloads of passages, and the search page with its index.
@Suite struct ReaderOutputTests {
    static func build(siteYAMLExtra: String = "", siteYAMLEdit: (String) -> String = { $0 }) throws -> [String: String] {
        let fixture = Fixtures.site("valid-site")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let siteYAML = folder.appendingPathComponent("site.yml")
        try (siteYAMLEdit(String(contentsOf: siteYAML, encoding: .utf8)) + siteYAMLExtra).write(to: siteYAML, atomically: true, encoding: .utf8)
        let options = BuildOptions(content: folder.path, templates: Fixtures.templates.path, today: ReviewDate(year: 2024, month: 1, day: 1))
        let result = try SiteGenerator(options: options).generate()
        var files: [String: String] = [:]
        for file in result.files {
            if case .text(let text) = file.contents { files[file.path] = text }
        }
        return files
    }

    @Test func themeWithMoreReviewsThanAPageHoldsContinuesOnNumberedPages() throws {
        let files = try Self.build(siteYAMLExtra: "reviews_per_theme_page: 1\n")
        let first = try #require(files["themes/neglect/index.html"])
        let second = try #require(files["themes/neglect/2/index.html"])
        #expect(files["themes/neglect/3/index.html"] == nil)
        #expect(first.contains("When a father is present") && !first.contains("ask about domestic abuse at every contact"))
        #expect(second.contains("ask about domestic abuse at every contact") && !second.contains("When a father is present"))
        #expect(first.contains(#"href="../../themes/neglect/2/index.html" rel="next""#))
        #expect(second.contains(#"href="../../../themes/neglect/index.html" rel="prev""#))
        #expect(second.contains("<h1>Neglect (page 2 of 2)</h1>"))
        for (page, number) in [(first, 1), (second, 2)] {
            #expect(page.components(separatedBy: #"<nav class="pagination" aria-label="Pages of this theme">"#).count == 3, "above and below the passages")
            #expect(page.contains("<p>Page \(number) of 2</p>"))
        }
        #expect(first.contains(#"<li><a href="../../themes/neglect/index.html" aria-current="page">Page 1</a></li><li><a href="../../themes/neglect/2/index.html">Page 2</a></li>"#))
        #expect(second.contains(#"<li><a href="../../../themes/neglect/index.html">Page 1</a></li><li><a href="../../../themes/neglect/2/index.html" aria-current="page">Page 2</a></li>"#))
        let sitemap = try #require(files["sitemap.xml"])
        #expect(sitemap.contains("<loc>https://fixture.example.org/reviews/themes/neglect/</loc>"))
        #expect(sitemap.contains("<loc>https://fixture.example.org/reviews/themes/neglect/2/</loc>"), "every page of a theme is listed")
    }

    @Test func withoutBaseURLTheSitemapFeedAndDownloadsNameEveryPageByItsPathFromTheRoot() throws {
        let files = try Self.build { $0.replacingOccurrences(of: #"base_url: "https://fixture.example.org/reviews/""#, with: "") }
        let sitemap = try #require(files["sitemap.xml"])
        #expect(!sitemap.contains("<loc></loc>"))
        for path in ["index.html", "reviews/child-b/index.html", "themes/neglect/index.html", "learning/index.html"] {
            #expect(sitemap.contains("<loc>\(path)</loc>"), "\(path) is listed")
        }
        let feed = try #require(files["feed.xml"])
        #expect(feed.contains(#"href="reviews/child-b/index.html""#))
        #expect(try #require(files["learning/learning-points.csv"]).contains("reviews/child-b/index.html#"))
    }

    @Test func themeWithinTheLimitIsOnePage() throws {
        let files = try Self.build()
        #expect(files["themes/neglect/index.html"] != nil)
        #expect(files["themes/neglect/2/index.html"] == nil)
        #expect(files["themes/neglect/index.html"]?.contains("class=\"pagination\"") == false)
    }

    @Test func passageIndexWithMoreReviewsThanAPageHoldsContinuesOnNumberedPagesByReview() throws {
        let files = try Self.build(siteYAMLExtra: "reviews_per_theme_page: 1\n")
        let first = try #require(files["learning/index.html"])
        let second = try #require(files["learning/2/index.html"])
        #expect(files["learning/3/index.html"] == nil)
        #expect(first.contains("When a father is present") && !first.contains("ask about domestic abuse at every contact"))
        #expect(second.contains("ask about domestic abuse at every contact") && !second.contains("When a father is present"))
        #expect(first.contains("<h1>Learning points</h1>") && first.contains("<title>Learning points – Fixture reviews</title>"))
        #expect(second.contains("<h1>Learning points (page 2 of 2)</h1>") && second.contains("<title>Learning points (page 2 of 2) – Fixture reviews</title>"))
        for page in [first, second] {
            #expect(page.contains("2 from 2 reviews."), "counts are of the whole site")
            #expect(page.components(separatedBy: #"<nav class="pagination" aria-label="Pages of learning points">"#).count == 3, "above and below the list")
        }
        #expect(first.contains(#"<a href="../learning/2/index.html" rel="next">"#))
        #expect(second.contains(#"<a href="../../learning/index.html" rel="prev">"#))
        #expect(second.contains(#"<a href="../../learning/2/index.html" aria-current="page">Page 2</a>"#))
        #expect(second.contains(#"<a href="../../reviews/child-b/index.html#learning-1""#), "links start from the page's own folder")
        #expect(files["sitemap.xml"]?.contains("<loc>https://fixture.example.org/reviews/learning/2/</loc>") == true)
        #expect(files["recommendations/2/index.html"] == nil)
        #expect(files["recommendations/index.html"]?.contains(#"class="pagination""#) == false)
    }

    @Test func passageIndexDownloadsStayBesideTheFirstPageAndHoldEveryPassage() throws {
        let files = try Self.build(siteYAMLExtra: "reviews_per_theme_page: 1\n")
        #expect(files.keys.filter { $0.hasPrefix("learning/") }.sorted() == [
            "learning/2/index.html", "learning/index.html", "learning/learning-points.csv", "learning/learning-points.json",
        ])
        let csv = try #require(files["learning/learning-points.csv"])
        #expect(csv.components(separatedBy: "\r\n").count == 4, "a header and both passages")
        #expect(csv.contains("When a father is present") && csv.contains("ask about domestic abuse at every contact"))
        #expect(try #require(files["learning/learning-points.json"]).contains("ask about domestic abuse at every contact"))
        #expect(files["learning/2/index.html"]?.contains(#"<a href="../../learning/learning-points.csv" download>Download the 2 passages as CSV</a>"#) == true)
    }

    @Test func paginatedSiteHasNoBrokenLinkOrAnchor() throws {
        let scratch = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Fixtures.site("valid-site"), to: content)
        let siteYAML = content.appendingPathComponent("site.yml")
        try (String(contentsOf: siteYAML, encoding: .utf8) + "reviews_per_theme_page: 1\n").write(to: siteYAML, atomically: true, encoding: .utf8)
        let site = scratch.appendingPathComponent("Site")
        let result = try CLI.run(["build", "--quiet", "--content", content.path, "--templates", Fixtures.templates.path, "--output", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("learning/2/index.html").path))
        let broken = try LinkCrawler(site: site).brokenLinks()
        #expect(broken == [], "\(broken)")
    }

    @Test func themePagesAndLearningIndexOfferTheirPassagesAsCSVAndJSON() throws {
        let files = try Self.build()
        let csv = try #require(files["themes/neglect/passages.csv"])
        #expect(csv.hasPrefix("review,board,date,paragraph,kind,themes,text,url\r\n"))
        #expect(csv.contains("Child A,Fixture Safeguarding Partnership,2020-07-03,2.1,Learning point,Neglect; Invisible men,\"2.1. When a father is present in the household, practitioners should engage him.\",https://fixture.example.org/reviews/reviews/child-a/#learning-2.1\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 4)
        let json = try #require(files["learning/learning-points.json"])
        #expect(json.contains(#""paragraph":null"#) && json.contains(#""themes":["Domestic abuse","Neglect"]"#))
        #expect(files["themes/neglect/index.html"]?.contains(#"href="../../themes/neglect/passages.csv""#) == true)
        #expect(files["learning/index.html"]?.contains(#"href="../learning/learning-points.json""#) == true)
    }

    @Test func searchPageListsFiltersAndTheIndexRegistersItself() throws {
        let files = try Self.build()
        let page = try #require(files["search/index.html"])
        #expect(page.contains(#"<option value="domestic-abuse">Domestic abuse (2)</option>"#))
        #expect(page.contains("Search needs JavaScript"))
        let manifest = try #require(files["search/index/manifest.js"])
        #expect(manifest.hasPrefix(#"ReviewSiteSearch.receive("manifest",{"documents":6,"#))
        let shard = try #require(files["search/index/t-n.js"])
        #expect(shard.contains(#""neglect":["#))
    }
}
