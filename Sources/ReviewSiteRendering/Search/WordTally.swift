/// Sums a weight per distinct word, keyed by the word's bytes, so a review's hundred thousand
/// words cost a hash of bytes each and only its few thousand distinct words are looked at again.
struct WordTally: WordSink, ~Copyable {
    /// The weight each word taken now adds.
    var weight = 1
    private var table: WordTable
    /// Each distinct word's summed weight, by its position in `table`.
    private var weights: RawStorage<Int>

    /// A tally with room for the words of `textLength` bytes of text, up to a review's
    /// distinct words: a passage's tally need not clear a review's table.
    init(textLength: Int) {
        var room = 16
        while room < 512 && room < textLength / 8 { room *= 2 }
        table = WordTable(room: room)
        weights = RawStorage(capacity: room)
    }

    var count: Int { table.count }

    mutating func take(_ word: UnsafeBufferPointer<UInt8>) {
        let (position, isNew) = table.insert(word)
        if isNew {
            weights.append(weight)
        } else {
            weights[position] += weight
        }
    }

    /// Each distinct word's bytes, as a `WordSink` is given them, with its summed weight, in the
    /// order first seen.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        for position in 0..<table.count { body(table.word(at: position), weights[position]) }
    }
}
