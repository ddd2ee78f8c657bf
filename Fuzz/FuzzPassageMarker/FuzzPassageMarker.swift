import FuzzSupport
import ReviewSiteCore

/// Each line through the marker parser, and the input as a review body so markers meet the
/// passage finder. Diagnostics must point inside the line and the file.
func fuzzPassageMarker(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var diagnostics: [Diagnostic] = []
        _ = PassageMarker.parse(line: line, file: "fuzz.md", lineNumber: 1, diagnostics: &diagnostics)
        for diagnostic in diagnostics {
            FuzzInput.require(diagnostic.column <= line.utf8.count + 1, "\(diagnostic) is past the end of '\(line)'")
        }
    }
    let source = FuzzInput.review(body: text)
    let (review, diagnostics) = ReviewParser.parse(source, slug: "fuzz", registry: FuzzInput.registry)
    FuzzInput.checkPositions(diagnostics, in: source.text)
    for passage in review?.passages ?? [] {
        FuzzInput.require(passage.themes.allSatisfy { FuzzInput.registry[$0.slug] != nil }, "passage \(passage.anchor) has an unknown theme")
    }
    return 0
}

@_cdecl("FuzzPassageMarker_main")
func main(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv) { data, size in fuzzPassageMarker(data ?? UnsafePointer(bitPattern: 1)!, size) }
}
