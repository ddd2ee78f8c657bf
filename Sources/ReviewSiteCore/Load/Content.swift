/// Everything in `Content/`, loaded and parsed: the input of the link stage.
public struct Content: Sendable {
    public var config: SiteConfig
    public var themes: ThemeRegistry
    public var glossary: Glossary
    /// Sorted by slug.
    public var reviews: [Review]
    /// Sorted by slug.
    public var pages: [Page]

    public init(config: SiteConfig, themes: ThemeRegistry, glossary: Glossary, reviews: [Review], pages: [Page]) {
        self.config = config
        self.themes = themes
        self.glossary = glossary
        self.reviews = reviews
        self.pages = pages
    }
}
