import FuzzSupport
import Markdown
import ReviewSiteCore
@testable import ReviewSiteRendering

/// Glossary mark-up and the HTML renderer. The input's first line holds `TERM=expansion;...`,
/// the rest is a review body. Marked-up text must hold no tag but `<abbr>`, and rendered
/// HTML no script, event handler or unsafe URL.
func fuzzGlossary(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    let firstLine = text.prefix { $0 != "\n" }
    let body = String(text.dropFirst(firstLine.count))
    var expansions: [String: String] = ["MASH": "Multi-Agency Safeguarding Hub", "A&E": "Accident and Emergency", "GP": "general practitioner"]
    for pair in firstLine.split(separator: ";") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        if parts.count == 2 { expansions[String(parts[0])] = String(parts[1]) }
    }
    let marker = AbbreviationMarker(expansions)
    var buffer = HTMLBuffer()
    marker.write(ArraySlice(body.utf8), into: &buffer)
    let marked = buffer.string
    let withoutAbbr = marked.replacing(#/<abbr title="[^"<>]*">/#, with: "").replacing("</abbr>", with: "")
    FuzzInput.require(!withoutAbbr.contains("<") && !withoutAbbr.contains(">") && !withoutAbbr.contains("\""), "unescaped markup in \(marked)")

    let (review, _) = ReviewParser.parse(FuzzInput.review(body: body), slug: "fuzz", registry: FuzzInput.registry)
    guard let review else { return 0 }
    var renderer = MarkdownHTMLRenderer(
        document: review.body.document, anchors: review.body.anchors, abbreviations: marker,
        footnotePrefix: "", footnoteOrder: review.body.footnoteOrder, passageMarkers: review.body.passageMarkers(review.passages)
    )
    let html = renderer.renderBody().lowercased() + renderer.footnotes().map(\.html).joined().lowercased()
    FuzzInput.require(!html.contains("<script") && !html.contains("<iframe") && !html.contains("<style"), "raw HTML reached the page: \(html)")
    FuzzInput.require(html.firstMatch(of: #/<[a-z][^>]*\son[a-z]+\s*=/#) == nil, "event handler reached the page: \(html)")
    FuzzInput.require(html.firstMatch(of: #/(href|src)="\s*(javascript|data|vbscript):/#) == nil, "unsafe URL reached the page: \(html)")
    return 0
}

@_cdecl("FuzzGlossary_main")
func main(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv) { data, size in fuzzGlossary(data ?? UnsafePointer(bitPattern: 1)!, size) }
}
