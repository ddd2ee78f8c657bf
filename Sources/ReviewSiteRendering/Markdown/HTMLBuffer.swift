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

    /// Copies the runs between special bytes whole: most text has none. A table says which
    /// bytes are special: this runs over every text of every page.
    private mutating func escape(_ input: UnsafeBufferPointer<UInt8>) {
        Self.isSpecial.withUnsafeBufferPointer { isSpecial in
            var runStart = 0
            var index = 0
            while index < input.count {
                guard isSpecial[Int(input[index])] else {
                    index &+= 1
                    continue
                }
                let replacement: StaticString
                switch input[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                default: replacement = "\u{FFFD}"
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
                raw(replacement)
                index &+= 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart...]))
        }
    }

    /// The bytes `escape` replaces: `&`, `<`, `>`, quotes, and NUL.
    private static let isSpecial: [Bool] = (0...255).map { [0x26, 0x3C, 0x3E, 0x22, 0x27, 0].contains($0) }

    mutating func text(_ input: String) { text(input.utf8) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
