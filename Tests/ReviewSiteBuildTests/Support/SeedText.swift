import Foundation

/// A seed review as a board received it, minus what counts as page furniture: lines that are
/// only a page number, bullet glyphs, running headers and footers (a line repeated on three or
/// more pages, mostly standing alone between blank lines), and the contents list.
struct SeedText {
    let lines: [String]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        lines = Self.withoutContentsList(lines)
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        var standingAlone: [String: (count: Int, alone: Int)] = [:]
        for (index, line) in trimmed.enumerated() where !line.isEmpty {
            let alone = (index == 0 || trimmed[index - 1].isEmpty) && (index == trimmed.count - 1 || trimmed[index + 1].isEmpty)
            let previous = standingAlone[line] ?? (0, 0)
            standingAlone[line] = (previous.count + 1, previous.alone + (alone ? 1 : 0))
        }
        self.lines = lines.indices.filter { index in
            let line = trimmed[index]
            if line.range(of: "^(page\\s*)?[0-9]{1,3}$", options: [.regularExpression, .caseInsensitive]) != nil { return false }
            if ["o", "•", "▪", "-", "\u{F0B7}", "\u{F0A7}"].contains(line) { return false }
            if let repeated = standingAlone[line], repeated.count >= 3, repeated.alone * 2 >= repeated.count, line.rangeOfCharacter(from: .letters) != nil { return false }
            return true
        }.map { lines[$0].replacing(try! Regex("^\\s*[o•▪\u{F0B7}\u{F0A7}]\\s+"), with: "") }
    }

    var text: String { lines.joined(separator: "\n") }

    /// From a "Contents" line to the line where the body repeats the first entry's title.
    private static func withoutContentsList(_ lines: [String]) -> [String] {
        guard let start = lines.firstIndex(where: { normalized($0) == "contents" }) else { return lines }
        let pageNumber = try! Regex("(\\t\\s*(page\\s*)?[0-9]+(\\s*-\\s*[0-9]+)?\\s*$)|(page\\s+[0-9]+\\s*$)").ignoresCase()
        guard let firstEntry = lines[(start + 1)...].firstIndex(where: { $0.firstMatch(of: pageNumber) != nil }) else { return lines }
        let title = normalized(String(lines[firstEntry].replacing(pageNumber, with: "")))
        guard let end = lines[(firstEntry + 1)...].firstIndex(where: { normalized($0) == title }) else { return lines }
        return Array(lines[..<start] + lines[end...])
    }

    /// Letters only, lowercased, without a leading section number: "1. Statutory Framework:" → "statutoryframework".
    static func normalized(_ line: String) -> String {
        String(line.lowercased().unicodeScalars.filter { CharacterSet.lowercaseLetters.contains($0) && $0.isASCII }.map(Character.init))
    }
}
