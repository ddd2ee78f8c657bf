import ReviewSiteCore

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
        text.withUTF8Buffer { append($0) }
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
        ByteScan.first(in: input, from: start) { chunk in
            ByteScan.zeroLanes(chunk) | ByteScan.lanes(chunk, equalTo: 0x26) | ByteScan.lanes(chunk, equalTo: 0x3C)
                | ByteScan.lanes(chunk, equalTo: 0x3E) | ByteScan.lanes(chunk, equalTo: 0x22) | ByteScan.lanes(chunk, equalTo: 0x27)
        } isMarked: { byte in
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0: true
            default: false
            }
        }
    }

    mutating func text(_ input: String) { text(input.utf8) }
}
