/// A heading of a review, for its table of contents.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var anchor: String
    public var node: Int

    public init(level: Int, text: String, anchor: String, node: Int) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.node = node
    }
}
