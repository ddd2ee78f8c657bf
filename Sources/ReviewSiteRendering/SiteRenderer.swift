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
        let files = render(graph.pageIDs, bodies: renderBodies()).values.flatMap { $0 }
            + templates.assets.map { OutputFile(path: $0, contents: .copy(from: $0)) }
        return files.sorted { $0.path < $1.path }
    }

    /// The files of the given outputs, rendered in parallel, by output.
    public func render(_ ids: [PageID], bodies: RenderedBodies) -> [PageID: [OutputFile]] {
        let reviewIndex = Dictionary(uniqueKeysWithValues: graph.reviews.enumerated().map { ($1.slug, $0) })
        let pagesBySlug = Dictionary(uniqueKeysWithValues: graph.pages.map { ($0.slug, $0) })
        let files = concurrentMap(ids.count) { position -> [OutputFile] in
            switch ids[position] {
            case .review(let slug): reviewIndex[slug].map { [reviewPage($0, rendered: bodies[$0])] } ?? []
            case .theme(let slug, let number): graph.registry.index(of: slug).map { [themePage($0, number: number, bodies: bodies)] } ?? []
            case .page(let slug): pagesBySlug[slug].map { [plainPage($0)] } ?? []
            case .passageIndex(let kind): [passageIndexPage(kind, bodies: bodies)]
            case .home: [homePage()]
            case .reviewIndex: [reviewIndexPage()]
            case .themeIndex: [themeIndexPage()]
            case .glossary: [glossaryPage()]
            case .notFound: [notFoundPage()]
            case .feed: [feed()]
            case .sitemap: [sitemap()]
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(ids, files))
    }

    /// Renders each review's Markdown, reusing `previous` bodies for reviews not in `changed`.
    public func renderBodies(reusing previous: RenderedBodies? = nil, except changed: Set<String> = []) -> RenderedBodies {
        let bodies = concurrentMap(graph.reviews.count) { index in
            let slug = graph.reviews[index].slug
            if !changed.contains(slug), let kept = previous?.bySlug[slug] { return kept }
            return renderBody(of: index)
        }
        return RenderedBodies(bodies, slugs: graph.reviews.map(\.slug))
    }

    func layout(for path: String, title: String, description: String? = nil, section: String? = nil, isDraft: Bool = false) -> LayoutView {
        let root = SitePaths.root(of: path)
        let config = graph.config
        var nav: [(String, String, String)] = [
            ("Home", SitePaths.home, "home"), ("Reviews", SitePaths.reviews, "reviews"), ("Themes", SitePaths.themes, "themes"),
            ("Learning points", SitePaths.learning, "learning"), ("Recommendations", SitePaths.recommendations, "recommendations"),
            ("Glossary", SitePaths.glossary, "glossary"),
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
