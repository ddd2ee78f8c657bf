/// Links footnote references to their definitions. Word exports mark references
/// with superscript digits ("²³" may be footnote 23); PDF text leaves bare digits
/// ("hypoxia 1 and"), found by following the definitions' sequence.
struct FootnoteResolver: Sendable {
    private static let unitWords: Set<String> = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "times", "per", "x",
    ]
    private static let numberedNouns: Set<String> = [
        "child", "children", "father", "mother", "sibling", "page", "pages", "appendix", "section", "chapter", "level",
        "worker", "no", "number", "version", "phase", "stage", "episode", "point", "recommendation", "paragraph", "the", "a", "an",
    ]

    /// Rewrites references as `FootnoteMarker`s; unreferenced definitions become plain paragraphs.
    func resolve(_ blocks: [RawBlock]) -> [RawBlock] {
        var blocks = blocks
        let defined = Set(blocks.compactMap { block -> Int? in
            if case .footnote(let label) = block.kind { return label }
            return nil
        })
        var nextExpected = 1
        for index in blocks.indices where blocks[index].isProse {
            blocks[index].text = replaceSuperscripts(in: blocks[index].text, defined: defined, next: &nextExpected)
        }
        for index in blocks.indices {
            guard case .tableRow(let cells, let piped) = blocks[index].kind else { continue }
            let resolved = cells.map { replaceSuperscripts(in: $0, defined: defined, next: &nextExpected) }
            blocks[index].kind = .tableRow(cells: resolved, piped: piped)
        }
        linkBareDigits(&blocks, defined: defined)
        return demoteUnreferenced(blocks)
    }

    private func referenced(_ blocks: [RawBlock]) -> Set<Int> {
        var labels = Set<Int>()
        for block in blocks {
            switch block.kind {
            case .text, .bullet: labels.formUnion(FootnoteMarker.labels(in: block.text))
            case .tableRow(let cells, _): cells.forEach { labels.formUnion(FootnoteMarker.labels(in: $0)) }
            case .footnote: break
            }
        }
        return labels
    }

    private func replaceSuperscripts(in text: String, defined: Set<Int>, next: inout Int) -> String {
        guard text.contains(where: { TextTools.superscripts[$0] != nil }) else { return text }
        var result = ""
        var run: [Int] = []
        var runText = ""
        func flush() {
            guard !run.isEmpty else { return }
            if let labels = segment(run, defined: defined, near: next) {
                while result.last == " " { result.removeLast() }
                for label in labels {
                    result += FootnoteMarker.make(label)
                    next = max(next, label + 1)
                }
            } else {
                result += runText
            }
            run = []
            runText = ""
        }
        for character in text {
            if let digit = TextTools.superscripts[character] {
                run.append(digit)
                runText.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// Reads a run of superscript digits as defined labels, preferring the reading
    /// closest to the next expected footnote ("²³" after 22 is 23, after 1 is 2 and 3).
    private func segment(_ digits: [Int], defined: Set<Int>, near expected: Int) -> [Int]? {
        var best: (labels: [Int], cost: Int)?
        func explore(_ start: Int, _ labels: [Int]) {
            guard start < digits.count else {
                let cost = abs(labels[0] - expected) * 10 + labels.count
                if best == nil || cost < best!.cost { best = (labels, cost) }
                return
            }
            var value = 0
            for end in start..<min(digits.count, start + 3) {
                if end > start && digits[start] == 0 { break }
                value = value * 10 + digits[end]
                if defined.contains(value) { explore(end + 1, labels + [value]) }
            }
        }
        explore(0, [])
        return best?.labels
    }

    /// PDF text: for each definition not yet referenced, the last bare copy of its
    /// number before the definition (and after the previous reference) is the reference.
    private func linkBareDigits(_ blocks: inout [RawBlock], defined: Set<Int>) {
        let alreadyReferenced = referenced(blocks)
        var floor = 0
        for label in defined.sorted() where !alreadyReferenced.contains(label) {
            guard let definition = blocks.firstIndex(where: { $0.kind == .footnote(label: label) }) else { continue }
            var chosen: (block: Int, range: Range<String.Index>)?
            for index in floor..<max(floor, definition) where blocks[index].isProse {
                if let range = lastBareNumber(label, in: blocks[index].text) { chosen = (index, range) }
            }
            guard let (index, range) = chosen else { continue }
            var text = blocks[index].text
            var lower = range.lowerBound
            while lower > text.startIndex, text[text.index(before: lower)] == " " { lower = text.index(before: lower) }
            text.replaceSubrange(lower..<range.upperBound, with: FootnoteMarker.make(label))
            blocks[index].text = text
            floor = index
        }
    }

    private func lastBareNumber(_ label: Int, in text: String) -> Range<String.Index>? {
        let needle = String(label)
        var found: Range<String.Index>?
        var searchStart = text.startIndex
        while let range = text.range(of: needle, range: searchStart..<text.endIndex) {
            searchStart = range.upperBound
            guard range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)] == " " else { continue }
            let before = text[..<text.index(before: range.lowerBound)]
            guard let previous = before.last, !previous.isASCIIDigit else { continue }
            let after = text[range.upperBound...]
            if let next = after.first, !(next == " " || ".,;:)".contains(next)) { continue }
            if after.hasPrefix(".") && after.dropFirst().first?.isASCIIDigit == true { continue }
            let previousWord = before.split(separator: " ").last.map { $0.lowercased().filter(\.isLetter) } ?? ""
            let nextWord = after.split(separator: " ").first.map { $0.lowercased().filter(\.isLetter) } ?? ""
            if previous.isLetter && (previous.isUppercase || Self.numberedNouns.contains(previousWord)) { continue }
            if Self.unitWords.contains(nextWord) { continue }
            found = range
        }
        return found
    }

    private func demoteUnreferenced(_ blocks: [RawBlock]) -> [RawBlock] {
        let used = referenced(blocks)
        return blocks.map { block in
            guard case .footnote(let label) = block.kind, !used.contains(label) else { return block }
            return RawBlock(kind: .text, text: "\(label) \(block.text)", line: block.line)
        }
    }
}

import Foundation
