/// What the link stage publishes.
public struct LinkOptions: Sendable {
    /// Include drafts and future-dated reviews, as `serve` and `--drafts` do.
    public var includeDrafts: Bool
    /// Reviews published after this date are held back.
    public var today: ReviewDate

    public init(includeDrafts: Bool, today: ReviewDate) {
        self.includeDrafts = includeDrafts
        self.today = today
    }

    public func isPublished(_ review: Review) -> Bool {
        if includeDrafts { return true }
        if review.metadata.draft { return false }
        if let published = review.metadata.published, published > today { return false }
        return true
    }
}
