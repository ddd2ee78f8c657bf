/// Turns a file of `Content/pages` into a `Page`.
public enum PageParser {
    static let keys: Set<String> = ["title", "summary"]

    public static func parse(_ source: SourceFile, slug: String, registry: ThemeRegistry) -> (Page?, [Diagnostic]) {
        var log: [Diagnostic] = []
        guard var document = ContentDocument.open(source, registry: registry, log: &log) else { return (nil, log) }
        document.fields.warnUnknownKeys(allowed: keys, what: "front matter")
        let title = document.fields.string("title", required: true)
        let summary = document.fields.string("summary")
        log.append(contentsOf: document.fields.diagnostics)
        guard let title else { return (nil, log) }
        return (Page(slug: slug, file: source.displayPath, title: title, summary: summary, body: document.body), log)
    }
}
