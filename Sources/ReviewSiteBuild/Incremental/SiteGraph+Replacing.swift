import ReviewSiteCore

extension SiteGraph {
    /// The graph with `edited` reviews swapped in place, when nothing the link stage reads has
    /// changed (dates, draft flags, passage kinds and themes, review themes); nil when the
    /// site must be linked again. Saves a full link on most saves, which edit text only.
    func replacing(_ edited: [Review]) -> SiteGraph? {
        var graph = self
        for review in edited {
            guard let index = reviews.firstIndex(where: { $0.slug == review.slug }),
                  Self.linkSignature(reviews[index]) == Self.linkSignature(review) else { return nil }
            graph.reviews[index] = review
        }
        return graph
    }

    private struct LinkSignature: Equatable {
        var published: ReviewDate?
        var draft: Bool
        var themes: [String]
        var passages: [[String]]
        var kinds: [PassageKind]
    }

    private static func linkSignature(_ review: Review) -> LinkSignature {
        LinkSignature(
            published: review.metadata.published, draft: review.metadata.draft, themes: review.metadata.themes.map(\.slug),
            passages: review.passages.map(\.themeSlugs), kinds: review.passages.map(\.kind)
        )
    }
}
