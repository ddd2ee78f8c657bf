import Foundation
import Mustache
@testable import ReviewSiteRendering
import Testing

@Suite struct ReusableHTMLTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func partial(_ name: String) -> String {
        try! String(contentsOf: repository.appendingPathComponent("Templates/\(name).mustache"), encoding: .utf8)
    }

    static func render(_ template: String, _ view: some Encodable) throws -> String {
        HTMLEscaping.register()
        return try MustacheTemplate(string: HTMLEscaping.pragmaLine + template).render(TemplateValue(view))
    }

    static func excerpt(url: String, alsoOn: String) -> PassageExcerptView {
        PassageExcerptView(
            kindLabel: "Learning point", kindSlug: "learning", id: "child-a--learning-1.1", url: url,
            printURL: "https://example.org/reviews/child-a/#learning-1.1", paragraphNumber: "1.1", reviewTitle: "Child A & B",
            quote: "<div class=\"passage__body\"><p>Quoted text.</p></div>", alsoOn: alsoOn
        )
    }

    static func card(url: String) -> ReviewCardView {
        ReviewCardView(
            title: "Child A", url: url, board: "Fixture Board", kind: "Serious Case Review", published: "3 July 2020",
            publishedISO: "2020-07-03", summary: nil, passageCount: 2, isDraft: false
        )
    }

    static let pages = [("../../reviews/child-a/index.html#learning-1.1", "<div>Also on: Neglect</div>", "<article>one</article>"), ("../x?a=1&b=\"2\"", "", "")]

    static let excerptTemplates = [
        partial("partials/excerpt"),
        "<a href=\"{{url}}\">one</a>{{{alsoOn}}}<a href=\"{{url}}\">two</a>{{{alsoOn}}}",
        "<p>{{reviewTitle}}</p>",
    ]

    @Test("an excerpt filled in equals the partial rendered with the page's values", arguments: excerptTemplates)
    func excerptHoles(template: String) throws {
        let reusable = ReusableHTML(rendered: try Self.render(template, Self.excerpt(url: ReusableHTML.Hole.url.mark, alsoOn: ReusableHTML.Hole.alsoOn.mark)))
        for (url, alsoOn, _) in Self.pages {
            let direct = try Self.render(template, Self.excerpt(url: url, alsoOn: alsoOn))
            #expect(reusable.filled(url: url, alsoOn: alsoOn).html == direct)
            #expect(!direct.contains("\u{0}"))
        }
    }

    @Test("a NUL that starts no mark stays text, and marks next to it and to non-ASCII text are cut exactly")
    func strayNulsAndNeighbours() {
        let url = ReusableHTML.Hole.url.mark
        let alsoOn = ReusableHTML.Hole.alsoOn.mark
        let rendered = "\u{0}é" + url + "\u{0}" + alsoOn + alsoOn + "ü\u{0}\(url.dropLast())x" + url
        let filled = ReusableHTML(rendered: rendered).filled(url: "a&b", alsoOn: "<p>x</p>")
        #expect(filled.html == "\u{0}éa&amp;b\u{0}<p>x</p><p>x</p>ü\u{0}\(url.dropLast())xa&amp;b")
        #expect(ReusableHTML(rendered: "").filled(url: "u").html == "")
        #expect(ReusableHTML(rendered: url).filled(url: "u").html == "u")
    }

    @Test("a card and a passage group filled in equal their partials rendered with the page's values")
    func cardAndGroupHoles() throws {
        let card = ReusableHTML(rendered: try Self.render(Self.partial("partials/review-card"), Self.card(url: ReusableHTML.Hole.url.mark)))
        let groupView = PassageGroupView(review: Self.card(url: ReusableHTML.Hole.url.mark), passages: ReusableHTML.Hole.passages.mark)
        let group = ReusableHTML(rendered: try Self.render(Self.partial("partials/passage-group"), groupView))
        for (url, _, passages) in Self.pages {
            #expect(card.filled(url: url).html == (try Self.render(Self.partial("partials/review-card"), Self.card(url: url))))
            let direct = try Self.render(Self.partial("partials/passage-group"), PassageGroupView(review: Self.card(url: url), passages: passages))
            #expect(group.filled(url: url, passages: passages).html == direct)
            #expect(direct.contains("Child A") && (passages.isEmpty || direct.contains(passages)))
        }
    }
}
