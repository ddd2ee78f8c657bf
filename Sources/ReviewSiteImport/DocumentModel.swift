/// The review as structured content, between the source-shaped stages and the
/// Markdown writer: headings, paragraphs, lists, tables, footnotes and passages.
enum Block: Sendable, Equatable {
    case heading(level: Int, text: String)
    case paragraph(Paragraph)
    case list(ListBlock)
    case table(rows: [[String]])
    case footnote(label: Int, text: String)
    case passage(Passage)
}

struct Paragraph: Sendable, Equatable {
    enum Role: Sendable, Equatable {
        case plain
        case numbered([Int])
        /// A roman or lettered item ("ii. That the Board…") kept as text with its label.
        case labelledItem
    }

    var text: String
    var role: Role = .plain
}

struct ListItem: Sendable, Equatable {
    /// The item's own number for ordered lists; nil for bullets.
    var ordinal: Int?
    var text: String
    var paragraphs: [String] = []
    var children: [ListItem] = []
}

struct ListBlock: Sendable, Equatable {
    var items: [ListItem]
    var ordered: Bool { items.first?.ordinal != nil }
}

enum PassageKind: String, Sendable, Equatable {
    case learning = "LEARNING"
    case recommendation = "RECOMMENDATION"
    case goodPractice = "GOOD-PRACTICE"
}

struct Passage: Sendable, Equatable {
    var kind: PassageKind
    var themes: [String]
    var body: [Block]
}

/// A block as the heading detector classifies it, before lists and tables are assembled.
enum Piece: Sendable, Equatable {
    case heading(level: Int, text: String)
    case paragraph(Paragraph)
    case orderedItem(number: Int, text: String)
    case bullet(text: String, indent: Int)
    case tableRow(cells: [String], piped: Bool)
    case footnote(label: Int, text: String)
}
