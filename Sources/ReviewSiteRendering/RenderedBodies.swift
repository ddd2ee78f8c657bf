import Markdown
import ReviewSiteCore

/// A review's own page body: its Markdown, passages marked, and its footnotes.
struct ReviewPageBody: Sendable {
    let html: String
    let footnotes: [FootnoteView]

    static let empty = ReviewPageBody(html: "", footnotes: [])
}

/// A review's Markdown rendered once: its full body for its own page, each passage's excerpt,
/// its card and its group of passages for theme pages and indexes (where footnote ids carry
/// the review's slug), and its entries in the search index.
///
/// A class: `serve` keeps a thousand of these from one rebuild to the next, and copying one is
/// then a single retain instead of one per field.
final class RenderedReview: Sendable {
    let page: ReviewPageBody
    /// Each passage as `partials/excerpt` renders it for listing pages.
    let excerpts: [ReusableHTML]
    /// `partials/review-card` and `partials/passage-group` for this review, for listing pages.
    let card: ReusableHTML
    let group: ReusableHTML
    /// Each passage as the downloads list it.
    let downloadRows: [PassageDownload.Row]
    let search: [SearchEntry]

    init(page: ReviewPageBody, excerpts: [ReusableHTML], card: ReusableHTML, group: ReusableHTML, downloadRows: [PassageDownload.Row], search: [SearchEntry]) {
        self.page = page
        self.excerpts = excerpts
        self.card = card
        self.group = group
        self.downloadRows = downloadRows
        self.search = search
    }
}

/// Every review's Markdown rendered once, by position in the graph and by slug, so that
/// `serve` can keep the bodies of unchanged reviews from one rebuild to the next.
public struct RenderedBodies: Sendable {
    let byIndex: [RenderedReview]
    let bySlug: [String: RenderedReview]
    private let slugs: [String]
    private let searchIndexSlot: SearchIndexSlot
    /// Kept from one `serve` rebuild to the next; nil in a build, which writes the shards once.
    let searchShardCache: SearchShardCache?

    /// Bodies whose search index was built as the reviews were rendered.
    init(_ bodies: [RenderedReview], slugs: [String], searchIndex: SearchIndex) {
        self.init(bodies, slugs: slugs, slot: SearchIndexSlot(searchIndex), cache: nil)
    }

    /// Bodies whose search index is made when first asked for: `previous`'s patched with the
    /// reviews whose entries differ, when every review kept its place and its number of
    /// documents and `previous` has made its index; otherwise built from every review's entries.
    init(_ bodies: [RenderedReview], slugs: [String], previous: RenderedBodies? = nil) {
        var slot: SearchIndexSlot?
        if let previous, previous.slugs == slugs,
           zip(previous.byIndex, bodies).allSatisfy({ $0.search.count == $1.search.count }) {
            var first = 0
            var patches: [SearchIndexSlot.Patch] = []
            for (before, after) in zip(previous.byIndex, bodies) {
                if before.search != after.search { patches.append(.init(first: first, old: before.search, new: after.search)) }
                first += after.search.count
            }
            slot = SearchIndexSlot(patching: previous.searchIndexSlot, with: patches)
        }
        self.init(bodies, slugs: slugs, slot: slot ?? SearchIndexSlot(entries: bodies.flatMap(\.search)), cache: previous?.searchShardCache ?? SearchShardCache())
    }

    private init(_ bodies: [RenderedReview], slugs: [String], slot: SearchIndexSlot, cache: SearchShardCache?) {
        self.byIndex = bodies
        self.bySlug = Dictionary(uniqueKeysWithValues: zip(slugs, bodies))
        self.slugs = slugs
        self.searchIndexSlot = slot
        self.searchShardCache = cache
    }

    /// The search index over every review.
    var searchIndex: SearchIndex { searchIndexSlot.index }

    subscript(review: Int) -> RenderedReview { byIndex[review] }

    /// The positions of a review's passages whose excerpts, as theme pages and indexes show
    /// them, read differently in `other`; nil when either lacks the review or they differ in
    /// its number of passages.
    public func changedExcerpts(of slug: String, since other: RenderedBodies) -> Set<Int>? {
        guard let excerpts = bySlug[slug]?.excerpts, let previous = other.bySlug[slug]?.excerpts, excerpts.count == previous.count else { return nil }
        return Set(excerpts.indices.filter { excerpts[$0] != previous[$0] })
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
