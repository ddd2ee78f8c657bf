/// Everything the site knows about one theme after linking: its passages across reviews,
/// the reviews they come from, and the themes it co-occurs with.
public struct ThemeLinks: Sendable {
    public var theme: Theme
    /// In review order (newest first), then document order.
    public var passages: [PassageRef]
    /// Reviews with a passage on this theme or naming it in front matter, newest first.
    public var reviews: [Int]
    /// Registry `related` first, then by co-occurrence on passages.
    public var relatedThemes: [String]
    public var firstYear: Int?
    public var lastYear: Int?
    /// How many of `reviews` state when they were published.
    public var datedReviewCount: Int

    public init(
        theme: Theme, passages: [PassageRef] = [], reviews: [Int] = [], relatedThemes: [String] = [], firstYear: Int? = nil, lastYear: Int? = nil,
        datedReviewCount: Int = 0
    ) {
        self.theme = theme
        self.passages = passages
        self.reviews = reviews
        self.relatedThemes = relatedThemes
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.datedReviewCount = datedReviewCount
    }
}
