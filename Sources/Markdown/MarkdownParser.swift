import CCmarkGFM
import CParseArena
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that talks to cmark-gfm: parses GFM with source positions and footnotes,
/// copies the C tree into a `MarkdownDocument`, and takes back its memory before returning.
public enum MarkdownParser {
    /// The GFM extensions every document is parsed with.
    public static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// cmark-gfm 0.29 keeps the inline extensions' special characters (`:` and `w` for autolinks,
    /// `~` for strikethrough) in one global table that `cmark_parser_finish` fills as it starts
    /// parsing inlines and clears as it ends, so two documents finishing at once lose autolinks
    /// and strikethrough at random.
    ///
    /// - The autolink characters go into the table once, for good, and the extension is then
    ///   given none to add or remove. Autolinks need no more: they are matched where the
    ///   characters occur, whichever parser put them there.
    /// - Strikethrough also needs its list to pair `~~` delimiters, so it keeps it. It is
    ///   attached only to documents holding a `~`, which parse one at a time: only they use
    ///   the table's `~`, and only they add and remove it.
    ///
    /// So documents without a `~`, nearly all of them, parse on every core at once, each exactly
    /// as it would alone.
    private static let registered: Void = {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { fatalError("cmark-gfm could not allocate a parser") }
        defer { cmark_parser_free(parser) }
        let shared = sharedExtensionNames.compactMap { cmark_find_syntax_extension($0) }
        for syntax in shared { cmark_parser_attach_syntax_extension(parser, syntax) }
        cmark_manage_extensions_special_characters(parser, 1)
        for syntax in shared { cmark_syntax_extension_set_special_inline_chars(syntax, nil) }
    }()

    private static let sharedExtensionNames = extensionNames.filter { $0 != "strikethrough" }

    /// The extensions attached to every document, in `extensionNames` order, strikethrough
    /// left out (see `registered`): for a document holding an `@`, and for one without.
    ///
    /// Autolink links e-mail addresses in a pass of its own after parsing: it merges the tree's
    /// text nodes, as `cmark_parser_finish` has just done, and walks every node to look for an
    /// `@` in each text, two of the six walks over the whole tree that a parse makes. A
    /// document without an `@` has nothing for that pass to find, so it gets an extension
    /// doing only autolink's inline matching (`www.` and `https:` links), without the pass.
    nonisolated(unsafe) private static let attached: (withAddresses: [UnsafeMutablePointer<cmark_syntax_extension>], withoutAddresses: [UnsafeMutablePointer<cmark_syntax_extension>]) = {
        _ = registered
        let shared = sharedExtensionNames.compactMap { cmark_find_syntax_extension($0) }
        guard let autolink = cmark_find_syntax_extension("autolink"), let inlineOnly = cmark_syntax_extension_new("autolink") else {
            fatalError("cmark-gfm has no autolink extension")
        }
        cmark_syntax_extension_set_match_inline_func(inlineOnly, autolink.pointee.match_inline)
        return (shared, shared.map { $0 == autolink ? inlineOnly : $0 })
    }()

    nonisolated(unsafe) private static let strikethrough = cmark_find_syntax_extension("strikethrough")

    /// cmark-gfm allocates through the calling thread's arena (`parse_arena.h`).
    nonisolated(unsafe) private static let arenaAllocator: UnsafeMutablePointer<cmark_mem> = {
        let allocator = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        allocator.initialize(to: cmark_mem(calloc: parse_arena_calloc, realloc: parse_arena_realloc, free: parse_arena_free))
        return allocator
    }()

    /// Held while a document with strikethrough parses its inlines.
    private static let strikethroughParsing = Mutex(())

    public static func parse(_ text: String) -> MarkdownDocument {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        // The parser, the tree and all they hold live in the arena until the copy is made.
        defer { parse_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(options, arenaAllocator) else { fatalError("cmark-gfm could not allocate a parser") }
        var source = text
        let (hasTilde, hasAt) = source.withUTF8 { bytes in
            bytes.isEmpty ? (false, false) : (memchr(bytes.baseAddress!, 0x7E, bytes.count) != nil, memchr(bytes.baseAddress!, 0x40, bytes.count) != nil)
        }
        for syntax in hasAt ? attached.withAddresses : attached.withoutAddresses {
            cmark_parser_attach_syntax_extension(parser, syntax)
        }
        if hasTilde, let strikethrough { cmark_parser_attach_syntax_extension(parser, strikethrough) }
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        var finished: OpaquePointer?
        if hasTilde {
            strikethroughParsing.withLock { _ in finished = cmark_parser_finish(parser) }
        } else {
            finished = cmark_parser_finish(parser)
        }
        guard let root = finished else { fatalError("cmark-gfm returned no document") }
        var copier = TreeCopier(source: Array(source.utf8))
        copier.copy(root)
        copier.labelFootnotes()
        // Copies drop the spare capacity the arrays grew while copying, as documents stay in memory.
        return MarkdownDocument(nodes: Array(copier.nodes[...]), storage: Array(copier.storage[...]))
    }
}

/// Walks the C tree depth-first, appending nodes in document order and linking children by index.
private struct TreeCopier {
    let source: [UInt8]
    var nodes: [MarkdownNode] = []
    var storage: [UInt8] = []
    /// The kinds of the extensions' node types met so far. cmark-gfm numbers those types as
    /// the extensions register and names them only through a string, so each type's name is
    /// read once, not once per table cell.
    private var extensionKinds: [(type: cmark_node_type, kind: MarkdownNodeKind)] = []

    init(source: [UInt8]) {
        self.source = source
    }

    /// cmark-gfm gives a footnote reference its number as literal and a definition no label,
    /// but it sorts definitions by number at the end of the document. Read each definition's
    /// label from its source line, then give every reference the label of its definition.
    mutating func labelFootnotes() {
        let definitions = nodes.indices.filter { nodes[$0].kind == .footnoteDefinition }
        guard !definitions.isEmpty else { return }
        let lineStarts = source.withUnsafeBufferPointer(LineStarts.of)
        var labels: [Range<Int32>] = []
        for (number, index) in definitions.enumerated() {
            let labelStart = Int32(storage.count)
            let label: ArraySlice<UInt8> = sourceLabel(of: nodes[index], lineStarts: lineStarts) ?? ArraySlice(String(number + 1).utf8)
            storage.append(contentsOf: label)
            nodes[index].literal = labelStart..<Int32(storage.count)
            labels.append(nodes[index].literal)
        }
        for index in nodes.indices where nodes[index].kind == .footnoteReference {
            let number = Int(String(decoding: storage[Int(nodes[index].literal.lowerBound)..<Int(nodes[index].literal.upperBound)], as: UTF8.self)) ?? 0
            if number >= 1 && number <= labels.count { nodes[index].literal = labels[number - 1] }
        }
    }

    mutating func copy(_ root: OpaquePointer) {
        nodes.reserveCapacity(1024)
        storage.reserveCapacity(16 * 1024)
        append(root)
    }

    /// The `label` of `[^label]:` on the definition's first line, before its content starts.
    private func sourceLabel(of node: MarkdownNode, lineStarts: [Int]) -> ArraySlice<UInt8>? {
        let line = node.start.line - 1
        guard line >= 0, line < lineStarts.count else { return nil }
        let start = lineStarts[line]
        let prefix = source[start..<min(source.count, start + max(0, node.start.column - 1))]
        guard let open = prefix.lastIndex(of: 0x5E), open > start, source[open - 1] == 0x5B,
              let close = prefix[open...].firstIndex(of: 0x5D) else { return nil }
        return source[(open + 1)..<close]
    }

    /// A node whose children are being copied.
    private struct OpenNode {
        var index: Int32
        var lastChild: Int32 = -1
        var childCount = 0
        var alignments: [TableAlignment]
    }

    /// Appends `root` and its subtree in document order. The walk keeps its own stack, so a
    /// document nested thousands of levels deep cannot overflow the thread's stack.
    private mutating func append(_ root: OpaquePointer) {
        var open: [OpenNode] = []
        var next: OpaquePointer? = root
        while let node = next {
            let index = Int32(nodes.count)
            var alignment = TableAlignment.none
            if let parent = open.indices.last {
                let column = open[parent].childCount
                if column < open[parent].alignments.count { alignment = open[parent].alignments[column] }
                open[parent].childCount += 1
                if open[parent].lastChild < 0 { nodes[Int(open[parent].index)].firstChild = index } else { nodes[Int(open[parent].lastChild)].nextSibling = index }
                open[parent].lastChild = index
            }
            nodes.append(makeNode(node, alignment: alignment))
            open.append(OpenNode(index: index, alignments: nodes[Int(index)].kind == .tableRow ? tableAlignments(node) : []))
            next = cmark_node_first_child(node)
            var finished: OpaquePointer? = node
            while next == nil, let done = finished {
                open.removeLast()
                if open.isEmpty { return }
                next = cmark_node_next(done)
                finished = next == nil ? cmark_node_parent(done) : nil
            }
        }
    }

    private func tableAlignments(_ node: OpaquePointer) -> [TableAlignment] {
        guard let table = cmark_node_parent(node) else { return [] }
        let count = Int(cmark_gfm_extensions_get_table_columns(table))
        guard count > 0, let raw = cmark_gfm_extensions_get_table_alignments(table) else { return [] }
        return (0..<count).map { column in
            switch raw[column] {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
    }

    private mutating func makeNode(_ node: OpaquePointer, alignment: TableAlignment) -> MarkdownNode {
        let kind = self.kind(of: node)
        var literal: Range<Int32> = 0..<0
        var secondary: Range<Int32> = 0..<0
        var number: Int32 = 0
        var flags: MarkdownNode.Flags = []
        switch kind {
        case .text, .code, .htmlInline, .htmlBlock, .footnoteReference, .footnoteDefinition:
            literal = store(cmark_node_get_literal(node))
        case .codeBlock:
            literal = store(cmark_node_get_literal(node))
            secondary = store(cmark_node_get_fence_info(node))
        case .link, .image:
            literal = store(cmark_node_get_url(node))
            secondary = store(cmark_node_get_title(node))
        case .heading:
            number = Int32(cmark_node_get_heading_level(node))
        case .list:
            number = Int32(cmark_node_get_list_start(node))
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST { flags.insert(.ordered) }
            if cmark_node_get_list_tight(node) != 0 { flags.insert(.tight) }
        case .tableRow:
            if cmark_gfm_extensions_get_table_row_is_header(node) != 0 { flags.insert(.headerRow) }
        case .tableCell:
            number = Int32(alignment.rawValue)
        default:
            break
        }
        return MarkdownNode(
            kind: kind,
            start: SourceLocation(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))),
            end: SourceLocation(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node))),
            literal: literal, secondary: secondary, number: number, flags: flags
        )
    }

    private mutating func store(_ pointer: UnsafePointer<CChar>?) -> Range<Int32> {
        guard let pointer else { return 0..<0 }
        let start = Int32(storage.count)
        let length = strlen(pointer)
        pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            storage.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
        }
        return start..<Int32(storage.count)
    }

    private mutating func kind(of node: OpaquePointer) -> MarkdownNodeKind {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default:
            if let known = extensionKinds.first(where: { $0.type == type }) { return known.kind }
            let kind: MarkdownNodeKind = switch String(cString: cmark_node_get_type_string(node)) {
            case "table": .table
            case "table_row", "table_header": .tableRow
            case "table_cell": .tableCell
            case "strikethrough": .strikethrough
            default: .text
            }
            extensionKinds.append((type, kind))
            return kind
        }
    }
}
