import ReviewSiteCore

extension SiteRenderer {
    func plainPage(_ source: Page) -> OutputFile {
        let path = SitePaths.page(source.slug)
        var renderer = MarkdownHTMLRenderer(
            document: source.body.document, anchors: source.body.anchors, abbreviations: abbreviations,
            footnotePrefix: "", footnoteOrder: source.body.footnoteOrder, passageMarkers: [:]
        )
        let body = renderer.renderBody()
        let footnotes = renderer.footnotes().map { FootnoteView(number: $0.number, id: $0.id, backURL: "#" + $0.backID, html: $0.html) }
        let view = PlainPageView(
            layout: layout(for: path, title: source.title, description: source.summary, section: source.slug),
            title: source.title, summary: OptionalText(source.summary), body: body, footnoteList: footnoteList(footnotes)
        )
        return page(path, view, template: "page")
    }

    /// Served for any missing path, so its links start from the site's base path, not a relative root.
    func notFoundPage() -> OutputFile {
        let view = NotFoundView(layout: layout(rootedAt: Self.path(of: graph.config.baseURL), title: "Page not found"))
        return page(SitePaths.notFound, view, template: "404")
    }

    /// The layout of a page that may be served at any path, its links starting from `basePath`.
    func layout(rootedAt basePath: String, title: String) -> LayoutView {
        var layout = layout(for: SitePaths.notFound, title: title)
        layout.root = basePath
        layout.feedURL = OptionalText(basePath + SitePaths.feed)
        layout.nav = layout.nav.map { LayoutView.NavLink(title: $0.title, url: basePath + $0.url, isCurrent: false) }
        return layout
    }

    /// `/reviews/` from `https://example.org/reviews/`; `/` without a base URL.
    static func path(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "/" }
        let rest = url[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    func feed() -> OutputFile {
        let base = graph.config.baseURL
        let dated = graph.reviews.filter { $0.metadata.published != nil }
        let updated = dated.compactMap(\.metadata.published).max()?.timestamp ?? "1970-01-01T00:00:00Z"
        let view = FeedView(
            title: graph.config.title, url: SitePaths.address(SitePaths.home, baseURL: base), feedURL: SitePaths.address(SitePaths.feed, baseURL: base), updated: updated,
            author: graph.config.board.isEmpty ? graph.config.title : graph.config.board,
            entries: dated.prefix(50).map { review in
                FeedView.Entry(
                    title: review.metadata.title, url: SitePaths.address(SitePaths.review(review.slug), baseURL: base),
                    updated: review.metadata.published!.timestamp,
                    summary: review.metadata.summary ?? "\(review.metadata.kind), \(review.metadata.board)", board: review.metadata.board
                )
            }
        )
        return page(SitePaths.feed, view, template: "feed")
    }

    func sitemap() -> OutputFile {
        let entry = { (path: String, lastModified: String?) in
            SitemapView.Entry(url: SitePaths.address(path, baseURL: self.graph.config.baseURL), lastModified: OptionalText(lastModified))
        }
        let passageIndexes = PassageKind.allCases.flatMap(graph.passageIndexPageIDs).flatMap(graph.paths(of:))
        let listings = [SitePaths.home, SitePaths.reviews, SitePaths.themes] + passageIndexes + [SitePaths.glossary]
        let themePages = graph.themes.flatMap(graph.themePageIDs).flatMap(graph.paths(of:))
        let entries = listings.map { entry($0, nil) }
            + graph.reviews.map { entry(SitePaths.review($0.slug), $0.metadata.published?.description) }
            + themePages.map { entry($0, nil) }
            + graph.pages.map { entry(SitePaths.page($0.slug), nil) }
        return page(SitePaths.sitemap, SitemapView(entries: entries), template: "sitemap")
    }
}
