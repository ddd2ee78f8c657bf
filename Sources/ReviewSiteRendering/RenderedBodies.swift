import Markdown
import ReviewSiteCore

/// A review's Markdown rendered once: its full body for its own page, each passage's excerpt,
/// its card and its group of passages for theme pages and indexes (where footnote ids carry
/// the review's slug), and its entries in the search index.
struct RenderedReview: Sendable {
    var body: String
    var footnotes: [FootnoteView]
    /// Each passage as `partials/excerpt` renders it for listing pages.
    var excerpts: [ReusableHTML]
    /// `partials/review-card` and `partials/passage-group` for this review, for listing pages.
    var card: ReusableHTML
    var group: ReusableHTML
    var search: [SearchEntry]
}

/// Every review's Markdown rendered once, by position in the graph and by slug, so that
/// `serve` can keep the bodies of unchanged reviews from one rebuild to the next.
public struct RenderedBodies: Sendable {
    let byIndex: [RenderedReview]
    let bySlug: [String: RenderedReview]
    /// Set when the index was built as the reviews were rendered.
    private let builtSearchIndex: SearchIndex?

    init(_ bodies: [RenderedReview], slugs: [String], searchIndex: SearchIndex? = nil) {
        self.byIndex = bodies
        self.bySlug = Dictionary(uniqueKeysWithValues: zip(slugs, bodies))
        self.builtSearchIndex = searchIndex
    }

    /// The search index over every review, built from their entries only when asked for, so
    /// that `serve` publishes an edited review's page before indexing the site again.
    var searchIndex: SearchIndex {
        builtSearchIndex ?? SearchIndex(byIndex.flatMap(\.search))
    }

    subscript(review: Int) -> RenderedReview { byIndex[review] }

    /// Whether a review's passages read the same in both, as theme pages and indexes show them.
    public func sameExcerpts(of slug: String, as other: RenderedBodies) -> Bool {
        bySlug[slug]?.excerpts == other.bySlug[slug]?.excerpts
    }
}

extension MarkdownBody {
    /// The ids its footnotes and their back-links take on its own page.
    public var footnoteAnchors: [String] {
        footnoteOrder.flatMap { ["fn-" + MarkdownHTMLRenderer.idSafe($0), "fnref-" + MarkdownHTMLRenderer.idSafe($0)] }
    }

    /// Passage markers by blockquote node, as the HTML renderer needs them.
    func passageMarkers(_ passages: [Passage]) -> [Int: (inlineCount: Int, wholeParagraph: Bool)] {
        Dictionary(uniqueKeysWithValues: passages.map { ($0.node, ($0.markerInlineCount, $0.markerIsWholeParagraph)) })
    }
}

extension MarkdownDocument {
    /// Footnote labels referenced inside a subtree, in order.
    func footnoteLabels(under node: Int) -> [String] {
        var labels: [String] = []
        func visit(_ index: Int) {
            if self[index].kind == .footnoteReference {
                let label = literal(index)
                if !labels.contains(label) { labels.append(label) }
            }
            for child in children(of: index) { visit(child) }
        }
        visit(node)
        return labels
    }
}
