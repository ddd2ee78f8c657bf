/// Points at one passage of one review in a `SiteGraph`.
public struct PassageRef: Hashable, Sendable {
    public var review: Int
    public var passage: Int

    public init(review: Int, passage: Int) {
        self.review = review
        self.passage = passage
    }
}
