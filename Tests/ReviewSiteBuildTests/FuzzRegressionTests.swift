import Foundation
import Markdown
import ReviewSiteCore
@testable import ReviewSiteImport
@testable import ReviewSiteRendering
import ReviewSitePreview
import Testing

/// Every input the fuzz targets (Fuzz/, scripts/fuzz) ever broke, kept under
/// Fixtures/fuzz-crashes/TARGET/ and fed again to the entry points that target drives,
/// with the properties it checks.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = Fixtures.root.appendingPathComponent("fuzz-crashes")

    static let inputs: [String] = {
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? []).sorted().map { "\(target)/\($0)" }
        }
    }()

    static let registry: ThemeRegistry = {
        var log: [Diagnostic] = []
        let themes = "neglect:\n  title: Neglect\n  aliases: [failure to thrive]\nescalation:\n  title: Escalation\n"
        return ThemeRegistryLoader.load(source(themes, path: "Content/themes.yml"), log: &log)
    }()

    /// As `SourceFile.read` gives it to the parsers: line ends normalised to `\n`.
    static func source(_ text: String, path: String = "Content/reviews/fuzz.md") -> SourceFile {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return SourceFile(url: URL(fileURLWithPath: path), displayPath: path, text: normalized)
    }

    static func review(body: String) -> SourceFile {
        source("---\ntitle: Child F\nkind: Serious Case Review\nboard: Fixture Safeguarding Partnership\npublished: 2020-07-03\n---\n" + body)
    }

    @Test func everyTargetHasItsRegressions() {
        #expect(Set(Self.inputs.map { $0.split(separator: "/")[0] }).isSuperset(of: ["FuzzAnchors", "FuzzFrontMatter", "FuzzImport"]))
    }

    @Test(arguments: inputs)
    func frontMatterAndBody(input: String) throws {
        let text = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(input)), as: UTF8.self)
        let lineCount = Self.source(text).text.split(separator: "\n", omittingEmptySubsequences: false).count
        let (_, diagnostics) = ReviewParser.parse(Self.source(text), slug: "fuzz", registry: Self.registry)
        for diagnostic in diagnostics { #expect(diagnostic.line <= lineCount, "\(diagnostic)") }
        let (_, pageDiagnostics) = PageParser.parse(Self.source(text), slug: "fuzz", registry: Self.registry)
        var log: [Diagnostic] = []
        _ = ThemeRegistryLoader.load(Self.source(text, path: "Content/themes.yml"), log: &log)
        for diagnostic in pageDiagnostics + log { #expect(diagnostic.line <= lineCount, "\(diagnostic)") }
    }

    @Test(arguments: inputs)
    func anchorsArePlainUniqueIDs(input: String) throws {
        let text = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(input)), as: UTF8.self)
        let slug = Slug.make(text)
        #expect(slug.isEmpty || Slug.isValid(slug))
        #expect(Slug.make(slug) == slug)
        let (review, diagnostics) = ReviewParser.parse(Self.review(body: text), slug: "fuzz", registry: Self.registry)
        guard let review, !diagnostics.contains(where: { $0.severity == .error }) else { return }
        let anchors = Array(review.body.anchors.values)
        #expect(Set(anchors).count == anchors.count)
        for anchor in anchors {
            #expect(!anchor.isEmpty && anchor.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }, "\(anchor)")
        }
        for passage in review.passages { #expect(review.body.anchors[passage.node] == passage.anchor) }
    }

    @Test(arguments: inputs)
    func importedDraftOpensWithOnlyItsFieldsToComplete(input: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(input))
        guard let text = try? SourceText.decode(data, file: "fuzz.txt") else { return }
        let vocabulary = ThemeVocabulary(Self.registry.themes.map { (slug: $0.slug, names: [$0.title] + $0.aliases) })
        guard let imported = try? ReviewImporter(vocabulary: vocabulary).convert(text, sourceName: "fuzz.txt") else { return }
        let (_, diagnostics) = ReviewParser.parse(Self.source(imported.markdown), slug: "fuzz", registry: Self.registry)
        let expected = Set(imported.unknownFields.map { "missing required field '\($0)'; add '\($0): ...'" })
        #expect(diagnostics.filter { $0.severity == .error && !expected.contains($0.message) } == [])
    }

    @Test(arguments: inputs)
    func glossaryMarkupAndRenderedHTMLStaySafe(input: String) throws {
        let text = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(input)), as: UTF8.self)
        let marker = AbbreviationMarker(["MASH": "Multi-Agency Safeguarding Hub", "A&E": "Accident and Emergency", "GP": "general \"practitioner\""])
        var buffer = HTMLBuffer()
        marker.write(ArraySlice(text.utf8), into: &buffer)
        let plain = buffer.string.replacing(#/<abbr title="[^"<>]*">/#, with: "").replacing("</abbr>", with: "")
        #expect(!plain.contains("<") && !plain.contains(">") && !plain.contains("\""))
        let (review, _) = ReviewParser.parse(Self.review(body: text), slug: "fuzz", registry: Self.registry)
        guard let review else { return }
        var renderer = MarkdownHTMLRenderer(
            document: review.body.document, anchors: review.body.anchors, abbreviations: marker,
            footnotePrefix: "", footnoteOrder: review.body.footnoteOrder, passageMarkers: review.body.passageMarkers(review.passages)
        )
        let html = renderer.renderBody().lowercased()
        #expect(!html.contains("<script") && html.firstMatch(of: #/<[a-z][^>]*\son[a-z]+\s*=/#) == nil)
    }

    @Test(arguments: inputs)
    func requestPathsStayInsideTheSite(input: String) throws {
        let raw = String(decoding: try Data(contentsOf: Self.folder.appendingPathComponent(input)), as: UTF8.self)
        for exists in [{ (_: String) in true }, { (path: String) in path.hasSuffix("/index.html") }] {
            let path: String
            switch RequestPath.resolve(raw, exists: exists) {
            case .file(let served):
                #expect(served.utf8.first != 0x2F)
                path = served
            case .redirect(let location):
                #expect(location.utf8.starts(with: [0x2F]) && !location.utf8.starts(with: [0x2F, 0x2F]))
                path = String(Substring(try #require(location.removingPercentEncoding).unicodeScalars.dropFirst()))
            case .notFound, .forbidden:
                continue
            }
            #expect(!path.utf8.contains(0x5C) && !path.utf8.contains(0), "\(path)")
            let segments = path.utf8.split(separator: 0x2F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            #expect(!segments.contains("..") && !segments.contains("."), "\(path)")
        }
    }
}
