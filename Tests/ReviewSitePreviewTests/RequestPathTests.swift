import Testing
@testable import ReviewSitePreview

@Suite("Request paths")
struct RequestPathTests {
    static let site: Set<String> = ["index.html", "reviews/index.html", "reviews/child-a/index.html", "assets/style.css", "feed.xml", "caf\u{E9}/index.html"]

    static func resolve(_ path: String) -> RequestPath.Resolution {
        RequestPath.resolve(path, exists: site.contains)
    }

    @Test("pages and files resolve to their site paths", arguments: [
        ("/", "index.html"), ("/index.html", "index.html"), ("/reviews/", "reviews/index.html"),
        ("/reviews/child-a/", "reviews/child-a/index.html"), ("/reviews/child-a/index.html", "reviews/child-a/index.html"),
        ("/assets/style.css", "assets/style.css"), ("/feed.xml", "feed.xml"), ("/reviews/?page=2", "reviews/index.html"),
        ("//reviews//child-a/", "reviews/child-a/index.html"), ("/caf%C3%A9/", "caf\u{E9}/index.html"),
    ])
    func resolves(path: String, expected: String) {
        #expect(Self.resolve(path) == .file(expected))
    }

    @Test("a folder without its slash redirects, only to a path on this server", arguments: [
        ("/reviews", "/reviews/"), ("/reviews/child-a", "/reviews/child-a/"), ("//reviews", "/reviews/"), ("/caf%C3%A9", "/caf%C3%A9/"),
    ])
    func redirects(path: String, location: String) {
        #expect(Self.resolve(path) == .redirect(location: location))
    }

    @Test("attempts to leave the site are refused", arguments: [
        "/..", "/../etc/passwd", "/reviews/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/etc/passwd",
        "/reviews/%2e%2e/%2e%2e/Content/site.yml", "/assets/..%2f..%2fContent%2fsite.yml", "/..\\etc\\passwd",
        "/assets/..%5c..%5cContent/site.yml", "/assets/%5c", "/./index.html", "/reviews/.", "/.git/config",
        "/index.html%00.css", "/%zz", "reviews/index.html", "http://example.org/index.html",
        "/\u{0}\u{330}", "/a%00%CC%B0", "/a%5C%CC%81", "/a%D8%80/../index.html", "/a/.%CC%81/b",
    ])
    func refuses(path: String) {
        #expect(Self.resolve(path) == .forbidden)
    }

    @Test("folders are never listed and unknown paths are not found", arguments: [
        "/assets/", "/reviews/child-b/", "/missing.html", "/reviews/child-a/index.htm", "/%252e%252e/etc/passwd",
    ])
    func notFound(path: String) {
        #expect(Self.resolve(path) == .notFound)
    }

    @Test("content types", arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"),
        ("feed.xml", "application/atom+xml; charset=utf-8"), ("sitemap.xml", "application/xml; charset=utf-8"),
        ("assets/logo.SVG", "image/svg+xml"), ("assets/font.woff2", "font/woff2"), ("assets/app.js", "text/javascript; charset=utf-8"),
        ("anchors.json", "application/json"), ("assets/unknown.bin", "application/octet-stream"), ("assets.d/noextension", "application/octet-stream"),
    ])
    func contentTypes(path: String, type: String) {
        #expect(ContentType.of(path) == type)
    }
}
