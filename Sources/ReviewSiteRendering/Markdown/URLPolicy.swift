/// Decides which link and image destinations may reach a page: `javascript:`, `data:` and any
/// other scheme but http(s), mailto and tel are dropped. Relative links to folders get
/// `index.html` so the site also works when opened from disk.
enum URLPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func safeDestination(_ url: String) -> String? {
        let trimmed = url.drop { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }
        if let scheme = scheme(of: trimmed) {
            return allowedSchemes.contains(scheme) ? String(trimmed) : nil
        }
        return relative(String(trimmed))
    }

    /// The scheme, lowercased, if the URL has one (a `:` before any `/`, `?` or `#`).
    static func scheme(of url: Substring) -> String? {
        var scheme = ""
        for character in url {
            if character == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            if character == "/" || character == "?" || character == "#" { return nil }
            if character.isWhitespace || character.asciiValue.map({ $0 < 0x20 }) == true { continue }
            scheme.append(character)
        }
        return nil
    }

    private static func relative(_ url: String) -> String {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/") else { return url }
        let end = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        let path = url[..<end]
        if path.hasSuffix("/") { return path + "index.html" + url[end...] }
        if path == ".." || path == "." { return path + "/index.html" + url[end...] }
        return url
    }
}
