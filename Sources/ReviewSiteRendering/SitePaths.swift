import ReviewSiteCore

/// Where each page lives in the site, and relative links between pages.
/// Links name `index.html` explicitly so the site works when opened from a folder.
public enum SitePaths {
    public static func review(_ slug: String) -> String { "reviews/\(slug)/index.html" }
    public static func theme(_ slug: String, page: Int = 1) -> String {
        page == 1 ? "themes/\(slug)/index.html" : "themes/\(slug)/\(page)/index.html"
    }
    public static func page(_ slug: String) -> String { "\(slug)/index.html" }
    public static let home = "index.html"
    public static let reviews = "reviews/index.html"
    public static let themes = "themes/index.html"
    public static let learning = "learning/index.html"
    public static let recommendations = "recommendations/index.html"
    public static let goodPractice = "good-practice/index.html"
    public static let glossary = "glossary/index.html"
    public static let search = "search/index.html"
    public static let notFound = "404.html"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"

    /// Page `page` of the index of a kind's passages: the first at `learning/index.html`, a further
    /// one at `learning/2/index.html`.
    public static func passageIndex(_ kind: PassageKind, page: Int = 1) -> String {
        let first = switch kind {
        case .learning: learning
        case .recommendation: recommendations
        case .goodPractice: goodPractice
        }
        return page == 1 ? first : "\(section(of: kind))/\(page)/index.html"
    }

    /// The CSV and JSON of every passage on a theme.
    public static func themeDownloads(_ slug: String) -> [String] {
        ["themes/\(slug)/passages.csv", "themes/\(slug)/passages.json"]
    }

    /// The CSV and JSON of every passage of a kind, beside its index page.
    public static func passageDownloads(_ kind: PassageKind) -> [String] {
        let folder = section(of: kind)
        return ["\(folder)/\(downloadName(of: kind)).csv", "\(folder)/\(downloadName(of: kind)).json"]
    }

    static func downloadName(of kind: PassageKind) -> String {
        switch kind {
        case .learning: "learning-points"
        case .recommendation: "recommendations"
        case .goodPractice: "good-practice"
        }
    }

    /// The navigation section a passage index belongs to, and the folder of its pages.
    static func section(of kind: PassageKind) -> String {
        String(passageIndex(kind).dropLast("/index.html".count))
    }

    /// Top-level folders the site uses itself; a plain page may not take these names.
    public static let reserved: Set<String> = [
        "reviews", "themes", "learning", "recommendations", "good-practice", "glossary", "search", "assets", "404", "feed", "sitemap", "index",
    ]

    /// "../" once per folder in `path`.
    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The URL a reader sees for `path`: the folder for `index.html` pages.
    public static func canonical(_ path: String, baseURL: String) -> String? {
        guard !baseURL.isEmpty else { return nil }
        if path == "index.html" { return baseURL }
        return baseURL + (path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path)
    }

    /// How the feed, the sitemap, downloads and printed pages name `path`: its canonical URL,
    /// or its path from the site's root when the site has no base URL.
    public static func address(_ path: String, baseURL: String) -> String {
        canonical(path, baseURL: baseURL) ?? path
    }
}
