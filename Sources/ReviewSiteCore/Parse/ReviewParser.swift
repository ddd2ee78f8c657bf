import Markdown
import Yams

/// Turns a review file into a `Review`: front matter checked, body parsed, passages and anchors found.
public enum ReviewParser {
    static let keys: Set<String> = ["title", "kind", "board", "published", "reviewer", "summary", "child", "themes", "draft"]
    static let childKeys: Set<String> = ["age", "outcome"]

    /// Returns the review (nil when it cannot be used at all) and every diagnostic found.
    public static func parse(_ source: SourceFile, slug: String, registry: ThemeRegistry) -> (Review?, [Diagnostic]) {
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
        let metadata = decodeMetadata(&fields, registry: registry)
        log.append(contentsOf: fields.diagnostics)
        let document = MarkdownParser.parse(frontMatter.body)
        var analyzer = BodyAnalyzer(document: document, source: frontMatter.body, file: file, lineOffset: frontMatter.bodyLineOffset, registry: registry)
        analyzer.analyze()
        log.append(contentsOf: analyzer.diagnostics)
        guard let metadata else { return (nil, log) }
        let body = MarkdownBody(
            document: document, lineOffset: frontMatter.bodyLineOffset, anchors: analyzer.anchors,
            headings: analyzer.headings, footnoteOrder: analyzer.footnoteOrder
        )
        return (Review(slug: slug, file: file, metadata: metadata, body: body, passages: analyzer.passages), log)
    }

    private static func decodeMetadata(_ fields: inout YAMLFields, registry: ThemeRegistry) -> ReviewMetadata? {
        fields.warnUnknownKeys(allowed: keys, what: "front matter")
        let title = fields.string("title", required: true)
        let kind = fields.string("kind", required: true)
        let board = fields.string("board", required: true)
        var child: YAMLFields?
        if var nested = fields.nested("child", what: "child") {
            nested.warnUnknownKeys(allowed: childKeys, what: "child")
            child = nested
        }
        let childAge = child?.string("age")
        let childOutcome = child?.string("outcome")
        if let child { fields.absorb(child) }
        var themes: [ThemeMention] = []
        for (name, location) in fields.strings("themes") {
            let isSuggestion = name.hasPrefix("?")
            let plain = isSuggestion ? String(name.dropFirst()) : name
            if let slug = registry.resolve(plain) {
                themes.append(ThemeMention(slug: slug, isSuggestion: isSuggestion, location: location))
            } else {
                let hint = Suggestion.nearest(to: plain, in: registry.allNames).map { " Did you mean '\(registry.resolve($0) ?? $0)'?" } ?? ""
                fields.report(.error("unknown theme '\(plain)'; add it to themes.yml or use a known slug or alias.\(hint)", at: location))
            }
        }
        let metadata = ReviewMetadata(
            title: title ?? "", kind: kind ?? "", board: board ?? "",
            published: fields.date("published"), reviewer: fields.string("reviewer"), summary: fields.string("summary"),
            childAge: childAge, childOutcome: childOutcome, themes: themes, draft: fields.bool("draft") ?? false
        )
        guard title != nil, kind != nil, board != nil else { return nil }
        return metadata
    }
}
