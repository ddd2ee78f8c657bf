/// A plain page from `Content/pages`: about, accessibility statement, guidance.
public struct Page: Sendable {
    public var slug: String
    public var file: String
    public var title: String
    public var summary: String?
    public var body: MarkdownBody

    public init(slug: String, file: String, title: String, summary: String?, body: MarkdownBody) {
        self.slug = slug
        self.file = file
        self.title = title
        self.summary = summary
        self.body = body
    }
}
