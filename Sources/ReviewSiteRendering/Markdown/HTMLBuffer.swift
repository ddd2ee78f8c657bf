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
        for byte in input {
            switch byte {
            case 0x26: raw("&amp;")
            case 0x3C: raw("&lt;")
            case 0x3E: raw("&gt;")
            case 0x22: raw("&quot;")
            case 0x27: raw("&#39;")
            case 0: raw("\u{FFFD}")
            default: bytes.append(byte)
            }
        }
    }

    mutating func text(_ input: String) { text(input.utf8) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
