import Foundation
import Testing

/// What a reader finds on the pages of the valid fixture site.
@Suite("Generated pages")
struct SiteContentTests {
    static let built: URL = {
        let (site, result) = try! Fixtures.build("valid-site")
        precondition(result.status == 0, result.stderr)
        return site
    }()

    func page(_ path: String) throws -> String { try Fixtures.text(Self.built, path) }

    @Test func noInternalLinkOrAnchorIsBroken() throws {
        let broken = try LinkCrawler(site: Self.built).brokenLinks()
        #expect(broken == [], "\(broken)")
    }

    @Test func reviewPageShowsFactsContentsAndMarkedPassages() throws {
        let review = try page("reviews/child-a/index.html")
        #expect(review.contains("<html lang=\"en-GB\">"))
        #expect(review.contains("<h1>Child A</h1>"))
        #expect(review.contains("<div><dt>Board</dt><dd>Fixture Safeguarding Partnership</dd></div>"))
        #expect(review.contains("<div><dt>Published</dt><dd>3 July 2020</dd></div>"))
        #expect(review.contains("<div><dt>Child&#39;s age</dt><dd>5 months</dd></div>"))
        #expect(review.contains("<li><a href=\"#1-introduction\">1. Introduction</a></li>"))
        #expect(review.contains("<p id=\"para-1.2\">1.2. Agency X attended"))
        #expect(review.contains("<section class=\"passage passage--learning\" id=\"learning-2.1\""))
        #expect(review.contains("<strong>Learning point</strong> <span class=\"passage__number\">(paragraph 2.1)</span>"))
        #expect(review.contains("<a href=\"../../themes/invisible-men/index.html\">Invisible men</a>"))
        #expect(review.contains("<section class=\"passage passage--recommendation\" id=\"rec-challenge\""))
        #expect(review.contains("<section class=\"passage passage--good-practice\" id=\"good-practice-1\""))
        #expect(!review.contains("[!LEARNING]"))
    }

    @Test func reviewPageLinksFootnotesBothWaysAndExpandsAbbreviations() throws {
        let review = try page("reviews/child-a/index.html")
        #expect(review.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" aria-label=\"Footnote 1\">1</a></sup>"))
        #expect(review.contains("<li value=\"1\" id=\"fn-1\"><p>A fixture footnote.</p>\n <a href=\"#fnref-1\" class=\"footnote-back\">Back to reference 1</a></li>"))
        #expect(review.contains("<abbr title=\"Multi-Agency Safeguarding Hub\">MASH</abbr>"))
        #expect(review.contains("<abbr title=\"Accident and Emergency\">A&amp;E</abbr>"))
        #expect(review.contains("<th scope=\"col\" class=\"align-right\">Contacts</th>"))
        #expect(review.contains("<blockquote>\n<p>An ordinary quotation stays a quotation.</p>\n</blockquote>"))
    }

    @Test func reviewPageListsRelatedReviews() throws {
        let review = try page("reviews/child-a/index.html")
        let related = try #require(review.range(of: "<h2 id=\"related\">Related reviews</h2>"))
        #expect(review[related.upperBound...].contains("<a href=\"../../reviews/child-b/index.html\">Child B</a>"))
    }

    @Test func themePageGathersPassagesByReviewWithLinksToTheirExactPlace() throws {
        let theme = try page("themes/neglect/index.html")
        #expect(theme.contains("<h1>Neglect</h1>"))
        #expect(theme.contains("2 passages from 2 reviews published between 2019 and 2020"))
        let childA = try #require(theme.range(of: "<h3><a href=\"../../reviews/child-a/index.html\">Child A</a></h3>"))
        let childB = try #require(theme.range(of: "<h3><a href=\"../../reviews/child-b/index.html\">Child B</a></h3>"))
        #expect(childA.lowerBound < childB.lowerBound, "newest review first")
        #expect(theme.contains("<a href=\"../../reviews/child-a/index.html#learning-2.1\" data-print-url=\"https://fixture.example.org/reviews/reviews/child-a/#learning-2.1\">Read Learning point 2.1 in Child A</a>"))
        #expect(theme.contains("<p>2.1. When a father is present in the household, practitioners should engage him.</p>"))
        #expect(theme.contains("<span>Also on:</span> <ul class=\"theme-links\"><li><a href=\"../../themes/invisible-men/index.html\">Invisible men</a></li></ul>"))
        // The same passage's line on its other theme and on the index: each page's own theme left out, links from each page's depth.
        #expect(try page("themes/invisible-men/index.html").contains("<span>Also on:</span> <ul class=\"theme-links\"><li><a href=\"../../themes/neglect/index.html\">Neglect</a></li></ul>"))
        #expect(try page("learning/index.html").contains("<span>Also on:</span> <ul class=\"theme-links\"><li><a href=\"../themes/neglect/index.html\">Neglect</a></li><li><a href=\"../themes/invisible-men/index.html\">Invisible men</a></li></ul>"))
        #expect(theme.contains("<li>What would the child say about a typical day?</li>"))
        #expect(theme.contains("<h2 id=\"related-themes\">Related themes</h2>"))
    }

    @Test func footnoteIdsStayUniqueOnThemePages() throws {
        let theme = try page("themes/information-sharing/index.html")
        #expect(theme.contains("id=\"fn-child-a-good-practice-1-2\""))
        #expect(theme.contains("href=\"#fn-child-a-good-practice-1-2\""))
        for file in try Fixtures.files(in: Self.built) where file.key.hasSuffix(".html") {
            let ids = String(decoding: file.value, as: UTF8.self).matches(of: try Regex("\\sid=\"([^\"]+)\"")).map { String($0.output[1].substring ?? "") }
            #expect(Set(ids).count == ids.count, "duplicate id in \(file.key)")
        }
    }

    @Test func indexesListReviewsThemesAndPassages() throws {
        let home = try page("index.html")
        #expect(home.contains("<a href=\"themes/neglect/index.html\">Neglect</a>"))
        #expect(home.contains("<h3>More themes</h3>\n<ul class=\"theme-links\"><li><a href=\"themes/information-sharing/index.html\">Information sharing</a></li></ul>"))
        #expect(try page("reviews/child-b/index.html").contains("<li><a href=\"#background\">Background</a><ol><li><a href=\"#household\">Household</a></li></ol></li>"))
        #expect(home.contains("<a href=\"reviews/child-a/index.html\">Child A</a>"))
        #expect(try page("reviews/index.html").contains("2 reviews, newest first."))
        #expect(try page("learning/index.html").contains("2 from 2 reviews."))
        #expect(try page("recommendations/index.html").contains("Agencies should use the escalation policy when they disagree."))
        #expect(try page("glossary/index.html").contains("<dt><abbr title=\"Multi-Agency Safeguarding Hub\">MASH</abbr></dt><dd>Multi-Agency Safeguarding Hub</dd>"))
        #expect(try page("about/index.html").contains("<a href=\"../themes/index.html\">themes</a>"))
    }

    @Test func feedAndSitemapUseTheBaseURL() throws {
        let feed = try page("feed.xml")
        #expect(feed.contains("<link rel=\"self\" href=\"https://fixture.example.org/reviews/feed.xml\"/>"))
        #expect(feed.contains("<id>https://fixture.example.org/reviews/reviews/child-a/</id>"))
        #expect(feed.contains("<updated>2020-07-03T00:00:00Z</updated>"))
        let sitemap = try page("sitemap.xml")
        #expect(sitemap.contains("<url><loc>https://fixture.example.org/reviews/reviews/child-b/</loc><lastmod>2019-02-01</lastmod></url>"))
        #expect(try page("404.html").contains("<a href=\"/reviews/index.html\">home page</a>"))
    }
}
