import ReviewSiteCore
import ReviewSiteRendering

/// Compares the anchors of the last published build with the content now: a review or an
/// anchor that disappears breaks every link a trainer has saved to it.
struct PublishedAnchorCheck {
    let manifest: AnchorManifest
    let reviews: [Review]
    let isPublished: (Review) -> Bool
    let contentDisplayName: String

    func diagnostics() -> [Diagnostic] {
        let bySlug = Dictionary(uniqueKeysWithValues: reviews.map { ($0.slug, $0) })
        var diagnostics: [Diagnostic] = []
        for (slug, published) in manifest.reviews.sorted(by: { $0.key < $1.key }) {
            let address = String(SitePaths.review(slug).dropLast("index.html".count))
            guard let review = bySlug[slug] else {
                let file = "\(contentDisplayName)/reviews/\(slug).md"
                diagnostics.append(Diagnostic(.error, file: file, line: 1, column: 1, "the review '\(slug)' was published but its file is gone, so links to \(address) would break; restore the file (a review keeps its file name for good)"))
                continue
            }
            let start = FileLocation(file: review.file, line: 1, column: 1)
            guard isPublished(review) else {
                diagnostics.append(.error("this review was published but is now a draft or dated in the future, so links to \(address) would break; set 'draft: false' and keep its published date", at: start))
                continue
            }
            let current = Set(review.body.anchors.values)
            for anchor in published where !current.contains(anchor) {
                diagnostics.append(.error("anchor '#\(anchor)' was published but this review no longer has it, so saved links to \(address)#\(anchor) would break; \(Self.advice(for: anchor))", at: start))
            }
        }
        return diagnostics
    }

    private static func advice(for anchor: String) -> String {
        if anchor.hasPrefix("para-") {
            return "restore the paragraph number \(anchor.dropFirst("para-".count))"
        }
        if PassageKind.allCases.contains(where: { anchor.hasPrefix($0.slug + "-") }) {
            return "keep the passage and write {#\(anchor)} at the end of its marker line"
        }
        return "restore the heading or the {#\(anchor)} that gave it"
    }
}
