/// One physical line of the source with the layout facts later stages need:
/// where it was, how far it was indented, and whether a new page began there.
struct SourceLine: Sendable, Equatable {
    let number: Int
    var text: String
    var indent: Int
    var pageStart: Bool

    var isBlank: Bool { text.isEmpty }

    /// Splits text into lines, trimming each and recording indentation and form feeds.
    static func split(_ text: String) -> [SourceLine] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines: [SourceLine] = []
        for (index, raw) in normalized.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            let pageStart = line.contains("\u{0C}")
            line = line.replacingOccurrences(of: "\u{0C}", with: "")
            line = String(line.map { spaceLike.contains($0) ? " " : $0 })
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            lines.append(SourceLine(number: index + 1, text: trimmed, indent: indent, pageStart: pageStart))
        }
        return lines
    }

    private static let spaceLike: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\u{200B}"]
}

import Foundation
