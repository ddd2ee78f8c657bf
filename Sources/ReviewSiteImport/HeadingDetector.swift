/// Decides which prose blocks are headings and at what level: numbered sections
/// ("5. Findings") are `##`, their short sub-sections ("5.1 Quality of placement")
/// `###`, and short title lines one level below the section they sit in.
struct HeadingDetector: Sendable {
    func classify(_ blocks: [RawBlock]) -> [Piece] {
        var pieces: [Piece] = []
        var lastTop = 0
        var sectionLevel = 1
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .bullet:
                pieces.append(.bullet(text: block.text, indent: block.indent))
            case .tableRow(let cells, let piped):
                pieces.append(.tableRow(cells: cells, piped: piped))
            case .footnote(let label):
                pieces.append(.footnote(label: label, text: block.text))
            case .text:
                let text = block.text
                if let number = NumberPrefix.parse(text), !number.rest.isEmpty {
                    if number.components.count == 1 {
                        let value = number.components[0]
                        if block.headingHint || (value > lastTop && value <= lastTop + 2 && isTitle(number.rest)) {
                            pieces.append(.heading(level: 2, text: text))
                            lastTop = value
                            sectionLevel = 2
                        } else if number.trailingDot {
                            pieces.append(.orderedItem(number: value, text: number.rest))
                        } else {
                            pieces.append(.paragraph(Paragraph(text: text)))
                        }
                    } else if number.components.count == 2, isTitle(number.rest),
                              nextNumber(after: index, in: blocks).map({ isChild($0, of: number.components) }) == true {
                        pieces.append(.heading(level: 3, text: text))
                        sectionLevel = 3
                    } else {
                        pieces.append(.paragraph(Paragraph(text: text, role: .numbered(number.components))))
                    }
                } else if NumberPrefix.romanLabel(text) != nil || NumberPrefix.letterLabel(text) != nil {
                    pieces.append(.paragraph(Paragraph(text: text, role: .labelledItem)))
                } else if isSectionTitle(text) {
                    pieces.append(.heading(level: 2, text: text))
                    sectionLevel = 2
                } else if index == 0 || closesThought(blocks[index - 1]), isTitleLine(text, followedBy: blocks[(index + 1)...]) {
                    pieces.append(.heading(level: min(sectionLevel + 1, 4), text: text))
                } else {
                    pieces.append(.paragraph(Paragraph(text: text)))
                }
            }
        }
        return pieces
    }

    /// Short enough to be a title rather than a sentence.
    private func isTitle(_ text: String) -> Bool {
        let words = TextTools.wordCount(text)
        guard words <= 14, TextTools.startsUppercase(text), !text.hasSuffix(",") else { return false }
        return !text.hasSuffix(".") || words <= 8
    }

    /// Capitals ("THEMATIC ANALYSIS") or an appendix title.
    private func isSectionTitle(_ text: String) -> Bool {
        let words = TextTools.wordCount(text)
        if TextTools.isAllCaps(text) && words <= 14 && !text.hasSuffix(".") { return true }
        return text.lowercased().hasPrefix("appendix") && words <= 10 && !text.hasSuffix(".")
    }

    /// An unnumbered title such as "Key lessons learned:" or "Key Episode 2: …".
    private func isTitleLine(_ text: String, followedBy rest: ArraySlice<RawBlock>) -> Bool {
        let words = TextTools.wordCount(text)
        guard words <= 16, TextTools.startsUppercase(text), !text.hasPrefix("See "),
              let last = text.last, !".,;".contains(last), !text.contains(". ") else { return false }
        if words <= 12, PassageDetector.headerKind(text) != nil || PassageDetector.isKeyLearningPoint(text) { return true }
        guard let next = rest.first(where: { $0.kind == .text || $0.kind == .bullet }), next.kind == .text,
              let number = NumberPrefix.parse(next.text) else { return false }
        return number.components.count >= 2
    }

    /// A title line follows a finished sentence, a heading or another short title, not a stray table cell.
    private func closesThought(_ block: RawBlock) -> Bool {
        block.kind != .text || block.headingHint || TextTools.endsSentence(block.text) || TextTools.wordCount(block.text) <= 3
    }

    private func nextNumber(after index: Int, in blocks: [RawBlock]) -> [Int]? {
        for block in blocks[(index + 1)...].prefix(6) where block.kind == .text {
            if let number = NumberPrefix.parse(block.text), number.components.count >= 2 {
                return number.components
            }
        }
        return nil
    }

    private func isChild(_ components: [Int], of parent: [Int]) -> Bool {
        components.count == parent.count + 1 && Array(components.prefix(parent.count)) == parent
    }
}
