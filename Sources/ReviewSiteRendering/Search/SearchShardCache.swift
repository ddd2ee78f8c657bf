import Synchronization

/// The search index's files as `serve` last wrote them, each with the data it was written from,
/// so that after a save only what changed is written again: the terms whose postings changed,
/// the result shards holding an edited document, the filters whose documents changed. Every
/// entry is checked against its data when used, so nothing can go stale. It grows only by what
/// a preview session writes.
final class SearchShardCache: Sendable {
    /// Each term's entry in its term shard, by term.
    let terms = Shelf<[SearchIndex.Posting]>()
    /// Each result shard's file, by name.
    let results = Shelf<[[UInt8]]>()
    /// Each filter's file, by name.
    let filters = Shelf<[Int]>()

    /// Texts by key, each with the data it was made from.
    final class Shelf<Source: Equatable & Sendable>: Sendable {
        private struct Entry: Sendable {
            var source: Source
            var text: String
        }

        private let entries = Mutex<[String: Entry]>([:])

        /// The text of `key`, made by `make` unless `source` is what it was last made from.
        func text(_ key: String, from source: Source, make: () -> String) -> String {
            if let entry = entries.withLock({ $0[key] }), entry.source == source { return entry.text }
            let text = make()
            entries.withLock { $0[key] = Entry(source: source, text: text) }
            return text
        }
    }
}
