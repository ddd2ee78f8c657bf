/// A theme named by an author, resolved to its slug, and where it was written.
public struct ThemeMention: Sendable, Hashable {
    public var slug: String
    /// Written as `?slug` by the importer: a suggestion an author has not yet confirmed.
    public var isSuggestion: Bool
    public var location: FileLocation

    public init(slug: String, isSuggestion: Bool = false, location: FileLocation) {
        self.slug = slug
        self.isSuggestion = isSuggestion
        self.location = location
    }
}
