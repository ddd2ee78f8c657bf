import Foundation
import Markdown
import ReviewSiteCore

/// Renders a linked site into files: every page kind through its template, plus the feed,
/// the sitemap and the static assets. Pure: no disk writes, so `serve` keeps it in memory.
public struct SiteRenderer: Sendable {
    public let graph: SiteGraph
    public let templates: TemplateSet
    public var previewScript: String?
    let abbreviations: AbbreviationMarker
    let pageSlugs: Set<String>
    let alsoOnLines = AlsoOnLines()
    let searchTermCaches = SearchTermCaches()
    /// Each review's position in the graph, by slug.
    private let reviewPositions: [String: Int]
    /// Per kind: the reviews with such a passage, and how many such passages the site has.
    /// Every page of the kind's index shows both, so they are counted once, not once a page.
    let kindListings: [PassageKind: (reviews: [Int], passageCount: Int)]

    public init(graph: SiteGraph, templates: TemplateSet, previewScript: String? = nil) {
        self.graph = graph
        self.templates = templates
        self.previewScript = previewScript
        self.abbreviations = AbbreviationMarker(Dictionary(graph.glossary.entries.map { ($0.term, $0.expansion) }, uniquingKeysWith: { first, _ in first }))
        self.pageSlugs = Set(graph.pages.map(\.slug))
        self.reviewPositions = Dictionary(uniqueKeysWithValues: graph.reviews.indices.map { (graph.reviews[$0].slug, $0) })
        self.kindListings = Dictionary(uniqueKeysWithValues: PassageKind.allCases.map { ($0, (graph.reviews(with: $0), graph.passageCount(of: $0))) })
    }

    /// Every file of the site, sorted by path.
    public func render() throws(DiagnosticError) -> [OutputFile] {
        let collected = FileCollector()
        try render(into: collected.add)
        return collected.files.sorted { $0.path < $1.path }
    }

    /// Hands every file of the site to `emit` as soon as it is rendered, from any thread.
    ///
    /// A review's page is emitted as soon as its body is rendered, its words go straight into
    /// the search index, and only what listing pages show of it (excerpts, card, group) is kept.
    /// A body whose parsed document was released after loading is read back here, one review
    /// at a time. So a build writing files as they come never holds the whole site, or every
    /// review's document or full body, in memory.
    ///
    /// Throws when a released document cannot be read back.
    public func render(into emit: @Sendable (OutputFile) -> Void) throws(DiagnosticError) {
        var firstDocument = [0]
        for review in graph.reviews { firstDocument.append(firstDocument.last! + 1 + review.passages.count) }
        let search = SearchIndexBuilder(documentCount: firstDocument.last!)
        let bodies = concurrentMap(graph.reviews.count) { index -> Result<RenderedReview, DiagnosticError> in
            let document: MarkdownDocument
            do throws(DiagnosticError) {
                document = try graph.reviews[index].body.loadDocument()
            } catch {
                return .failure(error)
            }
            let rendered = renderBody(of: index, document: document)
            emit(reviewPage(index, body: rendered.page))
            search.add(rendered.search, from: firstDocument[index])
            return .success(RenderedReview(
                page: .empty, excerpts: rendered.excerpts, card: rendered.card, group: rendered.group, downloadRows: rendered.downloadRows, search: []
            ))
        }
        let failures = bodies.flatMap { result -> [Diagnostic] in if case .failure(let error) = result { error.diagnostics } else { [] } }
        guard failures.isEmpty else { throw DiagnosticError(failures) }
        let others = graph.pageIDs.filter { if case .review = $0 { false } else { true } }
        // The search index (thousands of files) and the site-wide downloads take longest: start them first.
        let isLong = { (id: PageID) in if case .search = id { true } else if case .passageDownloads = id { true } else { false } }
        let ordered = others.filter(isLong) + others.filter { !isLong($0) }
        let kept = RenderedBodies(bodies.compactMap { try? $0.get() }, slugs: graph.reviews.map(\.slug), searchIndex: search.finish())
        _ = concurrentMap(ordered.count) { position in
            let files = outputFiles(for: ordered[position], bodies: kept)
            _ = concurrentMap(files.count) { emit(files[$0]) }
        }
        templates.assets.forEach { emit(OutputFile(path: $0, contents: .copy(from: $0))) }
    }

    /// The files of the given outputs, rendered in parallel, by output.
    public func render(_ ids: [PageID], bodies: RenderedBodies) -> [PageID: [OutputFile]] {
        let files = concurrentMap(ids.count) { outputFiles(for: ids[$0], bodies: bodies) }
        return Dictionary(uniqueKeysWithValues: zip(ids, files))
    }

    /// The pages of edited reviews and plain pages, rendered before anything else so that
    /// `serve` can show them at once: a review's page needs only its own body, not its
    /// excerpts, search entries or downloads, nor what listing pages show of it.
    public func firstPages(_ ids: [PageID]) -> FirstPages {
        let rendered = concurrentMap(ids.count) { position -> (files: [OutputFile], body: (String, ReviewPageBody)?) in
            switch ids[position] {
            case .review(let slug):
                guard let index = reviewPositions[slug] else { return ([], nil) }
                let body = pageBody(of: index, document: graph.reviews[index].body.document)
                return ([reviewPage(index, body: body)], (slug, body))
            case .page(let slug):
                return (plainPageFiles(slug), nil)
            default:
                return ([], nil)
            }
        }
        return FirstPages(
            files: Dictionary(uniqueKeysWithValues: zip(ids, rendered.map(\.files))),
            reviewBodies: Dictionary(uniqueKeysWithValues: rendered.compactMap(\.body))
        )
    }

    /// Renders each review's Markdown, reusing `previous` bodies for reviews not in `changed`,
    /// and the page bodies `first` rendered already.
    public func renderBodies(reusing previous: RenderedBodies? = nil, except changed: Set<String> = [], first: FirstPages? = nil) -> RenderedBodies {
        let bodies = concurrentMap(graph.reviews.count) { index in
            let slug = graph.reviews[index].slug
            if !changed.contains(slug), let kept = previous?.bySlug[slug] { return kept }
            return renderBody(of: index, document: graph.reviews[index].body.document, page: first?.reviewBodies[slug])
        }
        return RenderedBodies(bodies, slugs: graph.reviews.map(\.slug), previous: previous)
    }

    /// The files one output consists of: a page, plus its downloads or the search index.
    private func outputFiles(for id: PageID, bodies: RenderedBodies) -> [OutputFile] {
        switch id {
        case .review(let slug): reviewPositions[slug].map { [reviewPage($0, body: bodies[$0].page)] } ?? []
        case .theme(let slug, let number): graph.registry.index(of: slug).map { [themePage($0, number: number, bodies: bodies)] } ?? []
        case .themeDownloads(let slug): graph.registry.index(of: slug).map { themeDownloadFiles($0, bodies: bodies) } ?? []
        case .page(let slug): plainPageFiles(slug)
        case .passageIndex(let kind, let number): [passageIndexPage(kind, number: number, bodies: bodies)]
        case .passageDownloads(let kind): passageDownloadFiles(kind, bodies: bodies)
        case .search: searchFiles(bodies: bodies)
        case .home: [homePage(bodies: bodies)]
        case .reviewIndex: [reviewIndexPage(bodies: bodies)]
        case .themeIndex: [themeIndexPage()]
        case .glossary: [glossaryPage()]
        case .notFound: [notFoundPage()]
        case .feed: [feed()]
        case .sitemap: [sitemap()]
        }
    }

    /// A plain page's file; none when the site has no page `slug`.
    private func plainPageFiles(_ slug: String) -> [OutputFile] {
        graph.pages.first { $0.slug == slug }.map { [plainPage($0)] } ?? []
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

    func page(_ path: String, _ view: some Encodable, template: String) -> OutputFile {
        OutputFile(path: path, contents: .text(templates.render(view, template)))
    }

    /// A page of a listing (a theme, a passage index) on `pageCount` pages. The pages of one
    /// listing differ in their texts and lists, which are values, not in shape, so they are
    /// filled in from one stencil; a listing on one page is rendered in full, as making its
    /// stencil would cost more than it saves.
    func listingPage(_ path: String, _ view: some Encodable, template: String, pageCount: Int) -> OutputFile {
        OutputFile(path: path, contents: .text(pageCount > 1 ? templates.renderByShape(view, template) : templates.render(view, template)))
    }
}

/// Gathers files emitted from several threads.
private final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [OutputFile] = []

    func add(_ file: OutputFile) {
        lock.withLock { collected.append(file) }
    }

    var files: [OutputFile] { lock.withLock { collected } }
}
