/// Re-joins the lines of a hard-wrapped PDF export into paragraphs, list items and
/// footnote definitions, using the page width to tell a wrapped line from a
/// paragraph's last line.
struct HardWrapUnwrapper {
    let width: Int

    private struct Pending {
        var kind: RawBlock.Kind
        var lines: [String]
        var line: Int
        var headingHint = false
        var groupSize = 0
    }

    private var blocks: [RawBlock] = []
    private var pending: Pending?
    private var notes: [RawBlock] = []
    private var glyphRun = 0
    private var sawBlank = false
    private var crossed = false
    private var lastTop = 0

    init(width: Int) {
        self.width = width
    }

    mutating func unwrap(_ lines: [SourceLine]) -> [RawBlock] {
        let roles = PageFootnotes.roles(lines)
        for (index, line) in lines.enumerated() {
            switch roles[index] {
            case .label(let label):
                let text = lines.indices.filter { roles[$0] == .text(label) }.map { lines[$0].text }.joined(separator: " ")
                if !text.isEmpty {
                    notes.append(RawBlock(kind: .footnote(label: label), text: text, line: line.number))
                }
                crossed = true
            case .text:
                continue
            case .content:
                if line.isBlank {
                    sawBlank = true
                    continue
                }
                if line.pageStart { crossed = true }
                take(line)
                sawBlank = false
                crossed = false
            }
        }
        close()
        return blocks
    }

    private mutating func take(_ line: SourceLine) {
        let text = line.text
        if let rest = BulletGlyph.strip(text) {
            close()
            if rest.isEmpty {
                glyphRun += 1
            } else {
                pending = Pending(kind: .bullet, lines: [rest], line: line.number)
            }
            return
        }
        if glyphRun > 0 {
            close()
            pending = Pending(kind: .bullet, lines: [text], line: line.number, groupSize: glyphRun)
            glyphRun = 0
            return
        }
        if startsBlock(line) {
            close()
            pending = Pending(kind: .text, lines: [text], line: line.number, headingHint: isTopHeading(line))
            if pending?.headingHint == true, let number = NumberPrefix.parse(text)?.components.first {
                lastTop = number
            }
            return
        }
        if var current = pending, joins(current, text) {
            current.lines.append(text)
            pending = current
        } else {
            close()
            pending = Pending(kind: .text, lines: [text], line: line.number)
        }
    }

    private func startsBlock(_ line: SourceLine) -> Bool {
        if NumberPrefix.romanLabel(line.text) != nil || isTopHeading(line) { return true }
        guard let number = NumberPrefix.parse(line.text) else { return false }
        if number.components.count >= 2, let major = number.components.first {
            return major >= max(1, lastTop - 1) && major <= lastTop + 1
        }
        return number.rest.isEmpty && number.trailingDot
    }

    private func isTopHeading(_ line: SourceLine) -> Bool {
        guard let number = NumberPrefix.parse(line.text), number.components.count == 1,
              let value = number.components.first, value > lastTop, value <= lastTop + 2,
              !number.rest.isEmpty, TextTools.startsUppercase(number.rest) else { return false }
        guard let previous = pending?.lines.last else { return true }
        return sawBlank || line.pageStart || TextTools.endsSentence(previous)
    }

    private func joins(_ current: Pending, _ text: String) -> Bool {
        let previous = current.lines.last ?? ""
        if current.lines.count == 1, isBareLabel(previous) { return true }
        if crossed { return !TextTools.endsSentence(previous) }
        let reachedMargin = previous.count * 4 >= width * 3
        if TextTools.endsSentence(previous), text.hasSuffix(":"), TextTools.wordCount(text) <= 8 { return false }
        if sawBlank { return !TextTools.endsSentence(previous) && (TextTools.startsLowercase(text) || reachedMargin) }
        if current.groupSize > 0 { return true }
        if current.kind == .bullet { return reachedMargin || !TextTools.endsSentence(previous) }
        if current.headingHint { return reachedMargin && !TextTools.endsSentence(previous) }
        return reachedMargin || (!TextTools.endsSentence(previous) && TextTools.startsLowercase(text))
    }

    private func isBareLabel(_ text: String) -> Bool {
        if let roman = NumberPrefix.romanLabel(text), roman.count == text.count { return true }
        if let number = NumberPrefix.parse(text), number.rest.isEmpty { return true }
        return false
    }

    private mutating func close() {
        if let current = pending {
            if current.groupSize > 1 {
                for item in split(current.lines, into: current.groupSize) {
                    blocks.append(RawBlock(kind: .bullet, text: item.joined(separator: " "), line: current.line))
                }
            } else {
                blocks.append(RawBlock(kind: current.kind, text: current.lines.joined(separator: " "),
                                       line: current.line, headingHint: current.headingHint))
            }
            pending = nil
        }
        blocks += notes
        notes = []
    }

    /// Splits the text that followed a run of lone bullet glyphs into one piece per
    /// glyph, cutting where a short or sentence-ending line is followed by a capital.
    private func split(_ lines: [String], into count: Int) -> [[String]] {
        let candidates = lines.indices.dropFirst().filter { TextTools.startsUppercase(lines[$0]) }
        let scored = candidates.map { index -> (index: Int, score: Int) in
            let previous = lines[index - 1]
            let short = previous.count * 20 < width * 17
            return (index, (TextTools.endsSentence(previous) ? 2 : 0) + (short ? 2 : 0))
        }
        let cuts = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
            .prefix(count - 1).map(\.index).sorted()
        var pieces: [[String]] = []
        var start = 0
        for cut in cuts + [lines.count] {
            pieces.append(Array(lines[start..<cut]))
            start = cut
        }
        return pieces
    }
}
