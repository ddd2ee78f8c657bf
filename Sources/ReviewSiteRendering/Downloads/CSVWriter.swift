/// Writes CSV as RFC 4180 describes it: CRLF after every record, a field quoted when it holds
/// a comma, a quote, CR or LF, and quotes inside it doubled. Text stays UTF-8.
enum CSVWriter {
    static func append(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            append(field: field, to: &output)
        }
        output += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
    }

    static func append(field value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            let quote = UInt8(ascii: "\"")
            guard bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) else {
                output.append(contentsOf: bytes)
                return
            }
            output.append(quote)
            var runStart = 0
            for index in bytes.indices where bytes[index] == quote {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                output.append(quote)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            output.append(quote)
        }
    }
}
