/// Removes what the printed page added around the text: running headers and
/// footers repeated page after page, and bare page numbers. The line after a
/// removed piece is marked as a page start so paragraphs can be re-joined across it.
struct PageFurnitureRemover: Sendable {
    private(set) var removed: [SourceLine] = []

    /// Drops running headers/footers and "Page n of m" lines.
    mutating func removeRunningLines(_ lines: [SourceLine]) -> [SourceLine] {
        let headers = runningHeaders(lines)
        return drop(lines) { line, _ in headers.contains(Self.shape(line.text)) || Self.isPageLabel(line.text) }
    }

    /// Drops bare numbers standing alone between blank lines or page boundaries.
    mutating func removePageNumbers(_ lines: [SourceLine], keeping labels: Set<Int>) -> [SourceLine] {
        drop(lines) { line, index in
            guard Self.isBareNumber(line.text), !labels.contains(line.number) else { return false }
            let before = index == 0 || lines[index - 1].isBlank
            let after = index + 1 >= lines.count || lines[index + 1].isBlank || lines[index + 1].pageStart
            return before && after
        }
    }

    private mutating func drop(_ lines: [SourceLine], where test: (SourceLine, Int) -> Bool) -> [SourceLine] {
        var kept: [SourceLine] = []
        var boundary = false
        for (index, line) in lines.enumerated() {
            if !line.isBlank && test(line, index) {
                removed.append(line)
                boundary = true
                continue
            }
            var line = line
            if boundary && !line.isBlank {
                line.pageStart = true
                boundary = false
            }
            kept.append(line)
        }
        return kept
    }

    /// Lines repeated on at least three pages, each time next to a page number or page break.
    private func runningHeaders(_ lines: [SourceLine]) -> Set<String> {
        var positions: [String: [Int]] = [:]
        for (index, line) in lines.enumerated() where line.text.count >= 12 && !TextTools.endsSentence(line.text) {
            positions[Self.shape(line.text), default: []].append(index)
        }
        var headers: Set<String> = []
        for (shape, indices) in positions where indices.count >= 3 {
            let nearBreak = indices.filter { nearPageBreak(lines, $0) }.count
            if nearBreak * 2 >= indices.count { headers.insert(shape) }
        }
        return headers
    }

    private func nearPageBreak(_ lines: [SourceLine], _ index: Int) -> Bool {
        let window = max(0, index - 3)...min(lines.count - 1, index + 3)
        return window.contains { $0 != index && (Self.isBareNumber(lines[$0].text) || lines[$0].pageStart) }
    }

    static func shape(_ text: String) -> String {
        String(text.lowercased().map { $0.isASCIIDigit ? "#" : $0 }.filter { !$0.isWhitespace })
    }

    static func isBareNumber(_ text: String) -> Bool {
        (1...3).contains(text.count) && text.allSatisfy(\.isASCIIDigit)
    }

    private static func isPageLabel(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard words.first == "page", words.count == 2 || (words.count == 4 && words[2] == "of") else { return false }
        return words[1].allSatisfy(\.isASCIIDigit) && words.last!.allSatisfy(\.isASCIIDigit)
    }
}

import Foundation
