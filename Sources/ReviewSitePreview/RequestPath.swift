import Foundation

/// The one place that turns a request's path into a path of the served site. Anything that
/// could reach outside the site is refused: `..` and `.` segments (also percent-encoded),
/// backslashes, NUL bytes, hidden names and malformed encodings. Folders are never listed:
/// they serve their `index.html` or nothing.
public enum RequestPath {
    public enum Resolution: Equatable, Sendable {
        /// Serve this site path.
        case file(String)
        /// The path names a folder without its trailing slash: redirect so relative links work.
        case redirect(location: String)
        case notFound
        /// The path tries to leave the site or is malformed.
        case forbidden
    }

    /// `rawPath` is the request target's path as received (percent-encoded, no query).
    public static func resolve(_ rawPath: String, exists: (String) -> Bool) -> Resolution {
        let path = rawPath.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/"), !path.contains("\\"),
              let decoded = String(path).removingPercentEncoding,
              !decoded.contains("\\"), !decoded.contains("\0") else { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0.hasPrefix(".") }) else { return .forbidden }
        let sitePath = segments.joined(separator: "/")
        if decoded.hasSuffix("/") {
            let index = sitePath.isEmpty ? "index.html" : sitePath + "/index.html"
            return exists(index) ? .file(index) : .notFound
        }
        if exists(sitePath) { return .file(sitePath) }
        if exists(sitePath + "/index.html") { return .redirect(location: "/" + segments.map(encode).joined(separator: "/") + "/") }
        return .notFound
    }

    private static func encode(_ segment: Substring) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? String(segment)
    }
}
