/// The result of converting one source document: the Markdown review an author
/// will finish, plus the figures the CLI reports back to them.
public struct ImportedReview: Sendable {
    /// URL slug derived from the title; the caller may use its own instead.
    public let slug: String
    /// The review in the authoring contract, ending with a single newline.
    public let markdown: String
    /// How many tagged passages (learning, recommendation, good practice) were found.
    public let passageCount: Int
    /// Front matter fields the source did not state, left for the author.
    public let unknownFields: [String]

    public init(slug: String, markdown: String, passageCount: Int, unknownFields: [String]) {
        self.slug = slug
        self.markdown = markdown
        self.passageCount = passageCount
        self.unknownFields = unknownFields
    }
}
