import ReviewSiteCore

/// Names one rendered output (a page, or all pages of a theme), so a caller can render just
/// the outputs a change affects; a full build renders all of them.
public enum PageID: Hashable, Sendable {
    case review(String)
    /// One page of a theme: its first page, or a further page of a long theme.
    case theme(String, page: Int)
    case page(String)
    case passageIndex(PassageKind)
    /// The search page and its index.
    case search
    case home, reviewIndex, themeIndex, glossary, notFound, feed, sitemap

    /// The template that renders it.
    public var template: String {
        switch self {
        case .review: "review"
        case .theme: "theme"
        case .page: "page"
        case .passageIndex: "passages"
        case .search: "search"
        case .home: "home"
        case .reviewIndex: "reviews"
        case .themeIndex: "themes"
        case .glossary: "glossary"
        case .notFound: "404"
        case .feed: "feed"
        case .sitemap: "sitemap"
        }
    }
}

extension SiteGraph {
    /// Every output of the site, in a stable order.
    public var pageIDs: [PageID] {
        reviews.map { .review($0.slug) } + themes.flatMap(themePageIDs) + pages.map { .page($0.slug) }
            + PassageKind.allCases.map { .passageIndex($0) }
            + [.search, .home, .reviewIndex, .themeIndex, .glossary, .notFound, .feed, .sitemap]
    }

    /// The pages and downloads an output is written to, known without rendering it (the
    /// search index's shards depend on the content and are left out).
    public func paths(of id: PageID) -> [String] {
        switch id {
        case .review(let slug): [SitePaths.review(slug)]
        case .theme(let slug, let page): [SitePaths.theme(slug, page: page)] + (page == 1 ? SitePaths.themeDownloads(slug) : [])
        case .page(let slug): [SitePaths.page(slug)]
        case .passageIndex(let kind): [SitePaths.passageIndex(kind)] + SitePaths.passageDownloads(kind)
        case .search: [SitePaths.search]
        case .home: [SitePaths.home]
        case .reviewIndex: [SitePaths.reviews]
        case .themeIndex: [SitePaths.themes]
        case .glossary: [SitePaths.glossary]
        case .notFound: [SitePaths.notFound]
        case .feed: [SitePaths.feed]
        case .sitemap: [SitePaths.sitemap]
        }
    }

    /// Every page of a theme.
    public func themePageIDs(_ links: ThemeLinks) -> [PageID] {
        (1...themePageCount(links.reviews.count)).map { .theme(links.theme.slug, page: $0) }
    }

    /// The page of a theme that lists the review at `position` in `ThemeLinks.reviews`.
    public func themePage(listing position: Int) -> Int { position / config.reviewsPerThemePage + 1 }

    /// A theme lists `reviewsPerThemePage` reviews per page, on one page at least.
    func themePageCount(_ reviewCount: Int) -> Int {
        max(1, (reviewCount + config.reviewsPerThemePage - 1) / config.reviewsPerThemePage)
    }
}
