import ReviewSiteCore

/// A JSON value written compactly with its keys in the order given, so generated files
/// (search shards, downloads) are byte-for-byte the same on every build.
public indirect enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public var text: String {
        var output: [UInt8] = []
        write(into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    public func write(into output: inout [UInt8]) {
        switch self {
        case .string(let value): Self.writeString(value, into: &output)
        case .int(let value): Self.writeInt(value, into: &output)
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .null: output += "null".utf8
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                value.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                value.write(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Writes an integer's decimal digits without making a String of them: most are the small
    /// numbers of search postings, one digit or two.
    static func writeInt(_ value: Int, into output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 { return output.append(UInt8(ascii: "0") &+ UInt8(magnitude)) }
        // Filled from the end: Int.min has 19 digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start &-= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: digits[start...])
        }
    }

    /// Escapes quotes, backslashes and control characters, and U+2028/U+2029 so the text is also
    /// valid JavaScript; copies the runs between them whole.
    static func writeString(_ value: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func escape(_ replacement: some Sequence<UInt8>, skipping count: Int) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: replacement)
                index += count
                runStart = index
            }
            while let candidate = firstCandidate(in: bytes, from: index) {
                index = candidate
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): escape(#"\""#.utf8, skipping: 1)
                case UInt8(ascii: "\\"): escape(#"\\"#.utf8, skipping: 1)
                case UInt8(ascii: "\n"): escape(#"\n"#.utf8, skipping: 1)
                case UInt8(ascii: "\r"): escape(#"\r"#.utf8, skipping: 1)
                case UInt8(ascii: "\t"): escape(#"\t"#.utf8, skipping: 1)
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8, skipping: 1)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape((bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8, skipping: 3)
                default:
                    index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The position of the first byte at or after `start` that may need escaping: a quote, a
    /// backslash, a control character, or 0xE2, which starts U+2028 and U+2029. Search files
    /// and downloads are mostly text that needs none.
    static func firstCandidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        ByteScan.first(in: bytes, from: start) { chunk in
            ByteScan.lanes(chunk, below: 0x20) | ByteScan.lanes(chunk, equalTo: 0x22) | ByteScan.lanes(chunk, equalTo: 0x5C) | ByteScan.lanes(chunk, equalTo: 0xE2)
        } isMarked: { byte in
            switch byte {
            case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xE2: true
            default: false
            }
        }
    }
}
