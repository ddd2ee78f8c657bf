/// What counts as a word that may be a glossary term: a run of letters, digits and `&` (as in
/// A&E) with at least one capital. The renderer that marks terms up and the check that reports
/// terms unused or undefined both read text through this, so they always agree.
public enum GlossaryWords {
    /// Calls `body` with the byte range of each capitalised word of `text`, in order. Runs over
    /// every text of every review page, so it looks for capitals 8 bytes at a time and only
    /// reads byte by byte around one: most words have none.
    @inlinable
    public static func forEachCapitalised(in text: ArraySlice<UInt8>, _ body: (Range<Int>) -> Void) {
        wordBytes.withUnsafeBufferPointer { isWordByte in
            text.withUnsafeBufferPointer { bytes in
                let offset = text.startIndex
                var index = 0
                // A word reported ends before `index`, at a byte that is no part of a word, so
                // no word found later reaches back past it.
                while let capital = firstCapital(in: bytes, from: index) {
                    var start = capital
                    while start > index && isWordByte[Int(bytes[start &- 1])] { start &-= 1 }
                    var end = capital &+ 1
                    while end < bytes.count && isWordByte[Int(bytes[end])] { end &+= 1 }
                    body(offset + start..<offset + end)
                    index = end
                }
            }
        }
    }

    /// The position of the first byte from `A` to `Z` at or after `start`.
    @inlinable
    static func firstCapital(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        ByteScan.first(in: bytes, from: start, lanes: capitalLanes) { $0 &- 0x41 < 26 }
    }

    /// The top bit of each byte of `chunk` that is from 0x41 (`A`) to 0x5A (`Z`), the rest zero:
    /// `hasbetween` from Sean Anderson's Bit Twiddling Hacks. No lane borrows from or carries
    /// into its neighbour, so each lane's bit is exact.
    @inlinable
    static func capitalLanes(_ chunk: UInt64) -> UInt64 {
        let ones = ByteScan.ones
        let low = chunk & (ones &* 0x7F)
        return (ones &* (0x7F + 0x5B) &- low) & ~chunk & (low &+ ones &* (0x7F - 0x40)) & ByteScan.tops
    }

    /// Per byte: whether it can be part of a word.
    @usableFromInline
    static let wordBytes: [Bool] = (0...255).map { isWordByte(UInt8($0)) }

    @inlinable
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x26
    }
}
