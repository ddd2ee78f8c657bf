import Markdown

/// Where a review's parsed document was parked in a `SpillFile`, to read back when the review's
/// page is rendered.
public struct SpilledDocument: Sendable {
    private let file: SpillFile
    private let offset: Int64
    private let nodeCount: Int
    private let storageCount: Int
    /// The review's file, as diagnostics name it.
    private let displayPath: String

    /// Nil when the file could not take the document.
    init?(_ document: MarkdownDocument, in file: SpillFile, displayPath: String) {
        guard let offset = document.withRawBytes({ file.append($0, $1) }) else { return nil }
        self.file = file
        self.offset = offset
        self.nodeCount = document.nodeCount
        self.storageCount = document.storageCount
        self.displayPath = displayPath
    }

    func load() throws(DiagnosticError) -> MarkdownDocument {
        let storageOffset = offset + Int64(nodeCount * MarkdownDocument.nodeStride)
        let document = MarkdownDocument(nodeCount: nodeCount, storageCount: storageCount) { nodes, storage in
            file.read(into: nodes, at: offset) && file.read(into: storage, at: storageOffset)
        }
        guard let document else {
            throw DiagnosticError([Diagnostic(.error, file: displayPath, line: 1, column: 1, "the parsed review could not be read back from its temporary file; check that the temporary folder (TMPDIR) is readable and build again")])
        }
        return document
    }
}
