import Synchronization

/// The "Also on" lines of listing pages, by theme list and page depth, each rendered once per
/// build through `partials/also-on`: passages share a few hundred theme lists, and every
/// listing page quoting them rendered its own copy (14,000 renders at 1,000 reviews).
final class AlsoOnLines: Sendable {
    private struct Key: Hashable {
        var themes: [String]
        var root: String
    }

    private let lines = Mutex<[Key: String]>([:])

    /// The line for `themes` on a page at `root`, rendered by `render` the first time.
    func line(themes: [String], root: String, render: () -> String) -> String {
        let key = Key(themes: themes, root: root)
        if let line = lines.withLock({ $0[key] }) { return line }
        let line = render()
        lines.withLock { $0[key] = line }
        return line
    }
}
