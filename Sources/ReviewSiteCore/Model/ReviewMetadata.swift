/// What a review's front matter states about it.
public struct ReviewMetadata: Sendable {
    public var title: String
    public var kind: String
    public var board: String
    /// Only when the source states it; never invented.
    public var published: ReviewDate?
    public var reviewer: String?
    public var summary: String?
    public var childAge: String?
    public var childOutcome: String?
    /// Review-level themes, besides those of its passages.
    public var themes: [ThemeMention]
    public var draft: Bool

    public init(
        title: String, kind: String, board: String, published: ReviewDate? = nil, reviewer: String? = nil,
        summary: String? = nil, childAge: String? = nil, childOutcome: String? = nil,
        themes: [ThemeMention] = [], draft: Bool = false
    ) {
        self.title = title
        self.kind = kind
        self.board = board
        self.published = published
        self.reviewer = reviewer
        self.summary = summary
        self.childAge = childAge
        self.childOutcome = childOutcome
        self.themes = themes
        self.draft = draft
    }
}
