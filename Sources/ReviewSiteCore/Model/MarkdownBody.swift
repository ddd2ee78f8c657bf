import Markdown

/// A parsed Markdown body with the anchors the parse stage gave its nodes.
public struct MarkdownBody: Sendable {
    public var document: MarkdownDocument
    /// Lines of front matter above the body, added to cmark's line numbers in diagnostics.
    public var lineOffset: Int
    /// Ids of headings, numbered paragraphs and passages, by node index.
    public var anchors: [Int: String]
    public var headings: [Heading]
    /// Footnote labels in order of first reference; the position is the number a reader sees.
    public var footnoteOrder: [String]
    /// Where the document was parked once released; nil while it is kept.
    public private(set) var spilled: SpilledDocument?

    public var isDocumentReleased: Bool { spilled != nil }

    /// Ids the page templates use themselves, which a body may not take.
    public static let layoutAnchors: Set<String> = ["main-content", "contents", "facts", "footnotes", "related", "themes", "top", "content-warning"]

    public init(document: MarkdownDocument, lineOffset: Int, anchors: [Int: String] = [:], headings: [Heading] = [], footnoteOrder: [String] = []) {
        self.document = document
        self.lineOffset = lineOffset
        self.anchors = anchors
        self.headings = headings
        self.footnoteOrder = footnoteOrder
    }

    /// Parks the parsed document in `file` and drops it from memory, keeping anchors, headings
    /// and footnote order: a large build holds every review's analysis at once but needs each
    /// document only while rendering it. Keeps the document if the file cannot take it.
    public mutating func releaseDocument(into file: SpillFile, displayPath: String) {
        guard let spilled = SpilledDocument(document, in: file, displayPath: displayPath) else { return }
        document = Self.emptyDocument
        self.spilled = spilled
    }

    /// The parsed document, read back if it was released.
    public func loadDocument() throws(DiagnosticError) -> MarkdownDocument {
        guard let spilled else { return document }
        return try spilled.load()
    }

    private static let emptyDocument = MarkdownParser.parse("")
}
