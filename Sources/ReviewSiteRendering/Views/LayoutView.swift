/// What the layout template needs on every page: site identity, navigation, paths.
public struct LayoutView: Sendable, Encodable {
    public struct NavLink: Sendable, Encodable {
        public var title: String
        public var url: String
        public var isCurrent: Bool
    }

    public var language: String
    public var siteTitle: String
    public var siteDescription: String
    /// The page's own title; the `<title>` reads "page – site".
    public var pageTitle: String
    public var documentTitle: String
    public var description: String
    /// Relative path to the site root: "", "../", "../../".
    public var root: String
    public var canonicalURL: OptionalText
    public var feedURL: OptionalText
    public var nav: [NavLink]
    public var board: String
    public var contact: String
    public var licence: String
    public var isDraft: Bool
    /// Set only by `serve`: the live-reload script tag.
    public var previewScript: OptionalText
}
