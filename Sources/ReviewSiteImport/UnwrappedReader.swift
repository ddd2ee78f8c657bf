/// Reads a Word-style export, where each line is already a whole paragraph,
/// list item, table row or footnote definition.
enum UnwrappedReader {
    static func read(_ lines: [SourceLine]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        for line in lines where !line.isBlank {
            let text = line.text
            if let last = blocks.last, case .footnote = last.kind, isBareLink(text) {
                blocks[blocks.count - 1].text += " " + text
            } else if text.hasPrefix("|") || text.hasPrefix("- |") {
                blocks.append(pipeRow(text, line: line.number))
            } else if text.contains("\t") {
                let cells = text.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                blocks.append(RawBlock(kind: .tableRow(cells: cells, piped: false), text: text, line: line.number))
            } else if let (label, rest) = footnoteDefinition(text) {
                blocks.append(RawBlock(kind: .footnote(label: label), text: rest, line: line.number))
            } else if let rest = BulletGlyph.strip(text), !rest.isEmpty {
                if let number = NumberPrefix.parse(rest), number.components.count >= 2 {
                    blocks.append(RawBlock(kind: .text, text: rest, line: line.number))
                } else {
                    blocks.append(RawBlock(kind: .bullet, text: rest, line: line.number, indent: line.indent))
                }
            } else {
                blocks.append(RawBlock(kind: .text, text: text, line: line.number))
            }
        }
        return blocks
    }

    private static func pipeRow(_ text: String, line: Int) -> RawBlock {
        var body = Substring(text)
        if body.hasPrefix("- ") { body = body.dropFirst(2) }
        var cells = body.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        return RawBlock(kind: .tableRow(cells: cells, piped: true), text: text, line: line)
    }

    /// "¹² Text" or "⁴Text": a superscript label opening a footnote definition.
    static func footnoteDefinition(_ text: String) -> (Int, String)? {
        let digits = text.prefix { TextTools.superscripts[$0] != nil }
        guard !digits.isEmpty, digits.count < text.count else { return nil }
        let label = digits.reduce(0) { $0 * 10 + TextTools.superscripts[$1]! }
        return (label, text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces))
    }

    private static func isBareLink(_ text: String) -> Bool {
        !text.contains(" ") && (text.hasPrefix("<http") || text.hasPrefix("http") || text.hasPrefix("www."))
    }
}

import Foundation
