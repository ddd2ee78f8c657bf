/// Assembles list items into (nested) lists and row pieces into tables. Bullets
/// under a numbered item become its sub-list; a paragraph between items n and
/// n+1 stays with item n; "i)"-style items after a bullet become its sub-items.
struct ListAndTableBuilder: Sendable {
    func build(_ pieces: [Piece]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < pieces.count {
            switch pieces[index] {
            case .bullet:
                var entries: [(indent: Int, text: String)] = []
                while index < pieces.count {
                    if case .bullet(let text, let indent) = pieces[index] {
                        entries.append((indent, text))
                    } else if case .paragraph(let paragraph) = pieces[index], isSubItem(paragraph), let last = entries.last {
                        entries.append((last.indent + 1, paragraph.text))
                    } else {
                        break
                    }
                    index += 1
                }
                blocks.append(.list(ListBlock(items: nest(entries[...]))))
            case .orderedItem:
                blocks.append(.list(ListBlock(items: orderedItems(pieces, &index))))
            case .tableRow(_, let piped):
                var rows: [[String]] = []
                while index < pieces.count, case .tableRow(let cells, let rowPiped) = pieces[index], rowPiped == piped {
                    if !isSeparator(cells) { rows.append(cells) }
                    index += 1
                }
                if rows.count == 1 && !piped {
                    blocks.append(.paragraph(Paragraph(text: rows[0].filter { !$0.isEmpty }.joined(separator: " "))))
                } else {
                    blocks.append(.table(rows: rows))
                }
            case .heading(let level, let text):
                blocks.append(.heading(level: level, text: text))
                index += 1
            case .paragraph(let paragraph):
                index += 1
                blocks.append(.paragraph(paragraph))
                guard paragraph.role == .labelledItem, !isSubItem(paragraph) else { continue }
                var subItems: [ListItem] = []
                while index < pieces.count, case .paragraph(let next) = pieces[index], isSubItem(next) {
                    subItems.append(ListItem(ordinal: nil, text: next.text))
                    index += 1
                }
                if !subItems.isEmpty { blocks.append(.list(ListBlock(items: subItems))) }
            case .footnote(let label, let text):
                blocks.append(.footnote(label: label, text: text))
                index += 1
            }
        }
        return blocks
    }

    private func orderedItems(_ pieces: [Piece], _ index: inout Int) -> [ListItem] {
        var items: [ListItem] = []
        while index < pieces.count {
            switch pieces[index] {
            case .orderedItem(let number, let text):
                if let last = items.last?.ordinal, number != last + 1 { return items }
                items.append(ListItem(ordinal: number, text: text))
                index += 1
            case .bullet where !items.isEmpty:
                var entries: [(indent: Int, text: String)] = []
                while index < pieces.count, case .bullet(let text, let indent) = pieces[index] {
                    entries.append((indent, text))
                    index += 1
                }
                items[items.count - 1].children += nest(entries[...])
            case .paragraph(let paragraph) where paragraph.role == .plain && !items.isEmpty:
                guard index + 1 < pieces.count, case .orderedItem(let next, _) = pieces[index + 1],
                      next == (items.last?.ordinal ?? 0) + 1 else { return items }
                items[items.count - 1].paragraphs.append(paragraph.text)
                index += 1
            default:
                return items
            }
        }
        return items
    }

    /// Builds a tree from items and their indentation.
    private func nest(_ entries: ArraySlice<(indent: Int, text: String)>) -> [ListItem] {
        var items: [ListItem] = []
        var index = entries.startIndex
        while index < entries.endIndex {
            let entry = entries[index]
            var end = index + 1
            while end < entries.endIndex, entries[end].indent > entry.indent { end += 1 }
            var item = ListItem(ordinal: nil, text: entry.text)
            item.children = nest(entries[(index + 1)..<end])
            items.append(item)
            index = end
        }
        return items
    }

    private func isSubItem(_ paragraph: Paragraph) -> Bool {
        guard paragraph.role == .labelledItem, let label = NumberPrefix.romanLabel(paragraph.text) ?? NumberPrefix.letterLabel(paragraph.text) else { return false }
        return label.hasSuffix(")") && !label.hasPrefix("(")
    }

    private func isSeparator(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { "-:".contains($0) } }
    }
}
