/// The kinds of node cmark-gfm produces with the GFM extensions this project enables.
public enum MarkdownNodeKind: UInt8, Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
    case footnoteDefinition, table, tableRow, tableCell
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough
    case link, image, footnoteReference

    public var isBlock: Bool { rawValue <= MarkdownNodeKind.tableCell.rawValue }
}

/// Alignment of a GFM table column.
public enum TableAlignment: UInt8, Sendable {
    case none, left, center, right
}

/// One node of a parsed document, stored flat in `MarkdownDocument.nodes`.
///
/// Children and siblings are indices into the same array (-1 for none), and literals are
/// byte ranges into the document's storage, so a whole document costs a handful of allocations.
///
/// Fields are declared widest first so a node packs into 48 bytes. A node holds no references,
/// so a document's nodes can be copied as raw bytes (`MarkdownDocument.withRawBytes`).
public struct MarkdownNode: Sendable {
    public let start: SourceLocation
    public let end: SourceLocation
    public internal(set) var firstChild: Int32 = -1
    public internal(set) var nextSibling: Int32 = -1
    @usableFromInline var literal: Range<Int32>
    let secondary: Range<Int32>
    /// Heading level, list start number, or table cell alignment.
    public let number: Int32
    public let kind: MarkdownNodeKind
    let flags: Flags

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let ordered = Flags(rawValue: 1)
        static let tight = Flags(rawValue: 2)
        static let headerRow = Flags(rawValue: 4)
    }

    init(
        kind: MarkdownNodeKind, start: SourceLocation, end: SourceLocation,
        literal: Range<Int32>, secondary: Range<Int32>, number: Int32, flags: Flags
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.literal = literal
        self.secondary = secondary
        self.number = number
        self.flags = flags
    }

    public var headingLevel: Int { Int(number) }
    public var listStart: Int { Int(number) }
    public var isOrderedList: Bool { flags.contains(.ordered) }
    public var isTightList: Bool { flags.contains(.tight) }
    public var isHeaderRow: Bool { flags.contains(.headerRow) }
    public var alignment: TableAlignment { TableAlignment(rawValue: UInt8(number)) ?? .none }
}
