/// A link with its text, as templates list themes and reviews.
public struct LinkView: Sendable, Encodable {
    public var title: String
    public var url: String
}

/// A label and a value, e.g. "Board" → "Walsall ...".
public struct FactView: Sendable, Encodable {
    public var label: String
    public var value: String
}

/// A heading in a table of contents, nested by level.
public struct TocEntryView: Sendable, Encodable {
    public var title: String
    public var url: String
    /// Stored, not computed: templates only see stored properties.
    public var children: [TocEntryView] {
        didSet { hasChildren = !children.isEmpty }
    }
    public private(set) var hasChildren = false

    public init(title: String, url: String, children: [TocEntryView]) {
        self.title = title
        self.url = url
        self.children = children
        self.hasChildren = !children.isEmpty
    }
}

/// A footnote with its back-link.
public struct FootnoteView: Sendable, Equatable, Encodable {
    public var number: Int
    public var id: String
    public var backURL: String
    public var html: String
}

/// Context of `partials/footnotes`: a page's footnotes, each as `partials/footnote` renders it.
public struct FootnotesView: Sendable, Encodable {
    public var items: String
    public var hasFootnotes: Bool
}

/// A review in a listing: title, facts, link; as `partials/review-card` renders it.
public struct ReviewCardView: Sendable, Encodable {
    public var title: String
    public var url: String
    public var board: String
    public var kind: String
    public var published: OptionalText
    public var publishedISO: OptionalText
    public var summary: OptionalText
    public var passageCount: Int
    public var isDraft: Bool
}

/// A theme in a listing.
public struct ThemeCardView: Sendable, Encodable {
    public var title: String
    public var url: String
    public var summary: String
    public var passageCount: Int
    public var reviewCount: Int
    public var coverage: String
}

/// A passage as shown inside its own review.
public struct PassageBlockView: Sendable, Encodable {
    public var kindLabel: String
    public var kindSlug: String
    public var anchor: String
    public var paragraphNumber: OptionalText
    public var themes: [LinkView]
    public var hasThemes: Bool
    public var isUnconfirmed: Bool
    public var body: String
}

/// A passage's quoted text, label and footnotes, the same wherever it is quoted, so it is
/// rendered once per passage and not once per listing page.
public struct ExcerptQuoteView: Sendable, Encodable {
    public var kindLabel: String
    public var paragraphNumber: OptionalText
    public var body: String
    public var footnotes: [FootnoteView]
    public var hasFootnotes: Bool
}

/// A passage quoted away from its review, as `partials/excerpt` renders it once for the theme
/// pages and the learning and recommendation indexes.
public struct PassageExcerptView: Sendable, Encodable {
    public var kindLabel: String
    public var kindSlug: String
    /// Id on the listing page, unique across reviews.
    public var id: String
    /// Link to its exact place in its review, relative to the page quoting it.
    public var url: String
    /// The same place as printed on a handout: absolute when the site has a base URL.
    public var printURL: String
    public var paragraphNumber: OptionalText
    public var reviewTitle: String
    /// The passage as `partials/excerpt-quote` renders it.
    public var quote: String
    /// Its other themes as `partials/also-on` renders them; empty when it has none.
    public var alsoOn: String
}

/// The theme links `partials/also-on` shows, and `partials/theme-links` on a review's page.
public struct ThemeLinksView: Sendable, Encodable {
    public var themes: [LinkView]
}

/// A piece of a page rendered from its own partial and placed with `{{{html}}}`: a review's
/// card, a group of passages, an excerpt.
public struct HTMLView: Sendable, Encodable {
    public var html: String
}

/// A review's passages on a listing page, under the review's heading, as
/// `partials/passage-group` renders them.
public struct PassageGroupView: Sendable, Encodable {
    public var review: ReviewCardView
    /// The excerpts, rendered.
    public var passages: String
}

/// Links to a page's passages as CSV and JSON.
public struct DownloadLinksView: Sendable, Encodable {
    public var csvURL: String
    public var jsonURL: String
    public var count: Int
}
