import Foundation
@testable import ReviewSiteRendering
import Testing

@Suite struct JoinedListTests {
    static let layout = LayoutView(
        language: "en-GB", siteTitle: "Fixture site", siteDescription: "Reviews", pageTitle: "Reviews", documentTitle: "Reviews", description: "Reviews",
        root: "../", canonicalURL: nil, feedURL: "../feed.xml", nav: [LayoutView.NavLink(title: "Reviews", url: "../reviews/", isCurrent: true)],
        board: "Fixture board", contact: "contact", licence: "licence", isDraft: false, previewScript: nil
    )

    static func cards(_ count: Int) -> [HTMLView] {
        (0..<count).map { HTMLView(html: "<li class=\"card\">Review \($0) &amp; <em>notes</em></li>\n") }
    }

    @Test("the site's templates place every list of rendered pieces whole")
    func siteListsArePlacedWhole() throws {
        let templates = try TemplateStencilTests.siteTemplates()
        #expect(templates.joinedLists == ["reviews", "learning", "recommendations", "goodPractice", "groups", "newestReviews"])
    }

    @Test("a listing page with its pieces joined is the page swift-mustache renders piece by piece", arguments: [0, 1, 2, 1000])
    func joinedPageIsTheFullPage(count: Int) throws {
        let templates = try TemplateStencilTests.siteTemplates()
        let view = ReviewIndexView(layout: Self.layout, reviews: Self.cards(count), count: count)
        let page = templates.render(view, "reviews")
        #expect(page == templates.library.render(TemplateValue(view), withTemplate: "reviews"))
        #expect(page.components(separatedBy: "<li class=\"card\">").count == count + 1)
    }

    @Test("a list any template uses otherwise is rendered piece by piece", arguments: [
        "<ul>{{#reviews}}<li>{{{html}}}</li>{{/reviews}}</ul>", "{{#reviews}}{{{html}}}{{/reviews}} {{reviews.first.html}}",
        "{{#reviews}}{{{html}}}{{/reviews}}{{#reviews}}{{#first}}first{{/first}}{{/reviews}}", "{{# reviews }}{{{html}}}{{/ reviews }}",
    ])
    func listUsedOtherwise(template: String) throws {
        #expect(!TemplateSet.listsPlacedWhole(in: [template]).contains("reviews"))
        let templates = try TemplateStencilTests.templateSet(["listing": template])
        #expect(!templates.joinedLists.contains("reviews"))
        let view = ReviewIndexView(layout: Self.layout, reviews: Self.cards(3), count: 3)
        #expect(templates.render(view, "listing") == templates.library.render(TemplateValue(view), withTemplate: "listing"))
    }

    @Test("an inverted section leaves a list whole; a value named after it does not")
    func invertedAndValueUses() {
        #expect(TemplateSet.listsPlacedWhole(in: ["{{#reviews}}{{{html}}}{{/reviews}}{{^reviews}}None yet.{{/reviews}}"]) == ["reviews"])
        #expect(TemplateSet.listsPlacedWhole(in: ["{{#reviews}}{{{html}}}{{/reviews}}", "{{reviews}}"]).isEmpty)
    }
}
