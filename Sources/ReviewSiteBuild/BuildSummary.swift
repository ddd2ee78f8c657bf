/// What a build produced, for the one-line summary and for tests.
public struct BuildSummary: Sendable {
    public var pages: Int
    public var files: Int
    public var reviews: Int
    public var passages: Int
    public var themes: Int
    public var milliseconds: Int

    /// "Built 57 pages (4 reviews, 120 passages, 16 themes) in 412 ms"
    public var line: String {
        "Built \(pages) pages (\(reviews) \(reviews == 1 ? "review" : "reviews"), \(passages) passages, \(themes) themes) in \(milliseconds) ms"
    }
}
