/// Context of `home.mustache`.
public struct HomeView: Sendable, Encodable {
    public var layout: LayoutView
    public var newestReviews: [HTMLView]
    public var coreThemes: [ThemeCardView]
    public var otherThemes: [LinkView]
    public var hasOtherThemes: Bool
    public var reviewCount: Int
    public var passageCount: Int
    public var themeCount: Int
}

/// Context of `reviews.mustache`.
public struct ReviewIndexView: Sendable, Encodable {
    public var layout: LayoutView
    public var reviews: [HTMLView]
    public var count: Int
}

/// Context of `review.mustache`. Its lists come rendered, each through its partial, so that
/// reviews differing only in how long their lists are share one stencil of the page.
public struct ReviewView: Sendable, Encodable {
    public var layout: LayoutView
    public var title: String
    public var kind: String
    public var summary: OptionalText
    /// The facts and passage counts as `partials/review-facts` renders them.
    public var factList: String
    /// Each top-level heading as `partials/contents-entry` renders it.
    public var contents: String
    public var hasToc: Bool
    public var body: String
    /// The footnotes as `partials/footnotes` renders them; empty when there are none.
    public var footnoteList: String
    /// The review's themes as `partials/theme-links` renders them.
    public var themeLinks: String
    public var hasThemes: Bool
    /// Each related review as `partials/review-card` renders it.
    public var relatedCards: String
    public var hasRelatedReviews: Bool
    public var isDraft: Bool
}

/// Context of `partials/review-facts`: what a review is and how many passages of each kind it has.
public struct ReviewFactsView: Sendable, Encodable {
    public var facts: [FactView]
    public var passageCounts: [FactView]
}

/// Context of `themes.mustache`.
public struct ThemeIndexView: Sendable, Encodable {
    public var layout: LayoutView
    public var coreThemes: [ThemeCardView]
    public var otherThemes: [ThemeCardView]
}

/// Context of `theme.mustache`.
public struct ThemeView: Sendable, Encodable {
    public var layout: LayoutView
    public var title: String
    public var summary: String
    public var coverage: String
    public var learning: [HTMLView]
    public var hasLearning: Bool
    public var recommendations: [HTMLView]
    public var hasRecommendations: Bool
    public var goodPractice: [HTMLView]
    public var hasGoodPractice: Bool
    public var questions: [String]
    public var hasQuestions: Bool
    public var relatedThemes: [LinkView]
    public var hasRelatedThemes: Bool
    public var reviews: [HTMLView]
    public var hasReviews: Bool
    public var downloads: DownloadLinksView
    /// `partials/pagination` rendered, empty when the listing fits one page.
    public var pagination: String
}

/// Links between the pages of a long listing (a theme, a passage index).
public struct PaginationView: Sendable, Encodable {
    /// Names the navigation for screen readers: "Pages of this theme".
    public var label: String
    public var current: Int
    public var total: Int
    public var previousURL: OptionalText
    public var nextURL: OptionalText
    /// Each page's link rendered through `partials/page-link`.
    public var pageLinks: String
}

/// One numbered page link.
public struct PageLinkView: Sendable, Encodable {
    public var number: Int
    public var url: String
    public var isCurrent: Bool
}

/// Context of `passages.mustache`: one page of the passages of one kind; `count`,
/// `reviewCount` and the downloads are of the whole site.
public struct PassageIndexView: Sendable, Encodable {
    public var layout: LayoutView
    public var title: String
    public var introduction: String
    public var groups: [HTMLView]
    public var count: Int
    public var reviewCount: Int
    public var downloads: DownloadLinksView
    /// `partials/pagination` rendered, empty when the listing fits one page.
    public var pagination: String
}

/// Context of `glossary.mustache`.
public struct GlossaryView: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var term: String
        public var expansion: String
        public var id: String
    }

    public var layout: LayoutView
    public var entries: [Entry]
}

/// Context of `page.mustache`.
public struct PlainPageView: Sendable, Encodable {
    public var layout: LayoutView
    public var title: String
    public var summary: OptionalText
    public var body: String
    /// The footnotes as `partials/footnotes` renders them; empty when there are none.
    public var footnoteList: String
}

/// Context of `404.mustache`.
public struct NotFoundView: Sendable, Encodable {
    public var layout: LayoutView
}

/// Context of `feed.mustache` (Atom).
public struct FeedView: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var title: String
        public var url: String
        public var updated: String
        public var summary: String
        public var board: String
    }

    public var title: String
    public var url: String
    public var feedURL: String
    public var updated: String
    public var author: String
    public var entries: [Entry]
}

/// Context of `sitemap.mustache`.
public struct SitemapView: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var url: String
        public var lastModified: OptionalText
    }

    public var entries: [Entry]
}

/// Context of `search.mustache`: the form with its filter options; results come from the script.
public struct SearchView: Sendable, Encodable {
    public struct Filter: Sendable, Encodable {
        public var name: String
        public var label: String
        public var anyLabel: String
        public var options: [FacetOption]
    }

    public var layout: LayoutView
    public var filters: [Filter]
    public var documentCount: Int
    public var reviewCount: Int
}
