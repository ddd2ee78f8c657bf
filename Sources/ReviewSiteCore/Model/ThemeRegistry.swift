/// Every theme an author may tag, found by slug or alias.
public struct ThemeRegistry: Sendable {
    /// In the order of `themes.yml`.
    public let themes: [Theme]
    @usableFromInline let indexBySlug: [String: Int]
    private let slugByName: [String: String]

    public init(_ themes: [Theme]) {
        self.themes = themes
        var indexBySlug: [String: Int] = [:]
        var slugByName: [String: String] = [:]
        for (index, theme) in themes.enumerated() {
            indexBySlug[theme.slug] = index
            slugByName[Self.normalize(theme.slug)] = theme.slug
            for alias in theme.aliases { slugByName[Self.normalize(alias)] = theme.slug }
        }
        self.indexBySlug = indexBySlug
        self.slugByName = slugByName
    }

    /// Inlinable, as are the lookups below: asked for one field, or only whether the theme
    /// exists, the caller then copies no whole `Theme` for each passage on each page.
    @inlinable
    public subscript(slug: String) -> Theme? { indexBySlug[slug].map { themes[$0] } }

    @inlinable
    public func index(of slug: String) -> Int? { indexBySlug[slug] }

    /// The slug a name refers to: a slug itself or an alias, ignoring case and spacing.
    public func resolve(_ name: String) -> String? { slugByName[Self.normalize(name)] }

    /// Slugs and aliases, for suggesting the nearest valid name.
    public var allNames: [String] { themes.flatMap { [$0.slug] + $0.aliases } }

    static func normalize(_ name: String) -> String {
        isNormal(name) ? name : name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Whether `normalize` would return `name` as it is, as it does for the slugs most
    /// passages are tagged with: ASCII without capitals or tabs, single spaces between words.
    private static func isNormal(_ name: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in name.utf8 {
            if (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80 || byte == 0x09 || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
    }
}
