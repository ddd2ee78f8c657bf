import Foundation
import Mustache
@testable import ReviewSiteRendering
import Testing

@Suite struct TemplateStencilTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The site's templates with the given ones added, in a folder of their own.
    static func templateSet(_ templates: [String: String]) throws -> TemplateSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stencil-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Templates"), to: folder)
        for (name, text) in templates {
            let file = folder.appendingPathComponent(name + ".mustache")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return try TemplateSet.load(from: folder, displayName: "Templates")
    }

    /// The site's own templates.
    static func siteTemplates() throws -> TemplateSet {
        try TemplateSet.load(from: repository.appendingPathComponent("Templates"), displayName: "Templates")
    }

    /// Text that escaping changes, text that looks like a mark, and plain text.
    static let texts = ["Child A & \"B\" <i>'s</i>", "\u{0}0'\u{0} \u{0}1&#39;\u{0}", "plain", ""]

    static func passages() -> [PassageBlockView] {
        var views: [PassageBlockView] = []
        for (index, text) in texts.enumerated() {
            for paragraph in [OptionalText("\(index).1"), nil] {
                for themes in [[], [LinkView(title: text, url: "../../themes/\(index)/")], [LinkView(title: "Neglect", url: "a"), LinkView(title: text, url: text)]] {
                    views.append(PassageBlockView(
                        kindLabel: "Learning point", kindSlug: "learning", anchor: "learning-\(index)", paragraphNumber: paragraph,
                        themes: themes, hasThemes: !themes.isEmpty, isUnconfirmed: index % 2 == 0, body: "<p>\(text)</p>\n"
                    ))
                }
            }
        }
        return views
    }

    @Test("a passage's block, filled in from the stencil of its shape, is the partial rendered in full")
    func passageBlocks() throws {
        let templates = try Self.siteTemplates()
        #expect(templates.stencils != nil)
        let views = Self.passages()
        // Twice over: the first view of each shape makes its stencil, every later one is filled in.
        for view in views + views {
            #expect(templates.renderByShape(view, "partials/passage") == templates.render(view, "partials/passage"))
        }
    }

    @Test("quotes, excerpts, cards and groups filled in are the partials rendered in full")
    func listingPartials() throws {
        let templates = try Self.siteTemplates()
        for _ in 0..<2 {
            for (index, text) in Self.texts.enumerated() {
                let notes = (0..<index).map { FootnoteView(number: $0 + 10, id: "fn-\($0)", backURL: "#ref-\(text)", html: "<p>\(text)</p>") }
                let quote = ExcerptQuoteView(kindLabel: text, paragraphNumber: index == 1 ? nil : OptionalText(text), body: text, footnotes: notes, hasFootnotes: !notes.isEmpty)
                #expect(templates.renderByShape(quote, "partials/excerpt-quote") == templates.render(quote, "partials/excerpt-quote"))
                let excerpt = PassageExcerptView(
                    kindLabel: "Recommendation", kindSlug: "recommendation", id: "r-\(index)", url: text, printURL: "https://example.org/#\(text)",
                    paragraphNumber: OptionalText(index == 2 ? nil : text), reviewTitle: text, quote: "<div>\(text)</div>", alsoOn: text
                )
                #expect(templates.renderByShape(excerpt, "partials/excerpt") == templates.render(excerpt, "partials/excerpt"))
                let card = ReviewCardView(
                    title: text, url: "../\(text)", board: "Fixture Board", kind: "Serious Case Review", published: index == 0 ? nil : "3 July 2020",
                    publishedISO: "2020-07-03", summary: OptionalText(index == 3 ? nil : text), passageCount: index * 7, isDraft: index == 2
                )
                #expect(templates.renderByShape(card, "partials/review-card") == templates.render(card, "partials/review-card"))
                let group = PassageGroupView(review: card, passages: "<article>\(text)</article>")
                #expect(templates.renderByShape(group, "partials/passage-group") == templates.render(group, "partials/passage-group"))
            }
        }
    }

    @Test("a review's page and the partials of its lists, filled in, are rendered in full")
    func reviewPage() throws {
        let templates = try Self.siteTemplates()
        for _ in 0..<2 {
            for (index, text) in Self.texts.enumerated() {
                let facts = ReviewFactsView(
                    facts: (0...index).map { FactView(label: "Fact \($0)", value: text) },
                    passageCounts: index == 2 ? [] : [FactView(label: "Learning points", value: String(index))]
                )
                let entries = (0..<index).map { TocEntryView(title: text, url: "#\(text)", children: (0..<$0).map { TocEntryView(title: "\($0) \(text)", url: "#c\($0)", children: []) }) }
                let notes = (0..<index).map { FootnoteView(number: $0 + 1, id: "fn-\($0)", backURL: "#ref-\(text)", html: "<p>\(text)</p>") }
                let footnotes = FootnotesView(items: notes.map { templates.renderByShape($0, "partials/footnote") }.joined(), hasFootnotes: index > 0)
                #expect(footnotes.items == notes.map { templates.render($0, "partials/footnote") }.joined())
                let themes = ThemeLinksView(themes: (0..<index).map { LinkView(title: text, url: "../../themes/\($0)/") })
                let parts = [
                    templates.renderByShape(facts, "partials/review-facts"), entries.map { templates.renderByShape($0, "partials/contents-entry") }.joined(),
                    templates.renderByShape(footnotes, "partials/footnotes"), templates.renderByShape(themes, "partials/theme-links"),
                ]
                #expect(parts == [
                    templates.render(facts, "partials/review-facts"), entries.map { templates.render($0, "partials/contents-entry") }.joined(),
                    templates.render(footnotes, "partials/footnotes"), templates.render(themes, "partials/theme-links"),
                ])
                let layout = LayoutView(
                    language: "en-GB", siteTitle: text, siteDescription: text, pageTitle: text, documentTitle: text, description: text, root: "../../",
                    canonicalURL: OptionalText(index == 1 ? nil : "https://example.org/\(text)"), feedURL: "../../feed.xml",
                    nav: [LayoutView.NavLink(title: text, url: "../../", isCurrent: index == 3)], board: text, contact: text, licence: text,
                    isDraft: index == 2, previewScript: nil
                )
                let view = ReviewView(
                    layout: layout, title: text, kind: text, summary: OptionalText(index == 0 ? nil : text), factList: parts[0],
                    contents: parts[1], hasToc: !entries.isEmpty, body: "<p>\(text)</p>", footnoteList: parts[2],
                    themeLinks: parts[3], hasThemes: index > 0, relatedCards: index == 3 ? "<li>\(text)</li>" : "", hasRelatedReviews: index == 3, isDraft: index == 2
                )
                let page = templates.renderByShape(view, "review")
                #expect(page == templates.render(view, "review"))
                // Every list is on the page, but the themes of a review without any.
                #expect(parts.filter { !$0.isEmpty && !page.contains($0) } == (index == 0 ? [parts[3]] : []))
            }
        }
    }

    @Test("theme pages, passage indexes and their pagination, filled in, are rendered in full; lists placed whole leave the shape alone")
    func listingPages() throws {
        let templates = try Self.siteTemplates()
        #expect(templates.joinedLists.isSuperset(of: ["learning", "recommendations", "goodPractice", "reviews", "groups"]))
        var themeShapes: Set<String> = []
        for _ in 0..<2 {
            for (index, text) in Self.texts.enumerated() {
                let links = (1...4).map { PageLinkView(number: $0, url: "../\(text)/\($0)/", isCurrent: $0 == index + 1) }
                for link in links {
                    #expect(templates.renderByShape(link, "partials/page-link") == templates.render(link, "partials/page-link"))
                }
                let navigation = PaginationView(
                    label: text, current: index + 1, total: 4, previousURL: OptionalText(index == 0 ? nil : "../\(text)/"),
                    nextURL: OptionalText(index == 3 ? nil : "../\(text)/next/"), pageLinks: links.map { templates.render($0, "partials/page-link") }.joined()
                )
                let pagination = templates.renderByShape(navigation, "partials/pagination")
                #expect(pagination == templates.render(navigation, "partials/pagination"))
                let pieces = (0..<index * 3).map { HTMLView(html: "<article>\($0) \(text)</article>\n") }
                let layout = LayoutView(
                    language: "en-GB", siteTitle: "Reviews", siteDescription: text, pageTitle: text, documentTitle: text, description: text, root: "../../",
                    canonicalURL: OptionalText("https://example.org/\(text)"), feedURL: "../../feed.xml",
                    nav: [LayoutView.NavLink(title: "Themes", url: "../../themes/", isCurrent: true)], board: text, contact: text, licence: text,
                    isDraft: false, previewScript: nil
                )
                let theme = ThemeView(
                    layout: layout, title: text, summary: text, coverage: text, learning: pieces, hasLearning: !pieces.isEmpty,
                    recommendations: Array(pieces.prefix(1)), hasRecommendations: !pieces.isEmpty, goodPractice: [], hasGoodPractice: false,
                    questions: ["Who was in the household?", text], hasQuestions: true, relatedThemes: [LinkView(title: text, url: "../\(text)/")],
                    hasRelatedThemes: true, reviews: pieces, hasReviews: !pieces.isEmpty,
                    downloads: DownloadLinksView(csvURL: text, jsonURL: text, count: index), pagination: index == 0 ? "" : pagination
                )
                let page = templates.renderByShape(theme, "theme")
                #expect(page == templates.render(theme, "theme"))
                #expect(pieces.allSatisfy { page.contains($0.html) } && (index == 0 || page.contains(pagination)))
                if index > 0 { themeShapes.insert(try #require(ShapeEncoder.read(theme, joinedLists: templates.joinedLists)).shape) }
                let passages = PassageIndexView(
                    layout: layout, title: text, introduction: text, groups: pieces, count: index, reviewCount: index,
                    downloads: DownloadLinksView(csvURL: text, jsonURL: text, count: index), pagination: pagination
                )
                #expect(templates.renderByShape(passages, "passages") == templates.render(passages, "passages"))
            }
        }
        #expect(themeShapes.count == 1, "lists of 3, 6 and 9 pieces, one shape")
    }

    @Test("numbers are filled in as they render, in text and in sections")
    func numbers() throws {
        struct Counted: Encodable { var count: Int; var items: [Int] }
        let templates = try Self.templateSet(["counted": "{{count}} {{#count}}[{{.}}]{{/count}}{{^count}}none{{/count}} {{#items}}{{.}},{{/items}}"])
        for view in [Counted(count: 3, items: [1, 2]), Counted(count: 0, items: [40, -5]), Counted(count: 12, items: [7, 8])] {
            #expect(templates.renderByShape(view, "counted") == templates.render(view, "counted"))
        }
        #expect(templates.renderByShape(Counted(count: 0, items: [40, -5]), "counted") == "0 [0] 40,-5,")
    }

    @Test("a view holding a number other than an Int is rendered in full")
    func otherNumbers() throws {
        struct Measured: Encodable { var share: Double; var title: String }
        #expect(ShapeEncoder.read(Measured(share: 0.5, title: "a")) == nil)
        let templates = try Self.templateSet(["measured": "{{title}}: {{share}}"])
        for view in [Measured(share: 0.5, title: "a"), Measured(share: 2, title: "b")] {
            #expect(templates.renderByShape(view, "measured") == "\(view.title): \(view.share)")
        }
    }

    @Test("templates that transform values, name partials from values, change delimiters or indent partials get no stencils", arguments: [
        "{{uppercased(title)}}", "{{#first()}}x{{/first()}}", "{{>*name}}", "{{=<% %>=}}<% title %>", "<ul>\n  {{>partials/item}}\n</ul>",
        "<ul>\n<li>{{title}}</li>\n\t{{>partials/item}}</ul>", "<p>{{title}}</p>\n<p>{{#first()}}x{{/first()}}</p>",
    ])
    func stencilsRefused(template: String) throws {
        #expect(!TemplateSet.allowsStencils(template))
        #expect(try Self.templateSet(["page": template, "partials/item": "<li>{{title}}</li>"]).stencils == nil)
    }

    @Test("a template's diagnostics name the line and column of the tag, with LF or CRLF line endings")
    func diagnosticsCountLines() {
        for newline in ["\n", "\r\n"] {
            let text = ["<p>é {{title}}</p>", "<ol>", "  <li>x</li> {{#toc}}{{title}}{{/toc}}", "</ol>"].joined(separator: newline)
            let diagnostics = TemplateSet.listsReadThemselves(by: "review", in: text, file: "Templates/review.mustache")
            #expect(diagnostics.map { "\($0.line):\($0.column)" } == ["3:14"], "\(newline.unicodeScalars.map(\.value))")
        }
    }

    @Test("indented text, a partial inside a line and plain tags allow stencils")
    func stencilsAllowed() throws {
        #expect(TemplateSet.allowsStencils("<ul>\n  <li>{{title}}</li>\n<li>{{>partials/item}}</li>\n{{>partials/item}}\n</ul>"))
        #expect(TemplateSet.allowsStencils("<p>(aside) = {{title}} >*</p>\n  <p>{{title}}</p>"))
        #expect(TemplateSet.allowsStencils(try String(contentsOf: Self.repository.appendingPathComponent("Templates/partials/passage.mustache"), encoding: .utf8)))
    }

    @Test("a stencil whose filling differs from the full rendering is dropped, and the shape is rendered in full from then on")
    func unfaithfulStencilDropped() throws {
        struct Titled: Encodable { var title: String }
        HTMLEscaping.register()
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: HTMLEscaping.pragmaLine + "<h1>{{uppercased(title)}}</h1>"), named: "title")
        let stencils = TemplateStencils(joinedLists: [])
        #expect(stencils.render(Titled(title: "abc"), "title", library: library) == "<h1>ABC</h1>")
        #expect(stencils.render(Titled(title: "def & g"), "title", library: library) == "<h1>DEF &amp; G</h1>")
    }

    @Test("a template whose own text holds a NUL is rendered in full")
    func templateWithNUL() throws {
        struct Titled: Encodable { var title: String }
        let templates = try Self.templateSet(["page": "a\u{0}b {{title}}"])
        for title in ["one", "two"] {
            #expect(templates.renderByShape(Titled(title: title), "page") == "a\u{0}b \(title)")
        }
    }

    @Test("views differing only in their texts and numbers share a shape; a flag, an optional's presence or a list's length changes it")
    func shapes() throws {
        func shape(_ view: PassageBlockView) throws -> String { try #require(ShapeEncoder.read(view)).shape }
        let views = Self.passages()
        var changed = views[0]
        changed.kindLabel = "Recommendation"
        changed.anchor = "other"
        changed.body = "<p>other</p>"
        #expect(try shape(changed) == shape(views[0]))
        #expect(try #require(ShapeEncoder.read(changed)).values != #require(ShapeEncoder.read(views[0])).values)
        var flagged = views[0]
        flagged.isUnconfirmed.toggle()
        var unnumbered = views[0]
        unnumbered.paragraphNumber = nil
        var longer = views[0]
        longer.themes.append(LinkView(title: "Neglect", url: "a"))
        let shapes = try [views[0], flagged, unnumbered, longer].map(shape)
        #expect(Set(shapes).count == 4)
    }
}
