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
        if changes.global || changes.templates.contains("layout") || changes.changesPartials
            || Set(old.graph.pages.map(\.slug)) != Set(new.graph.pages.map(\.slug)) {
            return all
        }
        var affected = Set(all.filter { $0.template.map(changes.templates.contains) ?? false })
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
        // Reviews that theme pages, passage indexes and downloads show differently.
        let shown = cardChanged.union(changed.filter { slug in
            guard let before = oldReviews[slug], let after = newReviews[slug] else { return true }
            return !Self.samePassages(before, after) || !new.bodies.sameExcerpts(of: slug, as: old.bodies)
        })

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
            let pages = listed ? new.graph.themePageIDs(after) : shownPages(of: after.reviews, shown: shown) { .theme(after.theme.slug, page: $0) }
            affected.formUnion(pages)
            if listed || !pages.isEmpty { affected.insert(.themeDownloads(after.theme.slug)) }
            if old.graph.themePageIDs(before) != new.graph.themePageIDs(after) { affected.insert(.sitemap) }
        }
        for kind in PassageKind.allCases {
            let (before, after) = (old.graph.reviews(with: kind), new.graph.reviews(with: kind))
            let listed = !sameOrder || before != after || old.graph.passages(of: kind).count != new.graph.passages(of: kind).count
            let pages = listed ? new.graph.passageIndexPageIDs(kind) : shownPages(of: after, shown: shown) { .passageIndex(kind, page: $0) }
            affected.formUnion(pages)
            if listed || !pages.isEmpty { affected.insert(.passageDownloads(kind)) }
            if old.graph.passageIndexPageIDs(kind) != new.graph.passageIndexPageIDs(kind) { affected.insert(.sitemap) }
        }
        if !sameOrder || !cardChanged.isEmpty {
            affected.formUnion([.home, .reviewIndex, .feed, .sitemap])
        }
        if countsChanged { affected.formUnion([.home, .themeIndex]) }
        return affected
    }

    /// The pages of a listing of `reviews` (positions in the new graph) that show a review in `shown`.
    private func shownPages(of reviews: [Int], shown: Set<String>, page: (Int) -> PageID) -> [PageID] {
        reviews.enumerated().filter { shown.contains(new.graph.reviews[$0.element].slug) }.map { page(new.graph.listingPage(of: $0.offset)) }
    }

    /// What theme pages, passage indexes and downloads show of a review's passages besides their text.
    static func samePassages(_ a: Review, _ b: Review) -> Bool {
        a.passages.map { [$0.kind.rawValue, $0.anchor, $0.paragraphNumber ?? ""] + $0.themeSlugs }
            == b.passages.map { [$0.kind.rawValue, $0.anchor, $0.paragraphNumber ?? ""] + $0.themeSlugs }
    }

    /// What a review card, the feed and the sitemap show of a review.
    static func sameCard(_ a: Review, _ b: Review) -> Bool {
        let (x, y) = (a.metadata, b.metadata)
        return (x.title, x.kind, x.board, x.published, x.summary) == (y.title, y.kind, y.board, y.published, y.summary)
            && (x.draft, a.passages.count) == (y.draft, b.passages.count)
    }
}
