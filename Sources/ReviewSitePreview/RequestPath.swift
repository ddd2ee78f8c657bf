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
        // Checked by bytes and scalars, as the file system reads a path: compared by Characters,
        // a NUL or '\\' followed by a combining mark, or '/' after a prepended mark, goes unseen.
        guard path.hasPrefix("/"), !path.utf8.contains(UInt8(ascii: "\\")),
              let decoded = String(path).removingPercentEncoding,
              !decoded.utf8.contains(UInt8(ascii: "\\")), !decoded.utf8.contains(0) else { return .forbidden }
        let segments = decoded.unicodeScalars.split(separator: "/").map { Substring($0) }
        guard !segments.contains(where: { $0.unicodeScalars.first == "." }) else { return .forbidden }
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
