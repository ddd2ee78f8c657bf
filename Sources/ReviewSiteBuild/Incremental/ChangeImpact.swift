import ReviewSiteCore
import ReviewSiteRendering

/// Decides which outputs a change affects, by comparing the site before and after it: an
/// edited review re-renders its own page, and the theme pages, indexes and other reviews'
/// pages only where what they show of it changed.
public struct ChangeImpact: Sendable {
    public struct Side: Sendable {
        public var graph: SiteGraph
        public var bodies: RenderedBodies

        public init(graph: SiteGraph, bodies: RenderedBodies) {
            self.graph = graph
            self.bodies = bodies
        }
    }

    public let old: Side
    public let new: Side

    public init(old: Side, new: Side) {
        self.old = old
        self.new = new
    }

    /// The outputs to render again, in the new site's order.
    public func outputs(for changes: ChangeSet) -> [PageID] {
        let all = new.graph.pageIDs
        if changes.global || changes.templates.contains("layout") || changes.templates.contains(where: { $0.hasPrefix("partials/") })
            || Set(old.graph.pages.map(\.slug)) != Set(new.graph.pages.map(\.slug)) {
            return all
        }
        var affected = Set(all.filter { changes.templates.contains($0.template) })
        affected.formUnion(changes.pages.map(PageID.page))
        if !changes.reviews.isEmpty { affected.formUnion(reviewOutputs(changes.reviews)) }
        return all.filter(affected.contains)
    }

    /// A changed review always changes the search index, which holds its words.
    private func reviewOutputs(_ changed: Set<String>) -> Set<PageID> {
        var affected = Set(changed.map(PageID.review)).union([.search])
        let oldReviews = Dictionary(uniqueKeysWithValues: old.graph.reviews.map { ($0.slug, $0) })
        let newReviews = Dictionary(uniqueKeysWithValues: new.graph.reviews.map { ($0.slug, $0) })
        let sameOrder = old.graph.reviews.map(\.slug) == new.graph.reviews.map(\.slug)
        let cardChanged = Set(changed.filter { slug in
            guard let before = oldReviews[slug], let after = newReviews[slug] else { return true }
            return !Self.sameCard(before, after)
        })
        let shown = cardChanged.union(changed.filter { !new.bodies.sameExcerpts(of: $0, as: old.bodies) })

        for (index, review) in new.graph.reviews.enumerated() {
            let related = new.graph.relatedReviews[index].map { new.graph.reviews[$0].slug }
            let before = sameOrder ? related == old.graph.relatedReviews[index].map { old.graph.reviews[$0].slug } : false
            if !before || !cardChanged.isDisjoint(with: related) { affected.insert(.review(review.slug)) }
        }
        var countsChanged = false
        for (before, after) in zip(old.graph.themes, new.graph.themes) {
            let counts = (before.passages.count, before.reviews.count, before.firstYear, before.lastYear) != (after.passages.count, after.reviews.count, after.firstYear, after.lastYear)
            countsChanged = countsChanged || counts
            let listed = !sameOrder || counts || before.reviews != after.reviews || before.passages != after.passages || before.relatedThemes != after.relatedThemes
            if listed {
                affected.formUnion(new.graph.themePageIDs(after))
            } else {
                for (position, review) in after.reviews.enumerated() where shown.contains(new.graph.reviews[review].slug) {
                    affected.insert(.theme(after.theme.slug, page: new.graph.themePage(listing: position)))
                }
            }
        }
        for kind in PassageKind.allCases {
            let hasKind = { (review: Review?) in review?.passages.contains { $0.kind == kind } ?? false }
            if !sameOrder || shown.contains(where: { hasKind(oldReviews[$0]) || hasKind(newReviews[$0]) }) {
                affected.insert(.passageIndex(kind))
            }
        }
        if !sameOrder || !cardChanged.isEmpty {
            affected.formUnion([.home, .reviewIndex, .feed, .sitemap])
        }
        if countsChanged { affected.formUnion([.home, .themeIndex]) }
        return affected
    }

    /// What a review card, the feed and the sitemap show of a review.
    static func sameCard(_ a: Review, _ b: Review) -> Bool {
        let (x, y) = (a.metadata, b.metadata)
        return (x.title, x.kind, x.board, x.published, x.summary) == (y.title, y.kind, y.board, y.published, y.summary)
            && (x.draft, a.passages.count) == (y.draft, b.passages.count)
    }
}
