import Foundation
import ReviewSiteCore

/// Renders a linked site into files: every page kind through its template, plus the feed,
/// the sitemap and the static assets. Pure: no disk writes, so `serve` keeps it in memory.
public struct SiteRenderer: Sendable {
    public let graph: SiteGraph
    public let templates: TemplateSet
    public var previewScript: String?
    let abbreviations: AbbreviationMarker
    let pageSlugs: Set<String>

    public init(graph: SiteGraph, templates: TemplateSet, previewScript: String? = nil) {
        self.graph = graph
        self.templates = templates
        self.previewScript = previewScript
        self.abbreviations = AbbreviationMarker(Dictionary(graph.glossary.entries.map { ($0.term, $0.expansion) }, uniquingKeysWith: { first, _ in first }))
        self.pageSlugs = Set(graph.pages.map(\.slug))
    }

    /// Every file of the site, sorted by path.
    public func render() -> [OutputFile] {
        let bodies = renderReviewBodies()
        var files: [OutputFile] = []
        files.append(contentsOf: concurrentMap(graph.reviews.count) { reviewPage($0, rendered: bodies[$0]) })
        files.append(contentsOf: concurrentMap(graph.themes.count) { themePages($0, bodies: bodies) }.flatMap { $0 })
        files.append(homePage())
        files.append(reviewIndexPage())
        files.append(themeIndexPage())
        files.append(contentsOf: passageIndexPages(bodies: bodies))
        files.append(glossaryPage())
        files.append(contentsOf: searchFiles())
        files.append(contentsOf: graph.pages.map(plainPage))
        files.append(notFoundPage())
        files.append(feed())
        files.append(sitemap())
        files.append(contentsOf: templates.assets.map { OutputFile(path: $0, contents: .copy(from: $0)) })
        return files.sorted { $0.path < $1.path }
    }

    func renderReviewBodies() -> [RenderedReview] {
        concurrentMap(graph.reviews.count, renderBody)
    }

    func layout(for path: String, title: String, description: String? = nil, section: String? = nil, isDraft: Bool = false) -> LayoutView {
        let root = SitePaths.root(of: path)
        let config = graph.config
        var nav: [(String, String, String)] = [
            ("Home", SitePaths.home, "home"), ("Reviews", SitePaths.reviews, "reviews"), ("Themes", SitePaths.themes, "themes"),
            ("Learning points", SitePaths.learning, "learning"), ("Recommendations", SitePaths.recommendations, "recommendations"),
            ("Glossary", SitePaths.glossary, "glossary"), ("Search", SitePaths.search, "search"),
        ]
        if pageSlugs.contains("about") { nav.append(("About", SitePaths.page("about"), "about")) }
        return LayoutView(
            language: config.language, siteTitle: config.title, siteDescription: config.description, pageTitle: title,
            documentTitle: title == config.title ? title : "\(title) – \(config.title)",
            description: description ?? config.description, root: root,
            canonicalURL: OptionalText(SitePaths.canonical(path, baseURL: config.baseURL)),
            feedURL: OptionalText(root + SitePaths.feed),
            nav: nav.map { LayoutView.NavLink(title: $0.0, url: root + $0.1, isCurrent: $0.2 == section) },
            board: config.board, contact: config.contact, licence: config.licence, isDraft: isDraft, previewScript: OptionalText(previewScript)
        )
    }

    func page(_ path: String, _ view: Any, template: String) -> OutputFile {
        OutputFile(path: path, contents: .text(templates.render(view, template)))
    }
}
