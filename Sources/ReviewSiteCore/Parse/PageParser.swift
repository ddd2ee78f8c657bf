import Markdown
import Yams

/// Turns a file of `Content/pages` into a `Page`.
public enum PageParser {
    static let keys: Set<String> = ["title", "summary"]

    public static func parse(_ source: SourceFile, slug: String, registry: ThemeRegistry) -> (Page?, [Diagnostic]) {
        let file = source.displayPath
        var log: [Diagnostic] = []
        let frontMatter: FrontMatter
        let node: Node?
        do {
            frontMatter = try FrontMatter.split(source.text, file: file)
            node = try YAMLParser.parse(frontMatter.yaml, file: file, firstLine: FrontMatter.yamlFirstLine)
        } catch {
            return (nil, error.diagnostics)
        }
        let start = FileLocation(file: file, line: 1, column: 1)
        guard var fields = YAMLFields(node, file: file, firstLine: FrontMatter.yamlFirstLine, what: "front matter", at: start, log: &log) else {
            return (nil, log)
        }
        fields.warnUnknownKeys(allowed: keys, what: "front matter")
        let title = fields.string("title", required: true)
        let summary = fields.string("summary")
        log.append(contentsOf: fields.diagnostics)
        let document = MarkdownParser.parse(frontMatter.body)
        var analyzer = BodyAnalyzer(document: document, source: frontMatter.body, file: file, lineOffset: frontMatter.bodyLineOffset, registry: registry)
        analyzer.analyze()
        log.append(contentsOf: analyzer.diagnostics)
        guard let title else { return (nil, log) }
        let body = MarkdownBody(document: document, lineOffset: frontMatter.bodyLineOffset, anchors: analyzer.anchors, headings: analyzer.headings, footnoteOrder: analyzer.footnoteOrder)
        return (Page(slug: slug, file: file, title: title, summary: summary, body: body), log)
    }
}
