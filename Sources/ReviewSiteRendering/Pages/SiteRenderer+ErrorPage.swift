import ReviewSiteCore

extension SiteRenderer {
    /// The page `serve` shows in place of pages whose sources have errors, through the board's
    /// `error.mustache`, or a built-in page when the templates have none. Served at any path,
    /// so its links start from the server's root.
    public func errorPage(_ diagnostics: [Diagnostic]) -> String {
        guard templates.contains("error") else { return Self.fallbackErrorPage(diagnostics, previewScript: previewScript) }
        let view = ErrorPageView(layout: layout(rootedAt: "/", title: "The preview could not be rebuilt"), diagnostics: diagnostics)
        return templates.render(view, "error")
    }

    /// A plain page listing the problems, for when no template can be used.
    public static func fallbackErrorPage(_ diagnostics: [Diagnostic], previewScript: String?) -> String {
        var html = HTMLBuffer()
        html.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>The preview could not be rebuilt</title>\n</head>\n<body>\n<main>\n")
        html.raw("<h1>The preview could not be rebuilt</h1>\n<p>Fix each problem below and save the file; this page reloads by itself.</p>\n<ol>\n")
        for diagnostic in diagnostics {
            html.raw("<li><code>")
            html.text("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)")
            html.raw("</code> ")
            html.text("\(diagnostic.severity.rawValue): \(diagnostic.message)")
            html.raw("</li>\n")
        }
        html.raw("</ol>\n</main>\n")
        html.raw(contentsOf: previewScript ?? "")
        html.raw("\n</body>\n</html>\n")
        return html.string
    }
}

/// Context of `error.mustache`.
public struct ErrorPageView: Sendable, Encodable {
    public struct Problem: Sendable, Encodable {
        /// `Content/reviews/child-a.md:12:5`
        public var location: String
        public var severity: String
        public var message: String
    }

    public var layout: LayoutView
    public var problems: [Problem]
    public var count: Int
    public var isSingle: Bool { count == 1 }

    init(layout: LayoutView, diagnostics: [Diagnostic]) {
        self.layout = layout
        self.problems = diagnostics.map { Problem(location: "\($0.file):\($0.line):\($0.column)", severity: $0.severity.rawValue, message: $0.message) }
        self.count = diagnostics.count
    }
}
