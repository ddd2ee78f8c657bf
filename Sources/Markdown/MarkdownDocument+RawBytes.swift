/// A document as two runs of raw bytes, its nodes and its text, so that a build can park a
/// parsed document outside its memory and read it back instead of parsing the Markdown again.
/// The bytes mean something only to the process that wrote them.
extension MarkdownDocument {
    public var nodeCount: Int { nodes.count }
    public var storageCount: Int { storage.count }
    public static var nodeStride: Int { MemoryLayout<MarkdownNode>.stride }

    public func withRawBytes<Result>(_ body: (_ nodes: UnsafeRawBufferPointer, _ storage: UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        precondition(_isPOD(MarkdownNode.self), "a node must hold no references to be copied as bytes")
        return try nodes.withUnsafeBytes { nodes in try storage.withUnsafeBytes { storage in try body(nodes, storage) } }
    }

    /// A document of `nodeCount` nodes and `storageCount` bytes of text, whose bytes `fill`
    /// copies in as `withRawBytes` gave them; nil when `fill` returns false.
    public init?(nodeCount: Int, storageCount: Int, fill: (_ nodes: UnsafeMutableRawBufferPointer, _ storage: UnsafeMutableRawBufferPointer) -> Bool) {
        var filled = false
        var storage: [UInt8] = []
        let nodes = [MarkdownNode](unsafeUninitializedCapacity: nodeCount) { nodeBuffer, nodesInitialized in
            storage = [UInt8](unsafeUninitializedCapacity: storageCount) { storageBuffer, storageInitialized in
                filled = fill(UnsafeMutableRawBufferPointer(nodeBuffer), UnsafeMutableRawBufferPointer(storageBuffer))
                storageInitialized = filled ? storageCount : 0
            }
            nodesInitialized = filled ? nodeCount : 0
        }
        guard filled else { return nil }
        self.init(nodes: nodes, storage: storage)
    }
}
