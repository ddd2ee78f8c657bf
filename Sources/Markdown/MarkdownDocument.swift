/// A parsed Markdown document: cmark-gfm's tree copied into Swift values, with source positions.
///
/// Node 0 is the document. Literal text (text, code, URLs, footnote labels) lives in one byte
/// buffer that renderers copy from directly.
public struct MarkdownDocument: Sendable {
    public let nodes: [MarkdownNode]
    public let storage: [UInt8]

    public var root: Int { 0 }

    @inlinable
    public subscript(index: Int) -> MarkdownNode { nodes[index] }

    /// The literal of a text, code, HTML or code-block node, the destination of a link or image,
    /// or the label of a footnote reference or definition.
    public func literal(_ index: Int) -> String {
        bytes(nodes[index].literal).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    @inlinable
    public func literalBytes(_ index: Int) -> ArraySlice<UInt8> { bytes(nodes[index].literal) }

    /// The title of a link or image, or the info string of a code block.
    public func secondary(_ index: Int) -> String {
        bytes(nodes[index].secondary).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    @inlinable
    public func children(of index: Int) -> Children { Children(nodes: nodes, first: nodes[index].firstChild) }

    @inlinable
    public func firstChild(of index: Int) -> Int? {
        let child = nodes[index].firstChild
        return child < 0 ? nil : Int(child)
    }

    /// The concatenated text of a node's inline content, as a reader would see it.
    public func plainText(of index: Int) -> String {
        var bytes: [UInt8] = []
        // A whole review's text, which search reads, is about as long as its storage: grown
        // by doubling, it was copied a dozen times.
        if index == root { bytes.reserveCapacity(storage.count) }
        appendPlainText(of: index, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public func appendPlainText(of index: Int, to output: inout [UInt8]) {
        let node = nodes[index]
        switch node.kind {
        case .text, .code:
            output.append(contentsOf: literalBytes(index))
        case .softBreak, .lineBreak:
            output.append(UInt8(ascii: " "))
        case .footnoteReference, .htmlInline, .htmlBlock:
            break
        default:
            var needsSpace = false
            for child in children(of: index) {
                if needsSpace { output.append(UInt8(ascii: " ")) }
                appendPlainText(of: child, to: &output)
                needsSpace = nodes[child].kind.isBlock
            }
        }
    }

    @inlinable
    func bytes(_ range: Range<Int32>) -> ArraySlice<UInt8> {
        storage[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    /// The indices of a node's children, in order.
    /// Holds the nodes only, not the document: iterating children is done for every node of
    /// every page, and each copy of a document retains and releases both its arrays.
    public struct Children: Sequence, IteratorProtocol {
        @usableFromInline let nodes: [MarkdownNode]
        @usableFromInline var upcoming: Int32

        @inlinable
        init(nodes: [MarkdownNode], first: Int32) {
            self.nodes = nodes
            self.upcoming = first
        }

        @inlinable
        public mutating func next() -> Int? {
            guard upcoming >= 0 else { return nil }
            let current = Int(upcoming)
            upcoming = nodes[current].nextSibling
            return current
        }
    }
}
