import Foundation

/// Follows every internal link and image in a built site and reports those whose file or
/// `#anchor` does not exist, as a reader clicking through the site would find them.
struct LinkCrawler {
    let site: URL
    private let hrefs: Regex<(Substring, Substring, Substring?)>
    private let ids: Regex<(Substring, Substring)>

    init(site: URL) throws {
        self.site = site.resolvingSymlinksInPath()
        hrefs = try Regex("(?:href|src)=\"([^\"#]*)(#[^\"]*)?\"")
        ids = try Regex("\\sid=\"([^\"]+)\"")
    }

    /// "from.html → target#anchor" for each broken link.
    func brokenLinks() throws -> [String] {
        let files = try Fixtures.files(in: site)
        var anchorsByPage: [String: Set<String>] = [:]
        for (path, data) in files where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            anchorsByPage[path] = Set(text.matches(of: ids).map { String($0.output.1) })
        }
        var broken: [String] = []
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let text = String(decoding: data, as: UTF8.self)
            for match in text.matches(of: hrefs) {
                let target = String(match.output.1)
                let fragment = match.output.2.map { String($0.dropFirst()) }
                if target.contains("://") || target.hasPrefix("mailto:") || target.hasPrefix("tel:") { continue }
                let resolved: String
                if target.isEmpty {
                    resolved = path
                } else {
                    let url = site.appendingPathComponent(path).deletingLastPathComponent().appendingPathComponent(target).standardizedFileURL
                    guard url.path.hasPrefix(site.path + "/") else {
                        broken.append("\(path) → \(target) (outside the site)")
                        continue
                    }
                    resolved = String(url.path.dropFirst(site.path.count + 1))
                }
                guard files[resolved] != nil else {
                    broken.append("\(path) → \(target)")
                    continue
                }
                if let fragment, !fragment.isEmpty, resolved.hasSuffix(".html"), anchorsByPage[resolved]?.contains(fragment) != true {
                    broken.append("\(path) → \(target)#\(fragment)")
                }
            }
        }
        return broken.sorted()
    }
}
