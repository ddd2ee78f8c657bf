import Foundation

/// The index term of every word met so far, keyed by the word's bytes. The same few thousand
/// words recur in every review and passage: stemming each again, with the strings that made,
/// cost a third of indexing them.
final class SearchTermCache {
    // One thread at a time holds the cache (`SearchTermCaches`), and no access to its state
    // overlaps another, so the runtime need not check each, once for every distinct word of
    // every document.
    @exclusivity(unchecked) private var table = WordTable(room: 4096)
    /// By position in `table`; nil for a stop word.
    @exclusivity(unchecked) private var terms: [String?] = []

    /// The index term of `word`, given as a `WordSink` is given words, or nil for a stop word.
    func term(of word: UnsafeBufferPointer<UInt8>) -> String? {
        let (position, isNew) = table.insert(word)
        if isNew { terms.append(SearchTokenizer.indexTerm(String(decoding: word, as: UTF8.self))) }
        return terms[position]
    }
}

/// Term caches lent to one thread at a time: each review is indexed with a cache no other thread
/// is using, and the caches outlive the reviews, so a build stems each word once per thread.
final class SearchTermCaches: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [SearchTermCache] = []

    func withCache<Value>(_ body: (SearchTermCache) -> Value) -> Value {
        let cache = lock.withLock { idle.popLast() } ?? SearchTermCache()
        defer { lock.withLock { idle.append(cache) } }
        return body(cache)
    }
}
