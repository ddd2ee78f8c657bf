/// Sums a weight per distinct word, keyed by the word's bytes, so a review's hundred thousand
/// words cost a hash of bytes each and only its few thousand distinct words become strings.
///
/// Words are hashed and compared 8 bytes at a time (most are one such chunk), in memory of its
/// own: arrays checked their bounds and uniqueness on every word of every review.
struct WordTally: WordSink, ~Copyable {
    /// The weight each word taken now adds.
    var weight = 1
    /// The distinct words' bytes, each word in whole chunks, zeros past its end.
    private var chunks: Storage<UInt64>
    private var words: Storage<Word>
    /// Open addressing: a word's position in `words` plus one, or zero for an empty slot.
    private var slots: Storage<Int32>

    /// A tally with room for the words of `textLength` bytes of text, up to a review's
    /// distinct words: a passage's tally need not clear a review's table.
    init(textLength: Int) {
        var room = 16
        while room < 512 && room < textLength / 8 { room *= 2 }
        chunks = Storage(capacity: room * 2)
        words = Storage(capacity: room)
        slots = Storage(zeros: room * 2)
    }

    var count: Int { words.count }

    private struct Word {
        var firstChunk: Int
        var count: Int
        var weight: Int
    }

    mutating func take(_ word: UnsafeBufferPointer<UInt8>) {
        let start = UnsafeRawPointer(word.baseAddress!)
        let count = word.count
        if words.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        guard count <= 8 else { return takeLong(start, count, mask: mask) }
        let chunk = Self.chunk(start, 0)
        var slot = Self.finish(Self.mix(UInt64(count), chunk)) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if words[index].count == count && chunks[words[index].firstChunk] == chunk {
                words[index].weight += weight
                return
            }
            slot = (slot + 1) & mask
        }
        add(at: slot, count: count) { _ in chunk }
    }

    /// `take` for a word of more than one chunk.
    private mutating func takeLong(_ start: UnsafeRawPointer, _ count: Int, mask: Int) {
        let chunkCount = (count + 7) / 8
        var slot = Self.hash(count: count, chunkCount: chunkCount) { Self.chunk(start, $0) } & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if words[index].count == count && matches(words[index].firstChunk, start, chunkCount) {
                words[index].weight += weight
                return
            }
            slot = (slot + 1) & mask
        }
        add(at: slot, count: count) { Self.chunk(start, $0) }
    }

    private mutating func add(at slot: Int, count: Int, chunk: (Int) -> UInt64) {
        slots[slot] = Int32(words.count + 1)
        words.append(Word(firstChunk: chunks.count, count: count, weight: weight))
        for index in 0..<(count + 7) / 8 { chunks.append(chunk(index)) }
    }

    /// Each distinct word with its summed weight, in the order first seen.
    func forEach(_ body: (String, Int) -> Void) {
        for index in 0..<words.count {
            let word = words[index]
            let bytes = (0..<word.count).map { UInt8(truncatingIfNeeded: chunks[word.firstChunk + $0 / 8] >> (8 * ($0 % 8))) }
            body(String(decoding: bytes, as: UTF8.self), word.weight)
        }
    }

    private func matches(_ firstChunk: Int, _ start: UnsafeRawPointer, _ chunkCount: Int) -> Bool {
        for index in 0..<chunkCount where chunks[firstChunk + index] != Self.chunk(start, index) { return false }
        return true
    }

    private mutating func grow() {
        slots = Storage(zeros: slots.count * 2)
        let mask = slots.count - 1
        for index in 0..<words.count {
            let word = words[index]
            var slot = Self.hash(count: word.count, chunkCount: (word.count + 7) / 8) { chunks[word.firstChunk + $0] } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// Chunk `index` of the word at `start`, its first byte lowest; the scanner stores a word's
    /// last chunk whole, zeros past the word (`WordSink`).
    private static func chunk(_ start: UnsafeRawPointer, _ index: Int) -> UInt64 {
        UInt64(littleEndian: start.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
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

    /// A growable run of trivial values, freed with the tally.
    private struct Storage<Element: BitwiseCopyable>: ~Copyable {
        private var base: UnsafeMutablePointer<Element>
        private var capacity: Int
        private(set) var count: Int

        init(capacity: Int) {
            base = .allocate(capacity: capacity)
            self.capacity = capacity
            count = 0
        }

        init(zeros count: Int) where Element: FixedWidthInteger {
            self.init(capacity: count)
            base.initialize(repeating: 0, count: count)
            self.count = count
        }

        deinit { base.deallocate() }

        subscript(index: Int) -> Element {
            get { base[index] }
            nonmutating set { base[index] = newValue }
        }

        mutating func append(_ element: Element) {
            if count == capacity {
                let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
                larger.initialize(from: base, count: count)
                base.deallocate()
                base = larger
                capacity *= 2
            }
            base[count] = element
            count += 1
        }
    }
}
