import FuzzSupport
import ReviewSiteCore

/// Slugs and anchors: a slug is always valid (or empty) and stable when made again, and the
/// anchors of a review are plain ids (letters, digits, '-', '.', '_'; headings such as
/// "1. Introduction" may start with a digit), unique within the page.
func fuzzAnchors(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    let slug = Slug.make(text)
    FuzzInput.require(slug.isEmpty || Slug.isValid(slug), "Slug.make gave invalid '\(slug)'")
    FuzzInput.require(Slug.make(slug) == slug, "Slug.make is not stable on '\(slug)'")
    if let number = ParagraphNumber.leading(Array(text.utf8)) {
        FuzzInput.require(Slug.isValidAnchor("para-\(number)"), "paragraph number '\(number)' makes a bad anchor")
    }
    let (review, diagnostics) = ReviewParser.parse(FuzzInput.review(body: text), slug: "fuzz", registry: FuzzInput.registry)
    guard let review, !diagnostics.contains(where: { $0.severity == .error }) else { return 0 }
    let anchors = Array(review.body.anchors.values)
    FuzzInput.require(Set(anchors).count == anchors.count, "duplicate anchors \(anchors.sorted())")
    for anchor in anchors {
        FuzzInput.require(!anchor.isEmpty && anchor.utf8.allSatisfy(isIDByte), "anchor '\(anchor)' is not a plain id")
    }
    for passage in review.passages {
        FuzzInput.require(review.body.anchors[passage.node] == passage.anchor, "passage anchor '\(passage.anchor)' is not on its blockquote")
    }
    return 0
}

@_cdecl("FuzzAnchors_main")
func main(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv) { data, size in fuzzAnchors(data ?? UnsafePointer(bitPattern: 1)!, size) }
}

private func isIDByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x5F
}
