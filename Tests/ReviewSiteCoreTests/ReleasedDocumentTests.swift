import Foundation
import Markdown
import ReviewSiteCore
import Testing

/// A build parks each review's parsed Markdown in a temporary file after analysis and reads it
/// back when rendering it: the document read back must be the one analysed, whatever happens to
/// the review's file in between.
@Suite("Released documents")
struct ReleasedDocumentTests {
    let text = """
    ---
    title: Child A
    kind: Serious Case Review
    board: Fixture Board
    ---

    ## 1. Findings

    1.1. Practitioners visited the family.[^1] See <https://example.org/guidance>.

    > [!LEARNING] neglect
    > 1.2. Neglect was ~~not~~ recognised late.

    | Agency | Visits |
    | :--- | ---: |
    | Health | 3 |

    [^1]: A note.
    """

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("released-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func parse(_ url: URL, spill: SpillFile?) throws -> Review {
        let source = try SourceFile.read(url, displayPath: "Content/reviews/child-a.md")
        return try #require(ReviewParser.parse(source, slug: "child-a", registry: ReviewParserTests.registry, spill: spill).0)
    }

    /// Every field of every node, as text, so two documents can be compared whole.
    func describe(_ document: MarkdownDocument) -> [String] {
        document.nodes.indices.map { index in
            let node = document[index]
            return "\(node.kind) \(node.start.line):\(node.start.column)-\(node.end.line):\(node.end.column) \(document.firstChild(of: index) ?? -1) \(node.number) "
                + "\(node.isOrderedList) \(node.isTightList) \(node.isHeaderRow) [\(document.literal(index))] [\(document.secondary(index))]"
        }
    }

    @Test func readsBackTheDocumentItAnalysed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("child-a.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let spill = try #require(SpillFile(in: folder))
        let released = try parse(url, spill: spill)
        let kept = try parse(url, spill: nil)
        #expect(released.body.isDocumentReleased)
        #expect(!kept.body.isDocumentReleased)
        #expect(released.body.document.nodes.count == 1)

        try "---\ntitle: Changed\n---\n\nOther text.\n".write(to: url, atomically: true, encoding: .utf8)
        let reloaded = try released.body.loadDocument()
        #expect(describe(reloaded) == describe(kept.body.document))
        #expect(reloaded.storage == kept.body.document.storage)
        #expect(reloaded[released.passages[0].node].kind == .blockQuote)
        #expect(describe(try released.body.loadDocument()) == describe(reloaded))
    }

    @Test func leavesNoFileBehind() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = SpillFile(in: folder)
        #expect(spill != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func keepsDocumentsWhenNoTemporaryFileCanBeMade() throws {
        #expect(SpillFile(in: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")) == nil)
    }

    @Test func readsBackManyDocumentsParkedAtOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try #require(SpillFile(in: folder))
        let texts = (1...64).map { "## Section \($0)\n\n\($0).1. " + String(repeating: "Agency \($0) visited. ", count: $0 * 20) + "\n" }
        let bodies = concurrentMap(texts.count) { index -> MarkdownBody in
            var body = MarkdownBody(document: MarkdownParser.parse(texts[index]), lineOffset: 0)
            body.releaseDocument(into: spill, displayPath: "review-\(index).md")
            return body
        }
        for (index, body) in bodies.enumerated() {
            #expect(body.isDocumentReleased)
            #expect(describe(try body.loadDocument()) == describe(MarkdownParser.parse(texts[index])))
        }
    }
}
