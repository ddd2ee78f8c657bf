import Foundation
import ReviewSiteCore

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

    /// Pretty-printed with sorted keys, so the same site always gives the same bytes.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
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
