/// Distinct words by their bytes, each given a position in the order first seen: what a
/// document's tally and the build's cache of index terms both look words up in.
///
/// Words are hashed and compared 8 bytes at a time (most are one such chunk), in memory of its
/// own: arrays checked their bounds and uniqueness on every word of every review.
struct WordTable: ~Copyable {
    /// The words' bytes in memory order, each word in whole chunks, zeros past its end.
    private var chunks: RawStorage<UInt64>
    private var words: RawStorage<Word>
    /// Open addressing: a word's position plus one, or zero for an empty slot.
    private var slots: RawStorage<Int32>

    /// Where a word's chunks start, and its length in bytes. Not private: this compiler fails
    /// ("Global is external, but doesn't have external or weak linkage") on a private type as
    /// `RawStorage`'s element.
    struct Word {
        var firstChunk: Int
        var count: Int
    }

    /// A table with room for `room` words before it first grows.
    init(room: Int) {
        chunks = RawStorage(capacity: room * 2)
        words = RawStorage(capacity: room)
        slots = RawStorage(zeros: room * 2)
    }

    var count: Int { words.count }

    /// The position of `word`, added if new. Its memory must be readable to the end of its last
    /// 8-byte chunk, zeros past the word (`WordSink`).
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> (position: Int, isNew: Bool) {
        let start = UnsafeRawPointer(word.baseAddress!)
        let count = word.count
        if words.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        guard count <= 8 else { return insertLong(start, count, mask: mask) }
        let chunk = Self.chunk(start, 0)
        var slot = Self.finish(Self.mix(UInt64(count), chunk)) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if words[position].count == count && chunks[words[position].firstChunk] == chunk { return (position, false) }
            slot = (slot + 1) & mask
        }
        return (add(at: slot, count: count) { _ in chunk }, true)
    }

    /// `insert` for a word of more than one chunk.
    private mutating func insertLong(_ start: UnsafeRawPointer, _ count: Int, mask: Int) -> (position: Int, isNew: Bool) {
        let chunkCount = (count + 7) / 8
        var slot = Self.hash(count: count, chunkCount: chunkCount) { Self.chunk(start, $0) } & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if words[position].count == count && matches(words[position].firstChunk, start, chunkCount) { return (position, false) }
            slot = (slot + 1) & mask
        }
        return (add(at: slot, count: count) { Self.chunk(start, $0) }, true)
    }

    private mutating func add(at slot: Int, count: Int, chunk: (Int) -> UInt64) -> Int {
        let position = words.count
        slots[slot] = Int32(position + 1)
        words.append(Word(firstChunk: chunks.count, count: count))
        for index in 0..<(count + 7) / 8 { chunks.append(chunk(index)) }
        return position
    }

    /// The bytes of the word at `position`, zeros after them to the end of their last chunk, as
    /// a `WordSink` is given them; valid until the next insertion.
    func word(at position: Int) -> UnsafeBufferPointer<UInt8> {
        let word = words[position]
        return UnsafeBufferPointer(start: UnsafeRawPointer(chunks.address(of: word.firstChunk)).assumingMemoryBound(to: UInt8.self), count: word.count)
    }

    private func matches(_ firstChunk: Int, _ start: UnsafeRawPointer, _ chunkCount: Int) -> Bool {
        for index in 0..<chunkCount where chunks[firstChunk + index] != Self.chunk(start, index) { return false }
        return true
    }

    private mutating func grow() {
        slots = RawStorage(zeros: slots.count * 2)
        let mask = slots.count - 1
        for position in 0..<words.count {
            let word = words[position]
            var slot = Self.hash(count: word.count, chunkCount: (word.count + 7) / 8) { chunks[word.firstChunk + $0] } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position + 1)
        }
    }

    /// Chunk `index` of the word at `start`, loaded as it lies in memory, so that the stored
    /// chunks read back as the word's bytes.
    private static func chunk(_ start: UnsafeRawPointer, _ index: Int) -> UInt64 {
        start.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
    }

    private static func hash(count: Int, chunkCount: Int, _ chunk: (Int) -> UInt64) -> Int {
        var hash = UInt64(count)
        for index in 0..<chunkCount { hash = mix(hash, chunk(index)) }
        return finish(hash)
    }

    private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
    }

    private static func finish(_ hash: UInt64) -> Int {
        var hash = hash ^ (hash >> 29)
        hash &*= 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
