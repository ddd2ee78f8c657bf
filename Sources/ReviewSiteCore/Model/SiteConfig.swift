/// Site-wide settings from `Content/site.yml`: what the site is called, where it lives, who publishes it.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String
    /// Absolute URL with a trailing slash, used only for canonical links, the feed and the sitemap.
    public var baseURL: String
    public var language: String
    public var board: String
    public var contact: String
    public var licence: String
    /// The themes shown first on the home page.
    public var coreThemes: [String]
    /// How many reviews a theme page lists before it continues on a further page.
    public var reviewsPerThemePage: Int

    public init(
        title: String, description: String = "", baseURL: String = "", language: String = "en-GB",
        board: String = "", contact: String = "", licence: String = "", coreThemes: [String] = [],
        reviewsPerThemePage: Int = 50
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.board = board
        self.contact = contact
        self.licence = licence
        self.coreThemes = coreThemes
        self.reviewsPerThemePage = reviewsPerThemePage
    }
}
