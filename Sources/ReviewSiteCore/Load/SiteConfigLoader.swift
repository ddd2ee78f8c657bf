/// Reads `site.yml`.
enum SiteConfigLoader {
    static let keys: Set<String> = [
        "title", "description", "base_url", "language", "board", "contact", "licence", "core_themes", "reviews_per_theme_page",
    ]

    static func load(_ source: SourceFile, log: inout [Diagnostic]) -> SiteConfig? {
        guard var fields = YAMLFields.file(source, log: &log) else { return nil }
        fields.warnUnknownKeys(allowed: keys, what: "site.yml")
        let title = fields.string("title", required: true)
        var baseURL = fields.string("base_url") ?? ""
        if !baseURL.isEmpty && !baseURL.hasSuffix("/") { baseURL += "/" }
        let config = SiteConfig(
            title: title ?? "",
            description: fields.string("description") ?? "",
            baseURL: baseURL,
            language: fields.string("language") ?? "en-GB",
            board: fields.string("board") ?? "",
            contact: fields.string("contact") ?? "",
            licence: fields.string("licence") ?? "",
            coreThemes: fields.strings("core_themes").map(\.0),
            reviewsPerThemePage: fields.int("reviews_per_theme_page") ?? 50
        )
        log.append(contentsOf: fields.diagnostics)
        return title == nil ? nil : config
    }
}

