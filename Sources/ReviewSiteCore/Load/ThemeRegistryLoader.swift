import Yams

/// Reads `themes.yml`: slug → title, summary, aliases, related, questions.
public enum ThemeRegistryLoader {
    static let keys: Set<String> = ["title", "summary", "aliases", "related", "questions"]

    public static func load(_ source: SourceFile, log: inout [Diagnostic]) -> ThemeRegistry {
        let file = source.displayPath
        let start = FileLocation(file: file, line: 1, column: 1)
        guard let registry = YAMLFields.file(source, log: &log) else { return ThemeRegistry([]) }
        var themes: [Theme] = []
        for (keyNode, value) in registry.mapping {
            let slug = keyNode.string ?? ""
            let location = registry.position(of: keyNode) ?? start
            guard Slug.isValid(slug) else {
                log.append(.error("theme slug '\(slug)' must be lowercase letters, digits and hyphens, e.g. '\(Slug.make(slug))'", at: location))
                continue
            }
            guard var fields = YAMLFields(value, file: file, firstLine: 1, what: "theme '\(slug)'", at: location, log: &log) else { continue }
            fields.warnUnknownKeys(allowed: keys, what: "theme '\(slug)'")
            let theme = Theme(
                slug: slug,
                title: fields.string("title", required: true) ?? slug,
                summary: fields.string("summary") ?? "",
                aliases: fields.strings("aliases").map(\.0),
                related: fields.strings("related").map(\.0),
                questions: fields.strings("questions").map(\.0),
                location: location
            )
            log.append(contentsOf: fields.diagnostics)
            themes.append(theme)
        }
        let registryValue = ThemeRegistry(themes)
        log.append(contentsOf: validate(registryValue))
        return registryValue
    }

    /// Aliases must not collide, and related themes must exist.
    private static func validate(_ registry: ThemeRegistry) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var owner: [String: String] = [:]
        for theme in registry.themes {
            for name in [theme.slug] + theme.aliases {
                let key = ThemeRegistry.normalize(name)
                if let other = owner[key], other != theme.slug {
                    diagnostics.append(.error("'\(name)' names both '\(other)' and '\(theme.slug)'; give it to one theme only", at: theme.location))
                }
                owner[key] = owner[key] ?? theme.slug
            }
            for related in theme.related where registry[related] == nil {
                let hint = Suggestion.hint(for: related, in: registry.themes.map(\.slug))
                diagnostics.append(.error("theme '\(theme.slug)' is related to unknown theme '\(related)'.\(hint)", at: theme.location))
            }
        }
        return diagnostics
    }
}
