import Foundation
import Mustache
@testable import ReviewSiteRendering
import Testing

@Suite struct ExcerptLayoutTests {
    static func view(url: String, alsoOn: String) -> PassageExcerptView {
        PassageExcerptView(
            kindLabel: "Learning point", kindSlug: "learning", id: "child-a--learning-1.1", url: url,
            printURL: "https://example.org/reviews/child-a/#learning-1.1", paragraphNumber: "1.1", reviewTitle: "Child A & B",
            quote: "<div class=\"passage__body\"><p>Quoted text.</p></div>", alsoOn: alsoOn
        )
    }

    static func render(_ template: String, _ view: PassageExcerptView) throws -> String {
        HTMLEscaping.register()
        return try MustacheTemplate(string: HTMLEscaping.pragmaLine + template).render(TemplateValue(view))
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let templates = [
        try! String(contentsOf: repository.appendingPathComponent("Templates/partials/excerpt.mustache"), encoding: .utf8),
        "<a href=\"{{url}}\">one</a>{{{alsoOn}}}<a href=\"{{url}}\">two</a>{{{alsoOn}}}",
        "<p>{{reviewTitle}}</p>",
    ]

    @Test("filling the holes gives what rendering with the page's values gives", arguments: templates)
    func fillsHolesAsTheTemplateWould(template: String) throws {
        let layout = ExcerptLayout(rendered: try Self.render(template, Self.view(url: ExcerptLayout.urlMark, alsoOn: ExcerptLayout.alsoOnMark)))
        for (url, alsoOn) in [("../../reviews/child-a/index.html#learning-1.1", "<div>Also on: Neglect</div>"), ("../x?a=1&b=\"2\"", "")] {
            let direct = try Self.render(template, Self.view(url: url, alsoOn: alsoOn))
            #expect(layout.html(url: url, alsoOn: alsoOn) == direct)
            #expect(!direct.contains("\u{0}"))
        }
    }
}
