import Foundation

/// A content file read into memory, with the path an author recognises.
public struct SourceFile: Sendable {
    public var url: URL
    /// Path shown in diagnostics, e.g. `Content/reviews/child-j.md`.
    public var displayPath: String
    public var text: String

    public init(url: URL, displayPath: String, text: String) {
        self.url = url
        self.displayPath = displayPath
        self.text = text
    }

    /// Reads UTF-8 text, dropping a byte-order mark; anything else is a diagnostic, not a crash.
    public static func read(_ url: URL, displayPath: String) throws(DiagnosticError) -> SourceFile {
        if let problem = FileKindCheck.problem(at: url) {
            throw DiagnosticError([Diagnostic(.error, file: displayPath, line: 1, column: 1, problem)])
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DiagnosticError([Diagnostic(.error, file: displayPath, line: 1, column: 1, "cannot read the file (\(error.localizedDescription)); check that it exists and is readable")])
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidPosition(in: Array(bytes))
            throw DiagnosticError([Diagnostic(.error, file: displayPath, line: line, column: column, "the file is not valid UTF-8 text; re-save it with UTF-8 encoding")])
        }
        let hasCarriageReturn = bytes.withUnsafeBytes { $0.count > 0 && memchr($0.baseAddress!, 0x0D, $0.count) != nil }
        return SourceFile(url: url, displayPath: displayPath, text: hasCarriageReturn ? normalizeNewlines(text) : text)
    }

    /// Asks the kernel to start reading the file into its cache without waiting for it, so that
    /// parsing one file overlaps reading the next instead of stalling on the disk.
    static func prefetch(_ url: URL) {
        // Not blocking: opening a named pipe to read would wait for a writer. Reading it is
        // `read`'s to refuse.
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
        close(descriptor)
    }

    private static func normalizeNewlines(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func firstInvalidPosition(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let end = index + length
            if length == 0 || end > bytes.count
                || bytes[(index + 1)..<end].contains(where: { $0 >> 6 != 0b10 })
                || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                return (line, index - lineStart + 1)
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index = end
        }
        return (line, 1)
    }
}
