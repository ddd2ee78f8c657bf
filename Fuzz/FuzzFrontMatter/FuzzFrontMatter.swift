import FuzzSupport
import ReviewSiteCore

/// Whole files as reviews, pages and themes.yml: front matter splitting, YAML decoding,
/// typed fields. Every diagnostic must point at a line of the file.
func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    let source = FuzzInput.source(text)
    let (_, reviewDiagnostics) = ReviewParser.parse(source, slug: "fuzz", registry: FuzzInput.registry)
    FuzzInput.checkPositions(reviewDiagnostics, in: text)
    let (_, pageDiagnostics) = PageParser.parse(source, slug: "fuzz", registry: FuzzInput.registry)
    FuzzInput.checkPositions(pageDiagnostics, in: text)
    var log: [Diagnostic] = []
    _ = ThemeRegistryLoader.load(FuzzInput.source(text, path: "Content/themes.yml"), log: &log)
    FuzzInput.checkPositions(log, in: text)
    return 0
}

@_cdecl("FuzzFrontMatter_main")
func main(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv) { data, size in fuzzFrontMatter(data ?? UnsafePointer(bitPattern: 1)!, size) }
}
