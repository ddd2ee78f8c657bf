import Synchronization

/// Each term's entry in the search shards as `serve` last wrote it, with the postings it was
/// written from, so that after a save only the terms whose postings changed are written again.
/// It grows only by the terms written during a preview session.
final class SearchTermCache: Sendable {
    private struct Entry: Sendable {
        var postings: [SearchIndex.Posting]
        var json: String
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The entry of `term`, made by `make` unless its postings are the ones last written.
    func json(for term: String, postings: [SearchIndex.Posting], make: () -> String) -> String {
        if let entry = entries.withLock({ $0[term] }), entry.postings == postings { return entry.json }
        let json = make()
        entries.withLock { $0[term] = Entry(postings: postings, json: json) }
        return json
    }
}
