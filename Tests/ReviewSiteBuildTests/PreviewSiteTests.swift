import Foundation
import ReviewSiteBuild
import ReviewSiteRendering
import Testing

/// What each kind of save re-renders: `ChangeImpact` seen through the paths a rebuild changes.
@Suite("Incremental rebuilds")
struct PreviewSiteTests {
    /// The valid fixture site copied to a temporary folder, built into memory. Preview includes
    /// its draft and future reviews: four reviews have learning points, newest first, Child B last.
    final class Site {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("incremental-\(UUID().uuidString)")
        var content: URL { root.appendingPathComponent("Content") }
        var templates: URL { root.appendingPathComponent("Templates") }
        var site: PreviewSite

        /// `siteYAMLExtra` is added to the fixture's `site.yml`.
        init(siteYAMLExtra: String = "") throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Fixtures.site("valid-site"), to: root.appendingPathComponent("Content"))
            try FileManager.default.copyItem(at: CheckCommandTests.templates, to: root.appendingPathComponent("Templates"))
            let siteYAML = root.appendingPathComponent("Content/site.yml")
            try (String(contentsOf: siteYAML, encoding: .utf8) + siteYAMLExtra).write(to: siteYAML, atomically: true, encoding: .utf8)
            let options = BuildOptions(content: root.path + "/Content", templates: root.path + "/Templates")
            site = try PreviewSite(options: options, previewScript: "<script></script>")
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Edits a file under the root and rebuilds; returns the site paths whose bytes changed.
        /// The pages rebuilt, leaving out the downloads and search index files that come with them.
        func save(_ relative: String, replacing old: String, with new: String) throws -> [String] {
            try saveAll(relative, replacing: old, with: new).filter { !$0.hasPrefix("search/") && $0.hasSuffix(".html") || $0 == "feed.xml" }
        }

        func saveAll(_ relative: String, replacing old: String, with new: String) throws -> [String] {
            let url = root.appendingPathComponent(relative)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old))
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
            return try site.rebuild(ChangeSet(paths: [url.path], options: site.options)).paths
        }

        /// The outputs `ChangeImpact` names for an edit, between the site linked before and after it.
        func impact(_ relative: String, replacing old: String, with new: String) throws -> [PageID] {
            let before = try side()
            let url = root.appendingPathComponent(relative)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old))
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
            return ChangeImpact(old: before, new: try side()).outputs(for: ChangeSet(paths: [url.path], options: site.options))
        }

        private func side() throws -> ChangeImpact.Side {
            let (graph, templates, _) = try SiteGenerator(options: site.options).link()
            return ChangeImpact.Side(graph: graph, bodies: SiteRenderer(graph: graph, templates: templates).renderBodies())
        }
    }

    @Test("a paragraph outside passages changes only its review's page")
    func paragraph() throws {
        let site = try Site()
        let paths = try site.saveAll("Content/reviews/child-a.md", replacing: "attended A&E twice", with: "attended A&E three times")
        #expect(paths.filter { !$0.hasPrefix("search/") } == ["reviews/child-a/index.html"])
        #expect(paths.contains { $0.hasPrefix("search/index/") }, "the search index holds the review's words")
    }

    @Test("after a series of saves, every file served, the patched search index and kept download rows included, is the one a fresh build makes")
    func sameAsFreshBuildAfterSaves() throws {
        let site = try Site()
        let edits = [
            ("Content/reviews/child-a.md", "attended A&E twice", "attended the emergency department twice, neglected"),
            ("Content/reviews/child-b.md", "at every contact", "at each and every contact"),
            ("Content/reviews/child-a.md", "practitioners should engage him", "practitioners should always engage him"),
            ("Content/reviews/child-a.md", "attended the emergency department twice, neglected", "attended A&E twice"),
        ]
        for (file, old, new) in edits {
            let paths = try site.saveAll(file, replacing: old, with: new)
            #expect(paths.contains { $0.hasPrefix("search/index/t-") })
            let fresh = try PreviewSite(options: site.site.options, previewScript: site.site.previewScript)
            #expect(site.site.files.keys.sorted() == fresh.files.keys.sorted())
            #expect(site.site.files.filter { fresh.files[$0.key] != $0.value }.keys.sorted() == [])
        }
    }

    @Test("a review losing its date, its themes' years unchanged, refreshes every page that counts a theme's dated reviews")
    func reviewLosingItsDate() throws {
        let site = try Site()
        // Child A then shares the draft's year, so that no theme's first or last year moves when the draft loses its date.
        _ = try site.saveAll("Content/reviews/child-a.md", replacing: "published: 2020-07-03", with: "published: 2021-01-01")
        let paths = try site.saveAll("Content/reviews/draft-review.md", replacing: "published: 2021-01-01\n", with: "")
        let themes = String(decoding: try #require(site.site.files["themes/index.html"]), as: UTF8.self)
        #expect(themes.contains("3 passages from 3 reviews (2 of them dated, published between 2019 and 2021)"))
        #expect(paths.contains("themes/index.html"))
        let fresh = try PreviewSite(options: site.site.options, previewScript: site.site.previewScript)
        #expect(site.site.files.filter { fresh.files[$0.key] != $0.value }.keys.sorted() == [])
    }

    @Test("a passage's text changes its review, the theme pages quoting it and its kind's index")
    func passageText() throws {
        let site = try Site()
        let paths = try site.save("Content/reviews/child-b.md", replacing: "at every contact", with: "at each contact")
        #expect(paths == ["learning/index.html", "reviews/child-b/index.html", "themes/domestic-abuse/index.html", "themes/neglect/index.html"])
    }

    @Test("a passage save publishes its review's page first, then the pages quoting it, then the search index and downloads")
    func stagesInOrder() throws {
        let site = try Site()
        let url = site.root.appendingPathComponent("Content/reviews/child-b.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "at every contact", with: "at each contact").utf8).write(to: url)
        var stages: [(changed: [String], files: [String: Data])] = []
        let rebuild = try site.site.rebuild(ChangeSet(paths: [url.path], options: site.site.options)) { stages.append(($1, $0)) }
        func shows(_ files: [String: Data], _ path: String) -> Bool { String(decoding: files[path] ?? Data(), as: UTF8.self).contains("at each contact") }
        try #require(stages.count == 2)
        #expect(stages[0].changed == ["reviews/child-b/index.html"])
        #expect(shows(stages[0].files, "reviews/child-b/index.html"))
        #expect(!shows(stages[0].files, "themes/neglect/index.html"), "the theme page is not rendered yet")
        #expect(stages[1].changed == ["learning/index.html", "reviews/child-b/index.html", "themes/domestic-abuse/index.html", "themes/neglect/index.html"])
        #expect(shows(stages[1].files, "themes/neglect/index.html"))
        #expect(!stages[1].changed.contains { $0.hasPrefix("search/") || $0.hasSuffix(".csv") })
        #expect(rebuild.paths.contains { $0.hasPrefix("search/index/") } && rebuild.paths.contains("learning/learning-points.csv"))
    }

    @Test("a passage's text on a later page of its kind's index changes that page and the downloads, not the first page")
    func passageTextOnLaterPage() throws {
        let site = try Site(siteYAMLExtra: "reviews_per_theme_page: 1\n")
        let paths = try site.saveAll("Content/reviews/child-b.md", replacing: "at every contact", with: "at each contact").filter { !$0.hasPrefix("search/") }
        #expect(paths == [
            "learning/4/index.html", "learning/learning-points.csv", "learning/learning-points.json", "reviews/child-b/index.html",
            "themes/domestic-abuse/index.html", "themes/domestic-abuse/passages.csv", "themes/domestic-abuse/passages.json",
            "themes/neglect/3/index.html", "themes/neglect/passages.csv", "themes/neglect/passages.json",
        ])
        #expect(String(decoding: site.site.files["learning/learning-points.csv"]!, as: UTF8.self).contains("domestic abuse at each contact"))
        #expect(String(decoding: site.site.files["themes/neglect/passages.json"]!, as: UTF8.self).contains("domestic abuse at each contact"))
    }

    @Test("ChangeImpact renders only the index page listing a review whose passage changed")
    func passageIndexPageImpact() throws {
        let site = try Site(siteYAMLExtra: "reviews_per_theme_page: 1\n")
        let outputs = try site.impact("Content/reviews/child-b.md", replacing: "at every contact", with: "at each contact")
        let indexes = outputs.filter { if case .passageIndex = $0 { true } else if case .passageDownloads = $0 { true } else { false } }
        #expect(indexes == [.passageIndex(.learning, page: 4), .passageDownloads(.learning)])
        #expect(!outputs.contains(.sitemap))
    }

    @Test("ChangeImpact renders only the theme pages and index of the passage whose text changed, not those of the review's other passages")
    func passageTextImpactOnItsThemesOnly() throws {
        let site = try Site()
        let outputs = try site.impact("Content/reviews/child-a.md", replacing: "practitioners should engage him", with: "practitioners should always engage him")
        let listings = Set(outputs.filter { if case .review = $0 { false } else { $0 != .search } })
        #expect(listings == [
            .theme("invisible-men", page: 1), .themeDownloads("invisible-men"),
            .theme("neglect", page: 1), .themeDownloads("neglect"),
            .passageIndex(.learning, page: 1), .passageDownloads(.learning),
        ])
    }

    @Test("a passage's new anchor reaches the listings that link to it")
    func passageAnchor() throws {
        let site = try Site()
        let paths = try site.save("Content/reviews/child-a.md", replacing: "{#rec-challenge}", with: "{#rec-escalate}")
        #expect(paths == ["recommendations/index.html", "reviews/child-a/index.html", "themes/escalation/index.html"])
        #expect(String(decoding: site.site.files["recommendations/index.html"]!, as: UTF8.self).contains("reviews/child-a/index.html#rec-escalate"))
    }

    @Test("a passage changing kind moves its review between the indexes' pages; the sitemap follows")
    func newIndexPage() throws {
        let site = try Site(siteYAMLExtra: "reviews_per_theme_page: 1\n")
        let paths = try site.save("Content/reviews/child-b.md", replacing: "[!LEARNING] domestic-abuse, neglect", with: "[!RECOMMENDATION] domestic-abuse, neglect")
        #expect(paths.filter { $0.hasPrefix("learning/") || $0.hasPrefix("recommendations/") } == [
            "learning/2/index.html", "learning/3/index.html", "learning/4/index.html", "learning/index.html",
            "recommendations/2/index.html", "recommendations/index.html",
        ])
        #expect(site.site.files["learning/4/index.html"] == nil, "the last learning page is gone")
        let sitemap = String(decoding: site.site.files["sitemap.xml"]!, as: UTF8.self)
        #expect(sitemap.contains("/recommendations/2/</loc>") && sitemap.contains("/learning/3/</loc>") && !sitemap.contains("/learning/4/</loc>"))
    }

    @Test("a theme losing a review loses its last page; the sitemap follows")
    func themeLosesPage() throws {
        let site = try Site(siteYAMLExtra: "reviews_per_theme_page: 1\n")
        let before = String(decoding: site.site.files["sitemap.xml"]!, as: UTF8.self)
        #expect(before.contains("/themes/neglect/3/</loc>"))
        let paths = try site.saveAll("Content/reviews/child-b.md", replacing: "[!LEARNING] domestic-abuse, neglect", with: "[!LEARNING] domestic-abuse")
        #expect(paths.contains("sitemap.xml"))
        #expect(site.site.files["themes/neglect/3/index.html"] == nil)
        let after = String(decoding: site.site.files["sitemap.xml"]!, as: UTF8.self)
        #expect(after.contains("/themes/neglect/2/</loc>") && !after.contains("/themes/neglect/3/</loc>"))
    }

    @Test("a title changes every listing that shows the review's card, related reviews' pages included")
    func title() throws {
        let site = try Site()
        let paths = try site.save("Content/reviews/child-b.md", replacing: "title: \"Child B\"", with: "title: \"Child B renamed\"")
        #expect(paths == [
            "feed.xml", "index.html", "learning/index.html", "reviews/child-a/index.html", "reviews/child-b/index.html",
            "reviews/draft-review/index.html", "reviews/index.html",
            "themes/domestic-abuse/index.html", "themes/neglect/index.html",
        ])
    }

    @Test("a new theme on a passage links the site again: counts and theme pages follow")
    func retagged() throws {
        let site = try Site()
        let paths = try site.save("Content/reviews/child-b.md", replacing: "[!LEARNING] domestic-abuse, neglect", with: "[!LEARNING] domestic-abuse, neglect, escalation")
        #expect(paths.contains("themes/escalation/index.html"))
        #expect(paths.contains("themes/index.html"))
        #expect(paths.contains("reviews/child-b/index.html"))
        #expect(!paths.contains("glossary/index.html"))
        #expect(String(decoding: site.site.files["themes/escalation/index.html"]!, as: UTF8.self).contains("Practitioners should ask about domestic abuse"))
    }

    @Test("a page template changes only the pages it renders")
    func template() throws {
        let site = try Site()
        let paths = try site.save("Templates/theme.mustache", replacing: "{{$content}}", with: "{{$content}}<p>THEMEMARK</p>")
        #expect(paths == ["themes/domestic-abuse/index.html", "themes/escalation/index.html", "themes/information-sharing/index.html", "themes/invisible-men/index.html", "themes/neglect/index.html"])
    }

    @Test("a partial rendered once per review or passage reaches every page that places it", arguments: [
        ("partials/excerpt-quote", "<div class=\"passage__body\">", "learning/index.html"),
        ("partials/excerpt", "<article ", "themes/neglect/index.html"),
        ("partials/review-card", "<li class=\"review-card\">", "reviews/index.html"),
        ("partials/passage-group", "<section class=\"passage-group\">", "themes/neglect/index.html"),
        ("partials/theme-links", "<ul", "reviews/child-a/index.html"),
    ])
    func reusedPartial(name: String, anchor: String, page: String) throws {
        let site = try Site()
        let paths = try site.save("Templates/\(name).mustache", replacing: anchor, with: "<b>PARTIALMARK</b>" + anchor)
        #expect(paths.contains(page))
        #expect(String(decoding: site.site.files[page]!, as: UTF8.self).contains("<b>PARTIALMARK</b>"))
    }

    @Test("an error keeps the last good site until fixed, and then every change since applies")
    func failedRebuildKept() throws {
        let site = try Site()
        #expect(throws: (any Error).self) { try site.save("Content/reviews/child-b.md", replacing: "[!LEARNING] domestic-abuse", with: "[!LEARNING] domestic-abusee") }
        #expect(throws: (any Error).self) { try site.save("Content/reviews/child-a.md", replacing: "attended A&E twice", with: "attended A&E three times") }
        #expect(String(decoding: site.site.files["reviews/child-a/index.html"]!, as: UTF8.self).contains("attended <abbr title=\"Accident and Emergency\">A&amp;E</abbr> twice."))
        let paths = try site.save("Content/reviews/child-b.md", replacing: "[!LEARNING] domestic-abusee", with: "[!LEARNING] domestic-abuse")
        #expect(paths == ["reviews/child-a/index.html"])
        #expect(String(decoding: site.site.files["reviews/child-a/index.html"]!, as: UTF8.self).contains("A&amp;E</abbr> three times."))
    }
}
