extension MarkdownDocument {
    /// The first node, in document order, nested more than `limit` levels below the document.
    ///
    /// Renderers and analysers walk the tree recursively; callers refuse documents deeper than
    /// a limit so that hostile or mistyped input cannot exhaust a thread's stack.
    public func firstNode(deeperThan limit: Int) -> Int? {
        var depth = [Int32](repeating: 0, count: nodes.count)
        for index in nodes.indices {
            if depth[index] > limit { return index }
            var child = nodes[index].firstChild
            while child >= 0 {
                depth[Int(child)] = depth[index] + 1
                child = nodes[Int(child)].nextSibling
            }
        }
        return nil
    }
}
