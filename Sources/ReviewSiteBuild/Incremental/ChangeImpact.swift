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

    /// What listing pages show differently of a changed review: everything, or the excerpts
    /// of some of its passages (by position in the review).
    private enum Shown {
        case everything
        case passages(Set<Int>)
    }

    /// A changed review always changes the search index, which holds its words.
    private func reviewOutputs(_ changed: Set<String>) -> Set<PageID> {
        var affected = Set(changed.map(PageID.review)).union([.search])
        let sameOrder = old.graph.reviews.map(\.slug) == new.graph.reviews.map(\.slug)
        // Positions in the new graph of changed reviews whose cards change, and what listings show differently of each.
        var cardChanged: Set<Int> = []
        var shown: [Int: Shown] = [:]
        for slug in changed {
            guard let index = new.graph.reviews.firstIndex(where: { $0.slug == slug }) else { continue }
            let after = new.graph.reviews[index]
            guard let before = old.graph.reviews.first(where: { $0.slug == slug }), Self.sameCard(before, after) else {
                cardChanged.insert(index)
                shown[index] = .everything
                continue
            }
            if Self.samePassages(before, after), let excerpts = new.bodies.changedExcerpts(of: slug, since: old.bodies) {
                if !excerpts.isEmpty { shown[index] = .passages(excerpts) }
            } else {
                shown[index] = .everything
            }
        }

        for (index, related) in new.graph.relatedReviews.enumerated() {
            if !sameOrder || related != old.graph.relatedReviews[index] || related.contains(where: cardChanged.contains) {
                affected.insert(.review(new.graph.reviews[index].slug))
            }
        }
        var countsChanged = false
        for (before, after) in zip(old.graph.themes, new.graph.themes) {
            let counts = (before.passages.count, before.reviews.count, before.firstYear, before.lastYear, before.datedReviewCount)
                != (after.passages.count, after.reviews.count, after.firstYear, after.lastYear, after.datedReviewCount)
            countsChanged = countsChanged || counts
            let listed = !sameOrder || counts || before.reviews != after.reviews || before.passages != after.passages || before.relatedThemes != after.relatedThemes
            let showing = showing(shown) { $0.themeSlugs.contains(after.theme.slug) }
            let pages = listed ? new.graph.themePageIDs(after) : shownPages(of: after.reviews, showing: showing) { .theme(after.theme.slug, page: $0) }
            affected.formUnion(pages)
            if listed || !pages.isEmpty { affected.insert(.themeDownloads(after.theme.slug)) }
            if old.graph.themePageIDs(before) != new.graph.themePageIDs(after) { affected.insert(.sitemap) }
        }
        let (oldKinds, newKinds) = (KindListing.all(in: old.graph), KindListing.all(in: new.graph))
        for kind in PassageKind.allCases {
            let (before, after) = (oldKinds[kind]!, newKinds[kind]!)
            let listed = !sameOrder || before != after
            let showing = showing(shown) { $0.kind == kind }
            let pages = listed ? new.graph.passageIndexPageIDs(kind) : shownPages(of: after.reviews, showing: showing) { .passageIndex(kind, page: $0) }
            affected.formUnion(pages)
            if listed || !pages.isEmpty { affected.insert(.passageDownloads(kind)) }
            if before.reviews.count != after.reviews.count, old.graph.passageIndexPageIDs(kind) != new.graph.passageIndexPageIDs(kind) {
                affected.insert(.sitemap)
            }
        }
        if !sameOrder || !cardChanged.isEmpty {
            affected.formUnion([.home, .reviewIndex, .feed, .sitemap])
        }
        if countsChanged { affected.formUnion([.home, .themeIndex]) }
        return affected
    }

    /// The changed reviews a listing shows differently, when it quotes the passages `quotes`
    /// accepts: those shown differently throughout, and those with a changed passage it quotes.
    private func showing(_ shown: [Int: Shown], quotes: (Passage) -> Bool) -> Set<Int> {
        Set(shown.filter { index, shown in
            switch shown {
            case .everything: true
            case .passages(let changed): changed.contains { quotes(new.graph.reviews[index].passages[$0]) }
            }
        }.keys)
    }

    /// The pages of a listing of `reviews` (positions in the new graph) that show a review in `showing`.
    private func shownPages(of reviews: [Int], showing: Set<Int>, page: (Int) -> PageID) -> [PageID] {
        reviews.enumerated().filter { showing.contains($0.element) }.map { page(new.graph.listingPage(of: $0.offset)) }
    }

    /// What the index of a kind's passages lists: the reviews with one, in review order, and how many there are.
    private struct KindListing: Equatable {
        var reviews: [Int] = []
        var passages = 0

        /// Every kind's listing, read in one pass over the reviews.
        static func all(in graph: SiteGraph) -> [PassageKind: KindListing] {
            var listings = [KindListing](repeating: KindListing(), count: PassageKind.allCases.count)
            for index in graph.reviews.indices {
                for passage in graph.reviews[index].passages {
                    let kind = PassageKind.allCases.firstIndex(of: passage.kind)!
                    if listings[kind].reviews.last != index { listings[kind].reviews.append(index) }
                    listings[kind].passages += 1
                }
            }
            return Dictionary(uniqueKeysWithValues: zip(PassageKind.allCases, listings))
        }
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
