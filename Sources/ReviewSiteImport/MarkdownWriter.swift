/// Writes the structured review as Markdown in the authoring contract: front
/// matter, blocks separated by blank lines, tagged passages as blockquotes, and
/// each footnote definition right after the block that first refers to it.
struct MarkdownWriter: Sendable {
    func write(frontMatter: FrontMatter, blocks: [Block]) -> String {
        var notes: [Int: String] = [:]
        for case .footnote(let label, let text) in blocks { notes[label] = text }
        var emitted = Set<Int>()
        var chunks = [frontMatter.yaml()]
        for block in blocks {
            if case .footnote = block { continue }
            chunks.append(render(block).joined(separator: "\n"))
            for label in FootnoteMarker.labels(in: PlainText.raw(block)) where !emitted.contains(label) {
                guard let note = notes[label] else { continue }
                emitted.insert(label)
                chunks.append("[^\(label)]: " + inline(note))
            }
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    private func render(_ block: Block) -> [String] {
        switch block {
        case .heading(let level, let text):
            return [String(repeating: "#", count: level) + " " + inline(text)]
        case .paragraph(let paragraph):
            return [references(MarkdownEscaper.block(paragraph.text))]
        case .list(let list):
            return list.items.flatMap { render($0, indent: "") }
        case .table(let rows):
            return table(rows)
        case .footnote(let label, let text):
            return ["[^\(label)]: " + inline(text)]
        case .passage(let passage):
            return quote(passage)
        }
    }

    private func render(_ item: ListItem, indent: String) -> [String] {
        let marker = item.ordinal.map { "\($0). " } ?? "- "
        let inner = indent + String(repeating: " ", count: marker.count)
        var lines = [indent + marker + references(MarkdownEscaper.block(item.text))]
        for paragraph in item.paragraphs {
            lines += ["", inner + references(MarkdownEscaper.block(paragraph))]
        }
        if !item.paragraphs.isEmpty && !item.children.isEmpty { lines.append("") }
        lines += item.children.flatMap { render($0, indent: inner) }
        return lines
    }

    private func table(_ rows: [[String]]) -> [String] {
        let width = rows.map(\.count).max() ?? 0
        guard width > 0 else { return [] }
        func row(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map { references(MarkdownEscaper.tableCell($0)) }.joined(separator: " | ") + " |"
        }
        let separator = "| " + Array(repeating: "---", count: width).joined(separator: " | ") + " |"
        return [row(rows[0]), separator] + rows.dropFirst().map(row)
    }

    /// The marker line, then the body; a single list item is written as its own text.
    private func quote(_ passage: Passage) -> [String] {
        var marker = "[!\(passage.kind.rawValue)]"
        if !passage.themes.isEmpty {
            marker += " " + passage.themes.map { "?" + $0 }.joined(separator: ", ")
        }
        var body: [String] = []
        for (index, block) in passage.body.enumerated() {
            if index > 0 { body.append("") }
            if case .list(let list) = block, list.items.count == 1, passage.body.count == 1 {
                body += lone(list.items[0])
            } else {
                body += render(block)
            }
        }
        return ([marker] + body).map { $0.isEmpty ? ">" : "> " + $0 }
    }

    private func lone(_ item: ListItem) -> [String] {
        let text = item.ordinal.map { "\($0). " + inline(item.text) } ?? references(MarkdownEscaper.block(item.text))
        var lines = [text]
        for paragraph in item.paragraphs {
            lines += ["", references(MarkdownEscaper.block(paragraph))]
        }
        if !item.children.isEmpty {
            lines.append("")
            lines += item.children.flatMap { render($0, indent: "") }
        }
        return lines
    }

    private func inline(_ text: String) -> String {
        references(MarkdownEscaper.inline(text))
    }

    private func references(_ text: String) -> String {
        FootnoteMarker.replace(in: text) { "[^\($0)]" }
    }
}
