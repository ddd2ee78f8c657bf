import Foundation
import ReviewSiteCore
import Testing

@Suite("Linking")
struct LinkerTests {
    static let at = FileLocation(file: "themes.yml", line: 1, column: 1)
    static let registry = ThemeRegistry([
        Theme(slug: "neglect", title: "Neglect", related: ["escalation"], location: at),
        Theme(slug: "domestic-abuse", title: "Domestic abuse", location: at),
        Theme(slug: "escalation", title: "Escalation", location: at),
        Theme(slug: "invisible-men", title: "Invisible men", location: at),
    ])

    func review(_ slug: String, published: String?, draft: Bool = false, passages: [String]) -> Review {
        var text = "---\ntitle: \(slug)\nkind: Serious Case Review\nboard: Board\ndraft: \(draft)\n"
        if let published { text += "published: \(published)\n" }
        text += "---\n"
        for themes in passages { text += "\n> [!LEARNING] \(themes)\n> Text on \(themes).\n" }
        let source = SourceFile(url: URL(fileURLWithPath: "/\(slug).md"), displayPath: "\(slug).md", text: text)
        let (parsed, diagnostics) = ReviewParser.parse(source, slug: slug, registry: Self.registry)
        precondition(diagnostics.isEmpty, "\(diagnostics)")
        return parsed!
    }

    func link(_ reviews: [Review], drafts: Bool = false) -> SiteGraph {
        let content = Content(config: SiteConfig(title: "T"), themes: Self.registry, glossary: Glossary([]), reviews: reviews, pages: [])
        return Linker.link(content, options: LinkOptions(includeDrafts: drafts, today: ReviewDate(year: 2024, month: 1, day: 1)))
    }

    @Test func ordersReviewsNewestFirstWithUndatedLast() {
        let graph = link([
            review("a", published: "2019-05-01", passages: ["neglect"]),
            review("b", published: nil, passages: ["neglect"]),
            review("c", published: "2021-01-01", passages: ["neglect"]),
        ])
        #expect(graph.reviews.map(\.slug) == ["c", "a", "b"])
    }

    @Test func leavesOutDraftsAndFutureReviewsUnlessAsked() {
        let reviews = [
            review("published", published: "2020-01-01", passages: ["neglect"]),
            review("draft", published: "2020-01-01", draft: true, passages: ["neglect"]),
            review("future", published: "2030-01-01", passages: ["neglect"]),
        ]
        let graph = link(reviews)
        #expect(graph.reviews.map(\.slug) == ["published"])
        #expect(graph.themeLinks("neglect")?.passages.count == 1)
        #expect(link(reviews, drafts: true).reviews.count == 3)
    }

    @Test func gathersEveryPassageOfAThemeWithItsYears() throws {
        let graph = link([
            review("a", published: "2016-05-01", passages: ["neglect, escalation", "domestic-abuse"]),
            review("b", published: "2020-05-01", passages: ["neglect", "neglect"]),
        ])
        let neglect = try #require(graph.themeLinks("neglect"))
        #expect(neglect.passages == [PassageRef(review: 0, passage: 0), PassageRef(review: 0, passage: 1), PassageRef(review: 1, passage: 0)])
        #expect(neglect.reviews == [0, 1])
        #expect(neglect.firstYear == 2016 && neglect.lastYear == 2020)
        #expect(graph.themeLinks("invisible-men")?.passages.isEmpty == true)
    }

    @Test func ranksRelatedThemesRegistryFirstThenByCooccurrence() throws {
        let graph = link([
            review("a", published: "2020-01-01", passages: ["neglect, domestic-abuse", "neglect, domestic-abuse", "neglect, invisible-men"]),
        ])
        #expect(try #require(graph.themeLinks("neglect")).relatedThemes == ["escalation", "domestic-abuse", "invisible-men"])
        #expect(try #require(graph.themeLinks("domestic-abuse")).relatedThemes == ["neglect"])
    }

    @Test func ranksRelatedReviewsBySharedThemes() {
        let graph = link([
            review("a", published: "2020-01-04", passages: ["neglect", "domestic-abuse", "escalation"]),
            review("b", published: "2020-01-03", passages: ["neglect", "domestic-abuse", "escalation"]),
            review("c", published: "2020-01-02", passages: ["neglect"]),
            review("d", published: "2020-01-01", passages: ["invisible-men"]),
        ])
        #expect(graph.relatedReviews[0].map { graph.reviews[$0].slug } == ["b", "c"])
        #expect(graph.relatedReviews[3].isEmpty)
        #expect(graph.reviewThemes[0] == ["neglect", "domestic-abuse", "escalation"])
    }
}
