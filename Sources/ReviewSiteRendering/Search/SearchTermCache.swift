import Foundation

/// The index term of every word met so far, keyed by the word's bytes. The same few thousand
/// words recur in every review and passage: stemming each again, with the strings that made,
/// cost a third of indexing them.
///
/// Each distinct term has a slot, shared by the words stemming to it, so a document's weights
/// are summed by slot in an array instead of by term in a dictionary, which hashed each term's
/// string once for every document holding it.
final class SearchTermCache {
    // One thread at a time holds the cache (`SearchTermCaches`), and no access to its state
    // overlaps another, so the runtime need not check each, once for every distinct word of
    // every document.
    @exclusivity(unchecked) private var table = WordTable(room: 4096)
    /// By position in `table`: the slot of the word's term, or -1 for a stop word.
    @exclusivity(unchecked) private var slots: [Int32] = []
    /// By slot.
    @exclusivity(unchecked) private var terms: [String] = []
    /// By slot: each term's FNV-1a hash, which `TermPostings` finds it by.
    @exclusivity(unchecked) private var termHashes: [UInt64] = []
    @exclusivity(unchecked) private var slotsByTerm: [String: Int32] = [:]
    /// By slot: the weight summed so far for the document being weighed, zero for none.
    @exclusivity(unchecked) private var sums: [Int] = []

    /// Each index term of the tallied words with its summed weight, capped at `cap`, in the order
    /// the terms were first met in the tally.
    func weights(of tally: borrowing WordTally, cap: Int) -> [SearchEntry.TermWeight] {
        var met: [Int32] = []
        met.reserveCapacity(tally.count)
        tally.forEach { word, weight in
            let slot = slot(of: word)
            guard slot >= 0 else { return }
            if sums[slot] == 0 { met.append(Int32(slot)) }
            sums[slot] += weight
        }
        let weights = met.map { slot in
            SearchEntry.TermWeight(term: terms[Int(slot)], termHash: termHashes[Int(slot)], weight: min(cap, sums[Int(slot)]))
        }
        for slot in met { sums[Int(slot)] = 0 }
        return weights
    }

    /// The slot of the index term of `word`, given as a `WordSink` is given words, or -1 for a stop word.
    private func slot(of word: UnsafeBufferPointer<UInt8>) -> Int {
        let (position, isNew) = table.insert(word)
        if isNew { slots.append(newSlot(SearchTokenizer.indexTerm(String(decoding: word, as: UTF8.self)))) }
        return Int(slots[position])
    }

    private func newSlot(_ term: String?) -> Int32 {
        guard let term else { return -1 }
        if let slot = slotsByTerm[term] { return slot }
        let slot = Int32(terms.count)
        terms.append(term)
        termHashes.append(FNV1a.hash(term.utf8))
        sums.append(0)
        slotsByTerm[term] = slot
        return slot
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
