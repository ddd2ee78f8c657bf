/// The postings of each index term, found by the term's FNV-1a hash. A document's terms come
/// with their hashes from the cache that weighed them (`SearchEntry.TermWeight`), so adding
/// them hashes no strings: a dictionary of strings ran `Hasher` over every term of every
/// review and passage, one at a time under the index's lock.
public struct TermPostings: Sendable, Equatable {
    /// Every term added, in the order first added; a term whose documents were all replaced
    /// away keeps its place with no postings.
    private var terms: [String] = []
    /// By position in `terms`.
    private var lists: [[SearchIndex.Posting]] = []
    private var hashes: [UInt64] = []
    /// Open addressing: a term's position plus one, or zero for an empty slot; at most half full.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// The terms that have postings, in no particular order.
    public var keys: [String] { terms.indices.filter { !lists[$0].isEmpty }.map { terms[$0] } }

    /// The postings of `term`; nil when it has none.
    public subscript(term: String) -> [SearchIndex.Posting]? {
        guard let position = existingPosition(of: term, hash: FNV1a.hash(term.utf8)), !lists[position].isEmpty else { return nil }
        return lists[position]
    }

    /// The terms that have postings, sorted, with their postings.
    var sorted: [(term: String, postings: [SearchIndex.Posting])] {
        terms.indices.filter { !lists[$0].isEmpty }.sorted { terms[$0] < terms[$1] }.map { (terms[$0], lists[$0]) }
    }

    /// Changes the postings of `term`, whose FNV-1a hash is `hash`, in place; a new term starts with none.
    mutating func update(_ term: String, hash: UInt64, _ change: (inout [SearchIndex.Posting]) -> Void) {
        change(&lists[position(of: term, hash: hash)])
    }

    /// Calls `change` on each term's postings in place.
    mutating func updateEach(_ change: (inout [SearchIndex.Posting]) -> Void) {
        for position in lists.indices { change(&lists[position]) }
    }

    /// Equal when the same terms have the same postings, whatever their order of adding.
    public static func == (left: TermPostings, right: TermPostings) -> Bool {
        left.sorted.elementsEqual(right.sorted) { $0.term == $1.term && $0.postings == $1.postings }
    }

    private mutating func position(of term: String, hash: UInt64) -> Int {
        if let position = existingPosition(of: term, hash: hash) { return position }
        if (terms.count + 1) * 2 > slots.count { grow() }
        let position = terms.count
        terms.append(term)
        lists.append([])
        hashes.append(hash)
        slots[freeSlot(for: hash)] = Int32(position + 1)
        return position
    }

    private func existingPosition(of term: String, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Self.start(hash) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if hashes[position] == hash && terms[position] == term { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func freeSlot(for hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Self.start(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// The hash's high half folded into the low bits a table masks.
    private static func start(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (position, hash) in hashes.enumerated() { slots[freeSlot(for: hash)] = Int32(position + 1) }
    }
}
