/// One published (or draft) review: its metadata, its body, and the passages found in it.
public struct Review: Sendable {
    public var slug: String
    /// Path of the source file as shown in diagnostics.
    public var file: String
    public var metadata: ReviewMetadata
    public var body: MarkdownBody
    public var passages: [Passage]

    public init(slug: String, file: String, metadata: ReviewMetadata, body: MarkdownBody, passages: [Passage]) {
        self.slug = slug
        self.file = file
        self.metadata = metadata
        self.body = body
        self.passages = passages
    }
}
