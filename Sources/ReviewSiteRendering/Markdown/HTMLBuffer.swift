/// A byte buffer that HTML is written into, with the escaping each context needs.
struct HTMLBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Text content: escapes `&`, `<`, `>` and quotes, so it is also safe inside attributes.
    mutating func text(_ input: some Collection<UInt8>) {
        if input.withContiguousStorageIfAvailable({ escape($0) }) == nil {
            Array(input).withUnsafeBufferPointer { escape($0) }
        }
    }

    /// Copies the runs between special bytes whole: most text has none.
    private mutating func escape(_ input: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in input.indices {
            let replacement: StaticString
            switch input[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            case 0: replacement = "\u{FFFD}"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
            raw(replacement)
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart...]))
    }

    mutating func text(_ input: String) { text(input.utf8) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
