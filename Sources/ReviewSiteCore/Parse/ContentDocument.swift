import Markdown
import Yams

/// A content file opened for parsing: its front matter as checked fields, and its Markdown
/// body parsed and analysed (anchors, headings, passages, footnotes). Reviews and pages both start here.
struct ContentDocument {
    /// Deeper bodies are refused before any recursive walk sees them.
    static let maximumNesting = 100

    var fields: YAMLFields
    var body: MarkdownBody
    var passages: [Passage]

    /// Nil when the front matter cannot be read at all; problems go to `log`. With a `spill`
    /// file, the parsed Markdown is parked there once analysed (see `MarkdownBody.releaseDocument`).
    static func open(_ source: SourceFile, registry: ThemeRegistry, spill: SpillFile? = nil, log: inout [Diagnostic]) -> ContentDocument? {
        let file = source.displayPath
        let frontMatter: FrontMatter
        let node: Node?
        do {
            frontMatter = try FrontMatter.split(source.text, file: file)
            node = try YAMLParser.parse(frontMatter.yaml, file: file, firstLine: FrontMatter.yamlFirstLine)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
        let start = FileLocation(file: file, line: 1, column: 1)
        guard let fields = YAMLFields(node, file: file, firstLine: FrontMatter.yamlFirstLine, what: "front matter", at: start, log: &log) else {
            return nil
        }
        let document = MarkdownParser.parse(frontMatter.body)
        if let deep = document.firstNode(deeperThan: Self.maximumNesting) {
            let start = document[deep].start
            log.append(Diagnostic(.error, file: file, line: start.line + frontMatter.bodyLineOffset, column: start.column, "lists, quotes or emphasis are nested more than \(Self.maximumNesting) levels deep here; flatten the structure (a review never needs that many levels)"))
            return nil
        }
        var analyzer = BodyAnalyzer(document: document, source: frontMatter.body, file: file, lineOffset: frontMatter.bodyLineOffset, registry: registry)
        analyzer.analyze()
        log.append(contentsOf: analyzer.diagnostics)
        var body = MarkdownBody(
            document: document, lineOffset: frontMatter.bodyLineOffset, anchors: analyzer.anchors,
            headings: analyzer.headings, footnoteOrder: analyzer.footnoteOrder
        )
        if let spill { body.releaseDocument(into: spill, displayPath: file) }
        return ContentDocument(fields: fields, body: body, passages: analyzer.passages)
    }
}
