import Markdown
import Testing

@Suite("MarkdownParser")
struct MarkdownParserTests {
    func kinds(_ document: MarkdownDocument, under node: Int) -> [MarkdownNodeKind] {
        document.children(of: node).map { document[$0].kind }
    }

    @Test func keepsSourcePositionsOfBlocks() {
        let document = MarkdownParser.parse("# Title\n\nFirst paragraph.\n\n> quoted\n")
        let blocks = Array(document.children(of: document.root))
        #expect(blocks.map { document[$0].kind } == [.heading, .paragraph, .blockQuote])
        #expect(document[blocks[1]].start == SourceLocation(line: 3, column: 1))
        #expect(document[blocks[2]].start == SourceLocation(line: 5, column: 1))
        #expect(document[blocks[0]].headingLevel == 1)
    }

    @Test func parsesTablesWithHeaderRowAndAlignment() {
        let document = MarkdownParser.parse("| A | B |\n| --- | ---: |\n| x | 3 |\n")
        let table = document.firstChild(of: document.root)!
        #expect(document[table].kind == .table)
        let rows = Array(document.children(of: table))
        #expect(rows.count == 2)
        #expect(document[rows[0]].isHeaderRow)
        #expect(!document[rows[1]].isHeaderRow)
        let cells = Array(document.children(of: rows[1]))
        #expect(document[cells[0]].alignment == .none)
        #expect(document[cells[1]].alignment == .right)
    }

    /// The copier reads each extension node type's name once and remembers its kind: the types
    /// met later, and the ones met again, must come out as the first ones did.
    @Test func extensionNodesKeepTheirKindsAfterTheFirstOfTheirType() {
        let document = MarkdownParser.parse("| A |\n| - |\n| x |\n\n~~gone~~\n\n| B | C |\n| - | - |\n| ~~y~~ | z |\n| w | v |\n")
        let blocks = Array(document.children(of: document.root))
        #expect(blocks.map { document[$0].kind } == [.table, .paragraph, .table])
        #expect(kinds(document, under: blocks[1]) == [.strikethrough])
        let rows = Array(document.children(of: blocks[2]))
        #expect(rows.map { document[$0].kind } == [.tableRow, .tableRow, .tableRow])
        #expect(rows.map { document[$0].isHeaderRow } == [true, false, false])
        #expect(rows.map { kinds(document, under: $0) } == [[.tableCell, .tableCell], [.tableCell, .tableCell], [.tableCell, .tableCell]])
        let firstCell = document.firstChild(of: rows[1])!
        #expect(kinds(document, under: firstCell) == [.strikethrough])
    }

    @Test func resolvesFootnotesAndKeepsTheirLabels() {
        let document = MarkdownParser.parse("Text[^note] here.\n\n[^note]: A note.\n")
        let blocks = Array(document.children(of: document.root))
        #expect(blocks.map { document[$0].kind } == [.paragraph, .footnoteDefinition])
        let reference = Array(document.children(of: blocks[0]))[1]
        #expect(document[reference].kind == .footnoteReference)
        #expect(document.literal(reference) == "note")
        #expect(document.literal(blocks[1]) == "note")
    }

    @Test func enablesStrikethroughAndAutolinks() {
        let document = MarkdownParser.parse("~~gone~~ and www.example.org\n")
        let paragraph = document.firstChild(of: document.root)!
        let kinds = kinds(document, under: paragraph)
        #expect(kinds.contains(.strikethrough))
        #expect(kinds.contains(.link))
    }

    /// A document without an `@` skips autolink's e-mail pass; links to web addresses must come
    /// out the same either way, and an address must still be linked where there is one.
    @Test func autolinksWebAndEmailAddresses() {
        func links(_ text: String) -> [String] {
            let document = MarkdownParser.parse(text)
            return document.nodes.indices.filter { document[$0].kind == .link }.map { document.literal($0) }
        }
        let web = "See www.example.org/guidance and https://example.org/a?b=c, then (http://example.org/x).\n"
        #expect(links(web) == ["http://www.example.org/guidance", "https://example.org/a?b=c", "http://example.org/x"])
        #expect(links(web + "\nWrite to the team at safeguarding.team@example.org or to no one@.\n") == [
            "http://www.example.org/guidance", "https://example.org/a?b=c", "http://example.org/x", "mailto:safeguarding.team@example.org",
        ])
        #expect(links("An at sign @ alone, and www.example.org.\n") == ["http://www.example.org"])
    }

    /// cmark-gfm's extensions share one global table of special characters; documents parsed
    /// on several threads at once must still all get their autolinks and strikethrough, whether
    /// or not they hold a `~` (only those that do are parsed one at a time).
    @Test func parsesConcurrentlyWithEveryExtensionActive() async {
        let withTilde = String(repeating: "See https://www.example.org/guidance and ~~old~~ text, www.example.org too.\n\n", count: 400)
        let withoutTilde = String(repeating: "See https://www.example.org/guidance and *old* text, www.example.org too.\n\n", count: 400)
        let counts = await withTaskGroup(of: [Int].self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<6).map { round in
                        let strikes = (task + round) % 3 == 0
                        let document = MarkdownParser.parse(strikes ? withTilde : withoutTilde)
                        let found = document.nodes.filter { $0.kind == .link || $0.kind == .strikethrough || $0.kind == .emphasis }.count
                        return found == 1200 && document.nodes.contains { $0.kind == .strikethrough } == strikes ? 1 : 0
                    }
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(counts.count == 48)
        #expect(counts.allSatisfy { $0 == 1 })
    }

    /// Every node's kind, place and literal, one line each.
    func outline(_ document: MarkdownDocument) -> [String] {
        document.nodes.indices.map { index in
            let node = document[index]
            return "\(node.kind) \(node.start.line):\(node.start.column)-\(node.end.line):\(node.end.column) \(node.firstChild) \(node.nextSibling) \(document.literal(index))|\(document.secondary(index))"
        }
    }

    /// cmark-gfm allocates from an arena each thread keeps between documents: a document too
    /// large for the arena's first block, and every document parsed after it on the thread,
    /// must come out exactly as they do when parsed first.
    @Test func parsesTheSameWhateverTheThreadParsedBefore() {
        let small = "# Heading\n\nA paragraph with *emphasis*, `code`, a [link](https://example.org \"Title\") and a note.[^a]\n\n| A | B |\n| :-- | --: |\n| x | y |\n\n[^a]: The note.\n"
        let section = "## Section\n\nText with a footnote[^n], ~~struck~~ words, **strong** ones and www.example.org.\n\n| Agency | Contacts |\n| --- | ---: |\n| Health | 12 |\n| Police | 3 |\n\n> [!LEARNING] neglect\n> A quoted learning point over\n> two lines.\n\n"
        let large = String(repeating: section, count: 5_000) + "[^n]: A note.\n"
        #expect(large.utf8.count > 1 << 20)
        let smallFirst = outline(MarkdownParser.parse(small))
        let largeFirst = outline(MarkdownParser.parse(large))
        #expect(largeFirst.count > 5_000 * 30)
        #expect(outline(MarkdownParser.parse(small)) == smallFirst)
        #expect(outline(MarkdownParser.parse(large)) == largeFirst)
        #expect(outline(MarkdownParser.parse(small)) == smallFirst)
    }

    @Test func plainTextJoinsInlineContent() {
        let document = MarkdownParser.parse("Some *emphasised* and `code` text\nover two lines.\n")
        #expect(document.plainText(of: document.firstChild(of: document.root)!) == "Some emphasised and code text over two lines.")
    }
}
