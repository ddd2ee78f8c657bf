/// Turns a review file into a `Review`: front matter checked, body parsed, passages and anchors found.
public enum ReviewParser {
    static let keys: Set<String> = ["title", "kind", "board", "published", "reviewer", "summary", "child", "themes", "draft"]
    static let childKeys: Set<String> = ["age", "outcome"]

    /// Returns the review (nil when it cannot be used at all) and every diagnostic found.
    /// With a `spill` file, its body's parsed Markdown is parked there once analysed.
    public static func parse(_ source: SourceFile, slug: String, registry: ThemeRegistry, spill: SpillFile? = nil) -> (Review?, [Diagnostic]) {
        var log: [Diagnostic] = []
        guard var document = ContentDocument.open(source, registry: registry, spill: spill, log: &log) else { return (nil, log) }
        let metadata = decodeMetadata(&document.fields, registry: registry)
        log.append(contentsOf: document.fields.diagnostics)
        guard let metadata else { return (nil, log) }
        return (Review(slug: slug, file: source.displayPath, metadata: metadata, body: document.body, passages: document.passages), log)
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
            } else if plain.contains(",") {
                let names = plain.split(separator: ",").map { $0.trimming(\.isSpace) }.filter { !$0.isEmpty }
                fields.report(.error("'themes' lists its themes in brackets; write themes: [\(names.joined(separator: ", "))]", at: location))
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
