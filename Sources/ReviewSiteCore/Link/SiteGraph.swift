/// The linked site: what gets published, with links in both directions between reviews,
/// their passages and themes. Rendering reads only this.
public struct SiteGraph: Sendable {
    public var config: SiteConfig
    public var registry: ThemeRegistry
    public var glossary: Glossary
    /// Published reviews (and drafts in preview), newest first, undated last.
    public var reviews: [Review]
    public var pages: [Page]
    /// One per registry theme, in registry order.
    public var themes: [ThemeLinks]
    /// Per review: its themes, most-tagged first.
    public var reviewThemes: [[String]]
    /// Per review: reviews sharing the most themes with it.
    public var relatedReviews: [[Int]]

    public func themeLinks(_ slug: String) -> ThemeLinks? {
        registry.index(of: slug).map { themes[$0] }
    }

    public func passage(_ ref: PassageRef) -> Passage { reviews[ref.review].passages[ref.passage] }

    /// A passage's kind, read in place: listing pages ask it of every passage they might show.
    public func kind(of ref: PassageRef) -> PassageKind { reviews[ref.review].passages[ref.passage].kind }

    /// Every passage of a kind, in review order.
    public func passages(of kind: PassageKind) -> [PassageRef] {
        passages(of: kind, in: reviews.indices)
    }

    /// The passages of a kind in the given reviews, in their order.
    public func passages(of kind: PassageKind, in chosen: some Sequence<Int>) -> [PassageRef] {
        chosen.flatMap { review in
            reviews[review].passages.indices.compactMap { reviews[review].passages[$0].kind == kind ? PassageRef(review: review, passage: $0) : nil }
        }
    }

    /// How many passages of a kind the site has.
    public func passageCount(of kind: PassageKind) -> Int {
        reviews.indices.reduce(0) { count, review in count + reviews[review].passages.count { $0.kind == kind } }
    }

    /// The reviews with a passage of a kind, in review order.
    public func reviews(with kind: PassageKind) -> [Int] {
        reviews.indices.filter { reviews[$0].passages.contains { $0.kind == kind } }
    }
}
