import Foundation
import ReviewSiteCore
import Testing

/// A build drops each review's parsed Markdown after analysis and parses the file again when
/// rendering it; the second parse must be the same document, or an error if the file changed.
@Suite("Released documents")
struct ReleasedDocumentTests {
    let text = """
    ---
    title: Child A
    kind: Serious Case Review
    board: Fixture Board
    ---

    ## 1. Findings

    1.1. Practitioners visited the family.[^1]

    > [!LEARNING] neglect
    > 1.2. Neglect was not recognised.

    [^1]: A note.
    """

    func parseFile(_ text: String, in folder: URL) throws -> (Review, URL) {
        let url = folder.appendingPathComponent("child-a.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let source = try SourceFile.read(url, displayPath: "Content/reviews/child-a.md")
        let (review, _) = ReviewParser.parse(source, slug: "child-a", registry: ReviewParserTests.registry, keepingDocument: false)
        return (try #require(review), url)
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("released-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func parsesTheSameDocumentAgain() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (review, _) = try parseFile(text, in: folder)
        #expect(review.body.isDocumentReleased)
        #expect(review.body.document.nodes.count == 1)
        let kept = try #require(ReviewParser.parse(try SourceFile.read(folder.appendingPathComponent("child-a.md"), displayPath: "x"), slug: "child-a", registry: ReviewParserTests.registry).0)
        let reloaded = try review.body.loadDocument()
        #expect(reloaded.nodes.count == kept.body.document.nodes.count)
        #expect(reloaded.storage == kept.body.document.storage)
        #expect(reloaded[review.passages[0].node].kind == .blockQuote)
    }

    @Test func refusesAFileChangedSinceItWasAnalysed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (review, url) = try parseFile(text, in: folder)
        try text.replacingOccurrences(of: "visited", with: "called on").write(to: url, atomically: true, encoding: .utf8)
        #expect {
            _ = try review.body.loadDocument()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.description)
                == ["Content/reviews/child-a.md:1:1: error: the file changed while the site was being built; build again"]
        }
    }
}
