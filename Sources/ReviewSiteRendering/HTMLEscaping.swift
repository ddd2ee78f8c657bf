import Mustache

/// The escaping of every `{{name}}` in a template: swift-mustache's HTML rules (`&`, `<`, `>`,
/// `"` and `'`), applied byte by byte.
///
/// swift-mustache escapes Character by Character through a dictionary, which was a tenth of a
/// build's time. Most values (titles, URLs, labels) have nothing to escape and are returned as
/// they are. `TemplateSet` selects it in each template with a `CONTENT_TYPE` pragma line.
struct HTMLEscaping: MustacheContentType {
    /// The name the pragma uses.
    static let name = "REVIEWSITE_HTML"
    /// The first line of every template as parsed; a standalone tag, so it renders nothing.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name) }}\n"

    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: Self.needsEscaping) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
