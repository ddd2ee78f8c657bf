import Foundation
import Testing

@Suite("What gets published")
struct PublishingTests {
    static let secrets = ["DRAFTSECRET", "FUTURESECRET", "draft-review", "future-review", "Child D draft", "Child F future"]

    @Test func draftsAndFutureReviewsAppearNowhere() throws {
        let (site, result) = try Fixtures.build("valid-site")
        #expect(result.status == 0)
        let files = try Fixtures.files(in: site)
        #expect(files.count > 10)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for secret in Self.secrets {
                #expect(!text.contains(secret), "\(secret) leaked into \(path)")
            }
        }
    }

    @Test func draftsFlagIncludesThemWithABanner() throws {
        let (site, result) = try Fixtures.build("valid-site", ["--drafts"])
        #expect(result.status == 0)
        let draft = try Fixtures.text(site, "reviews/draft-review/index.html")
        #expect(draft.contains("Draft: not published."))
        #expect(draft.contains("DRAFTSECRETWORD"))
        #expect(try Fixtures.text(site, "themes/neglect/index.html").contains("DRAFTSECRETLEARNING"))
        #expect(try Fixtures.text(site, "reviews/future-review/index.html").contains("FUTURESECRETWORD"))
    }

    @Test func futureReviewIsPublishedOnceItsDateHasCome() throws {
        let site = try Fixtures.scratch().appendingPathComponent("Site")
        let result = try CLI.run(
            ["build", "--content", Fixtures.site("valid-site").path, "--templates", Fixtures.templates.path, "--output", site.path],
            environment: ["SOURCE_DATE_EPOCH": "32503680000"]
        )
        #expect(result.status == 0)
        #expect(try Fixtures.text(site, "reviews/future-review/index.html").contains("FUTURESECRETWORD"))
    }

    @Test func markdownCannotInjectScript() throws {
        let (site, result) = try Fixtures.build("hostile-site")
        #expect(result.status == 0, "\(result.stderr)")
        let tag = try Regex("<[a-z][^>]*>")
        let quotedValue = try Regex("\"[^\"]*\"")
        let eventHandler = try Regex("\\son[a-z]+\\s*=")
        let templateScript = try Regex("<script src=\"(\\.\\./)*assets/search/[a-z]+\\.js\"></script>")
        let unsafeURL = try Regex("(href|src)\\s*=\\s*\"\\s*(javascript|data|vbscript):")
        for (path, data) in try Fixtures.files(in: site) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!text.replacing(templateScript, with: "").contains("<script"), "a script tag reached \(path)")
            #expect(!text.contains("<iframe"), "an iframe reached \(path)")
            let attributes = text.matches(of: tag).map { text[$0.range].replacing(quotedValue, with: "\"\"") }
            #expect(!attributes.contains { $0.firstMatch(of: eventHandler) != nil }, "an event handler reached \(path)")
            #expect(text.firstMatch(of: unsafeURL) == nil, "an unsafe URL reached \(path)")
        }
        let review = try Fixtures.text(site, "reviews/child-h/index.html")
        #expect(review.contains("<h1>Child H &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</h1>"))
        #expect(review.contains("<dd>Board &quot; onmouseover=&quot;alert(&#39;board&#39;)</dd>"))
        #expect(review.contains("A javascript link and a data link and a spaced one."))
        #expect(review.contains("An image alt text and a safe <a href=\"../child-h/index.html#para-1.1\">relative link</a>."))
    }
}
