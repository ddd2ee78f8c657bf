import FuzzSupport
@testable import ReviewSiteImport
import ReviewSiteCore
import Foundation

/// Raw bytes through the importer: decoding, then conversion to a draft review, which must
/// then open as a review whose only errors are the fields it lists for the author to complete.
func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let text = try? SourceText.decode(bytes, file: "fuzz.txt") else { return 0 }
    let importer = ReviewImporter(vocabulary: vocabulary)
    guard let imported = try? importer.convert(text, sourceName: "fuzz.txt") else { return 0 }
    let (review, diagnostics) = ReviewParser.parse(FuzzInput.source(imported.markdown), slug: "fuzz", registry: FuzzInput.registry)
    let expected = Set(imported.unknownFields.map { "missing required field '\($0)'; add '\($0): ...'" })
    let unexpected = diagnostics.filter { $0.severity == .error && !expected.contains($0.message) }
    FuzzInput.require(unexpected.isEmpty, "the imported review has errors beyond its fields to complete: \(unexpected)")
    FuzzInput.require(review != nil || !expected.isEmpty, "the imported review does not open: \(diagnostics)")
    return 0
}

private let vocabulary = ThemeVocabulary(FuzzInput.registry.themes.map { (slug: $0.slug, names: [$0.title] + $0.aliases) })

@_cdecl("FuzzImport_main")
func main(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv) { data, size in fuzzImport(data ?? UnsafePointer(bitPattern: 1)!, size) }
}
