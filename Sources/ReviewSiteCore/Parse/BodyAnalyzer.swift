import Markdown

/// Walks a parsed body once to give headings, numbered paragraphs and passages their anchors,
/// find the passages and their themes, and check footnotes.
struct BodyAnalyzer {
    let document: MarkdownDocument
    let lines: SourceLines
    let file: String
    let lineOffset: Int
    let registry: ThemeRegistry

    private(set) var anchors: [Int: String] = [:]
    private(set) var headings: [Heading] = []
    var passages: [Passage] = []
    var footnoteOrder: [String] = []
    private var orderedFootnotes: Set<String> = []
    var diagnostics: [Diagnostic] = []
    private var usedAnchors: [String: FileLocation] = [:]
    /// The next `-N` to try for each automatic anchor, so many equal headings stay linear.
    private var nextSuffix: [String: Int] = [:]
    var ordinals: [PassageKind: Int] = [:]
    var definedFootnotes: Set<String> = []
    /// Markers of tagged blockquotes, parsed before anchors are given so explicit anchors win.
    var markers: [Int: (marker: PassageMarker, inlineCount: Int, wholeParagraph: Bool)] = [:]
    var explicitAnchors: Set<String> = []

    static var reservedAnchors: Set<String> { MarkdownBody.layoutAnchors }

    init(document: MarkdownDocument, source: String, file: String, lineOffset: Int, registry: ThemeRegistry) {
        self.document = document
        self.lines = SourceLines(source)
        self.file = file
        self.lineOffset = lineOffset
        self.registry = registry
        // At most an anchor for every two source lines (a paragraph or heading and the blank
        // line after it), so the tables need not grow; growing them was most of giving anchors.
        anchors.reserveCapacity(lines.count / 2)
        usedAnchors.reserveCapacity(lines.count / 2 + Self.reservedAnchors.count)
        for anchor in Self.reservedAnchors { usedAnchors[anchor] = FileLocation(file: file, line: 1, column: 1) }
    }

    mutating func analyze() {
        collectFootnoteDefinitions(document.root)
        findMarkers(document.root)
        visit(document.root)
        checkUnusedFootnoteDefinitions()
    }

    func location(_ node: Int) -> FileLocation {
        let start = document[node].start
        return FileLocation(file: file, line: start.line + lineOffset, column: start.column)
    }

    private mutating func visit(_ node: Int) {
        switch document[node].kind {
        case .heading:
            addHeading(node)
        case .paragraph:
            if anchors[node] == nil { addNumberedParagraph(node, skipping: 0) }
            checkFootnoteReferences(in: node)
        case .blockQuote:
            addPassage(node)
        case .footnoteReference:
            let label = document.literal(node)
            if orderedFootnotes.insert(label).inserted { footnoteOrder.append(label) }
        default:
            break
        }
        for child in document.children(of: node) { visit(child) }
    }

    private mutating func collectFootnoteDefinitions(_ node: Int) {
        for child in document.children(of: node) where document[child].kind == .footnoteDefinition {
            definedFootnotes.insert(document.literal(child))
        }
    }

    private mutating func addHeading(_ node: Int) {
        let text = document.plainText(of: node)
        let slug = Slug.make(text)
        let anchor = claim(automatic: slug.isEmpty ? "section" : slug, node: node)
        headings.append(Heading(level: document[node].headingLevel, text: text, anchor: anchor, node: node))
    }

    @discardableResult
    mutating func addNumberedParagraph(_ node: Int, skipping markerCount: Int) -> String? {
        guard let text = inlineChild(of: node, at: markerCount), document[text].kind == .text,
              let number = ParagraphNumber.leading(document.literalBytes(text))
        else { return nil }
        let wanted = "para-\(number)"
        let anchor = claim(automatic: wanted, node: node)
        if anchor != wanted {
            diagnostics.append(.warning("paragraph number \(number) is used twice in this file; its anchor becomes '\(anchor)'. Check the numbering", at: location(node)))
        }
        return number
    }

    func inlineChild(of node: Int, at position: Int) -> Int? {
        var index = 0
        for child in document.children(of: node) {
            if index == position { return child }
            index += 1
        }
        return nil
    }

    /// Gives `wanted` to `node`, or `wanted-2`, `wanted-3`, ... when taken.
    mutating func claim(automatic wanted: String, node: Int) -> String {
        var anchor = wanted
        let firstSuffix = nextSuffix[wanted] ?? 2
        var suffix = firstSuffix
        while usedAnchors[anchor] != nil || explicitAnchors.contains(anchor) {
            anchor = "\(wanted)-\(suffix)"
            suffix += 1
        }
        if suffix != firstSuffix { nextSuffix[wanted] = suffix }
        usedAnchors[anchor] = location(node)
        anchors[node] = anchor
        return anchor
    }

    mutating func claim(explicit anchor: String, node: Int, at location: FileLocation) {
        if let previous = usedAnchors[anchor] {
            let reserved = Self.reservedAnchors.contains(anchor)
            let what = reserved ? "is reserved by the page layout" : "is already used at line \(previous.line)"
            diagnostics.append(.error("duplicate anchor '\(anchor)': it \(what); choose another {#anchor}", at: location))
            return
        }
        usedAnchors[anchor] = location
        anchors[node] = anchor
    }
}
