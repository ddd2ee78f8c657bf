import Foundation

/// A link destination split into path and fragment, and resolved against the page it sits on,
/// the way a browser would on the built site.
struct RelativeLink {
    /// True for `https:`, `mailto:` and other links with a scheme, or starting `//`.
    let isExternal: Bool
    let path: String
    let fragment: String?

    init(_ destination: String) {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        let beforeSlash = trimmed.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        isExternal = beforeSlash.contains(":") || trimmed.hasPrefix("//")
        let hash = trimmed.firstIndex(of: "#")
        fragment = hash.map { String(trimmed[trimmed.index(after: $0)...]).removingPercentEncoding ?? "" }
        let withoutFragment = trimmed[..<(hash ?? trimmed.endIndex)]
        let beforeQuery = withoutFragment.prefix { $0 != "?" }
        path = beforeQuery.removingPercentEncoding ?? String(beforeQuery)
    }

    /// The site path `path` leads to from the page at `source`, with `index.html` for folders;
    /// nil when it climbs above the site's root.
    static func resolve(_ path: String, from source: String) -> String? {
        var segments = source.split(separator: "/").dropLast().map(String.init)
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        for part in parts {
            switch part {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(part))
            }
        }
        if path.hasSuffix("/") || parts.last == "." || parts.last == ".." || parts.isEmpty { segments.append("index.html") }
        return segments.joined(separator: "/")
    }

    /// A relative URL from the page at `source` to the site path `target`, naming folders with a slash.
    static func url(from source: String, to target: String) -> String {
        let from = source.split(separator: "/").dropLast()
        var to = target.split(separator: "/").map(String.init)
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        to.removeFirst(common)
        var url = String(repeating: "../", count: from.count - common) + to.joined(separator: "/")
        if url.hasSuffix("index.html") { url.removeLast("index.html".count) }
        return url.isEmpty ? "./" : url
    }
}
