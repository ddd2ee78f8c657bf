import Foundation
import ReviewSiteCore
import ReviewSiteRendering

/// Every anchor of every published review page, written by `build` as `Site/anchors.json`, so
/// that `check` can tell when an edit removes an anchor a trainer may already have linked to.
public struct AnchorManifest: Codable, Equatable, Sendable {
    public static let fileName = "anchors.json"

    /// Review slug → its anchors, sorted.
    public var reviews: [String: [String]]

    public init(_ graph: SiteGraph) {
        var reviews: [String: [String]] = [:]
        for review in graph.reviews {
            reviews[review.slug] = Set(review.body.anchors.values).sorted()
        }
        self.reviews = reviews
    }

    /// Pretty-printed with sorted keys, so the same site always gives the same bytes; laid out
    /// as `JSONEncoder`'s `.prettyPrinted` would, which took a third of a second at a thousand
    /// reviews, alone at the end of a build.
    public var json: String {
        var output: [UInt8] = []
        func line(_ text: String) { output += text.utf8; output.append(0x0A) }
        func string(_ text: String) { JSONValue.string(text).write(into: &output) }
        line("{")
        line("  \"reviews\" : {")
        let slugs = reviews.keys.sorted()
        for (position, slug) in slugs.enumerated() {
            let anchors = reviews[slug]!
            output += "    ".utf8
            string(slug)
            line(" : [")
            if anchors.isEmpty { line("") }
            for (index, anchor) in anchors.enumerated() {
                output += "      ".utf8
                string(anchor)
                line(index < anchors.count - 1 ? "," : "")
            }
            line(position < slugs.count - 1 ? "    ]," : "    ]")
        }
        if slugs.isEmpty { line("") }
        line("  }")
        line("}")
        return String(decoding: output, as: UTF8.self)
    }

    /// Reads `anchors.json` from a published site folder; nil when there is none yet.
    public static func read(from directory: URL, displayName: String) throws(DiagnosticError) -> AnchorManifest? {
        let url = directory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode(AnchorManifest.self, from: data)
        } catch {
            throw DiagnosticError([Diagnostic(.error, file: "\(displayName)/\(fileName)", line: 1, column: 1, "cannot read the published anchors (\(error)); rebuild the site with 'reviewsite build' to write it again")])
        }
    }
}
