import Foundation

/// Turns the bytes of a text file into a String, accepting the encodings Word and
/// PDF tools actually produce and refusing binaries with an error that says why.
enum SourceText {
    static func decode(_ data: Data, file: String) throws(ImportError) -> String {
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else {
            throw ImportError(file: file, message: "the file is empty; expected the text of a review")
        }
        let text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = try utf8(Array(bytes.dropFirst(3)), offset: 3, all: bytes, file: file)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = try utf16(Array(bytes.dropFirst(2)), littleEndian: bytes[0] == 0xFF, file: file)
        } else {
            try rejectBinary(bytes, file: file)
            text = try utf8OrWindows1252(bytes, file: file)
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ImportError(file: file, message: "the file contains only whitespace; expected the text of a review")
        }
        return text
    }

    private static func rejectBinary(_ bytes: [UInt8], file: String) throws(ImportError) {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            throw ImportError(file: file, line: line, column: column,
                              message: "the file contains NUL bytes, so it looks binary (a PDF or Word file renamed?); give a .pdf, .docx or plain-text file")
        }
        let controls = bytes.indices.filter { isControl(bytes[$0]) }
        if let first = controls.first, controls.count * 100 > bytes.count {
            let (line, column) = position(of: first, in: bytes)
            throw ImportError(file: file, line: line, column: column,
                              message: "\(controls.count) of \(bytes.count) bytes are control characters, so this looks like a binary file, not text")
        }
    }

    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F
    }

    private static func utf8OrWindows1252(_ bytes: [UInt8], file: String) throws(ImportError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        if Windows1252.isPlausibleText(bytes) {
            return Windows1252.decode(bytes)
        }
        return try utf8(bytes, offset: 0, all: bytes, file: file)
    }

    private static func utf8(_ bytes: [UInt8], offset: Int, all: [UInt8], file: String) throws(ImportError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        let bad = offset + firstInvalidUTF8Offset(bytes)
        let (line, column) = position(of: bad, in: all)
        let byte = String(all[min(bad, all.count - 1)], radix: 16, uppercase: true)
        throw ImportError(file: file, line: line, column: column,
                          message: "the text is not valid UTF-8 (byte 0x\(byte)) and does not look like Windows-1252 text; re-save it as UTF-8")
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool, file: String) throws(ImportError) -> String {
        guard bytes.count % 2 == 0 else {
            throw ImportError(file: file, message: "the file starts with a UTF-16 byte order mark but has an odd number of bytes")
        }
        let units = stride(from: 0, to: bytes.count, by: 2).map { index -> UInt16 in
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw ImportError(file: file, message: "the file starts with a UTF-16 byte order mark but is not valid UTF-16")
        }
        return text
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
            case .emptyInput:
                return max(0, bytes.count - 1)
            case .error:
                return consumed
            }
        }
    }

    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
