/// The words of a run of blocks without any markup, for theme matching.
enum PlainText {
    static func of(_ blocks: [Block]) -> String {
        blocks.map(of).joined(separator: " ")
    }

    static func of(_ block: Block) -> String {
        FootnoteMarker.replace(in: raw(block)) { _ in "" }
    }

    /// The block's text with footnote stand-ins still in place.
    static func raw(_ block: Block) -> String {
        let text: String
        switch block {
        case .heading(_, let heading): text = heading
        case .paragraph(let paragraph): text = paragraph.text
        case .list(let list): text = list.items.map(of).joined(separator: " ")
        case .table(let rows): text = rows.map { $0.joined(separator: " ") }.joined(separator: " ")
        case .footnote(_, let note): text = note
        case .passage(let passage): text = passage.body.map(raw).joined(separator: " ")
        }
        return text
    }

    private static func of(_ item: ListItem) -> String {
        ([item.text] + item.paragraphs + item.children.map(of)).joined(separator: " ")
    }
}
