/// A byte buffer that HTML is written into, with the escaping each context needs.
///
/// It manages its own memory: every page's HTML is appended a few bytes at a time, and
/// `Array.append(contentsOf:)` checked uniqueness and capacity through generic code on each
/// of those appends (2.5% of a build's instructions). Not copyable, so it is never shared.
struct HTMLBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    mutating func raw(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Markup made at run time; a literal goes to `raw(_: StaticString)`, which Swift would not
    /// pick for it were this also named `raw(_:)`.
    mutating func raw(contentsOf markup: String) {
        var markup = markup
        markup.withUTF8 { append($0) }
    }

    mutating func raw(_ markup: [UInt8]) {
        markup.withUnsafeBufferPointer { append($0) }
    }

    mutating func raw(_ other: borrowing HTMLBuffer) {
        append(UnsafeBufferPointer(start: other.start, count: other.count))
    }

    /// Text content: escapes `&`, `<`, `>` and quotes, so it is also safe inside attributes.
    mutating func text(_ input: some Collection<UInt8>) {
        if input.withContiguousStorageIfAvailable({ escape($0) }) == nil {
            Array(input).withUnsafeBufferPointer { escape($0) }
        }
    }

    /// Copies the runs between special bytes whole: most text has none. This runs over every
    /// text of every page, so it looks for them 8 bytes at a time.
    private mutating func escape(_ input: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        while let special = Self.firstSpecial(in: input, from: runStart) {
            let replacement: StaticString
            switch input[special] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            default: replacement = "\u{FFFD}"
            }
            append(UnsafeBufferPointer(rebasing: input[runStart..<special]))
            raw(replacement)
            runStart = special &+ 1
        }
        append(UnsafeBufferPointer(rebasing: input[runStart...]))
    }

    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        if source.count > capacity &- count { grow(toHold: count + source.count) }
        (start + count).initialize(from: base, count: source.count)
        count &+= source.count
    }

    private mutating func grow(toHold needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }

    /// The position of the first `&`, `<`, `>`, quote or NUL at or after `start`.
    static func firstSpecial(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        if let base = input.baseAddress {
            while index &+ 8 <= input.count {
                let found = specialLanes(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                if found != 0 { return index &+ found.trailingZeroBitCount / 8 }
                index &+= 8
            }
        }
        while index < input.count {
            switch input[index] {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0: return index
            default: index &+= 1
            }
        }
        return nil
    }

    /// A bit in the top of each lane of `chunk` holding a special byte: a lane is zero after an
    /// exclusive or with the byte it equals (`haszero` from Bit Twiddling Hacks). A borrow can
    /// mark a lane above a true one, never below it, so the lowest mark is exact, which is the
    /// one used. Chunks are loaded little-endian, so the lowest lane is the first byte.
    private static func specialLanes(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        func zeroLanes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value }
        let lanes = zeroLanes(chunk) | zeroLanes(chunk ^ (ones &* 0x26)) | zeroLanes(chunk ^ (ones &* 0x3C))
            | zeroLanes(chunk ^ (ones &* 0x3E)) | zeroLanes(chunk ^ (ones &* 0x22)) | zeroLanes(chunk ^ (ones &* 0x27))
        return lanes & (ones &* 0x80)
    }

    mutating func text(_ input: String) { text(input.utf8) }
}
