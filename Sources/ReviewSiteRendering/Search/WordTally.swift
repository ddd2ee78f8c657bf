import Foundation

/// Sums a weight per distinct word, keyed by the word's bytes, so a review's hundred thousand
/// words cost a hash of bytes each and only its few thousand distinct words become strings.
struct WordTally: WordSink {
    /// The weight each word taken now adds.
    var weight = 1
    private var bytes: [UInt8] = []
    /// Per distinct word: where its bytes start in `bytes`, their count, and its summed weight.
    private var words: [(start: Int, count: Int, weight: Int)] = []
    /// Open addressing: a word's position in `words` plus one, or zero for an empty slot.
    private var slots = [Int32](repeating: 0, count: 1024)

    mutating func take(_ word: UnsafeBufferPointer<UInt8>) {
        if words.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if matches(words[index], word) {
                words[index].weight += weight
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(words.count + 1)
        words.append((bytes.count, word.count, weight))
        bytes.append(contentsOf: word)
    }

    /// Each distinct word with its summed weight, in the order first seen.
    func forEach(_ body: (String, Int) -> Void) {
        for word in words {
            body(String(decoding: bytes[word.start..<word.start + word.count], as: UTF8.self), word.weight)
        }
    }

    private func matches(_ entry: (start: Int, count: Int, weight: Int), _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard entry.count == word.count else { return false }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + entry.start, word.baseAddress!, word.count) == 0 }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, word) in words.enumerated() {
            var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[word.start..<word.start + word.count])) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = FNV1a.hash(word)
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
