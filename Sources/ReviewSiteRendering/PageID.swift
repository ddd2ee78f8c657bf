import ReviewSiteCore

/// Names one rendered output (a page, or a pair of downloads), so a caller can render just the
/// outputs a change affects; a full build renders all of them.
public enum PageID: Hashable, Sendable {
    case review(String)
    /// One page of a theme: its first page, or a further page of a long theme.
    case theme(String, page: Int)
    /// The CSV and JSON of every passage on a theme, beside its first page.
    case themeDownloads(String)
    case page(String)
    /// One page of the index of a kind's passages: its first page, or a further page.
    case passageIndex(PassageKind, page: Int)
    /// The CSV and JSON of every passage of a kind, beside the first page of its index.
    case passageDownloads(PassageKind)
    /// The search page and its index.
    case search
    case home, reviewIndex, themeIndex, glossary, notFound, feed, sitemap

    /// The template that renders it; nil for downloads, which no template shapes.
    public var template: String? {
        switch self {
        case .review: "review"
        case .theme: "theme"
        case .themeDownloads, .passageDownloads: nil
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
        reviews.map { .review($0.slug) } + themes.flatMap { themePageIDs($0) + [.themeDownloads($0.theme.slug)] }
            + pages.map { .page($0.slug) } + PassageKind.allCases.flatMap { passageIndexPageIDs($0) + [.passageDownloads($0)] }
            + [.search, .home, .reviewIndex, .themeIndex, .glossary, .notFound, .feed, .sitemap]
    }

    /// The pages and downloads an output is written to, known without rendering it (the
    /// search index's shards depend on the content and are left out).
    public func paths(of id: PageID) -> [String] {
        switch id {
        case .review(let slug): [SitePaths.review(slug)]
        case .theme(let slug, let page): [SitePaths.theme(slug, page: page)]
        case .themeDownloads(let slug): SitePaths.themeDownloads(slug)
        case .page(let slug): [SitePaths.page(slug)]
        case .passageIndex(let kind, let page): [SitePaths.passageIndex(kind, page: page)]
        case .passageDownloads(let kind): SitePaths.passageDownloads(kind)
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
}
