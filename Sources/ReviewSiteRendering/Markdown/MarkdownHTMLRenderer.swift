import Markdown

/// Renders a parsed body to safe HTML: no raw HTML passes, unsafe links are dropped, every
/// text is escaped, headings and numbered paragraphs carry their anchors, glossary terms
/// are marked up, and footnote ids carry a prefix so several bodies can share one page.
struct MarkdownHTMLRenderer {
    let document: MarkdownDocument
    let anchors: [Int: String]
    let abbreviations: AbbreviationMarker
    /// Prepended to footnote ids: empty on a review's own page, the review's slug elsewhere.
    var footnotePrefix: String {
        didSet { referenceCounts = [:] }
    }
    let footnoteNumbers: [String: Int]
    /// Added to heading levels so the body's top level sits under the page's h1.
    let headingShift: Int
    /// Wraps a passage's rendered body: blockquote node → (body HTML) → passage HTML.
    var passageWrapper: ((Int, String) -> String)?
    /// Blockquote node → marker inline count (0 when the marker was the whole first paragraph).
    let passageMarkers: [Int: (inlineCount: Int, wholeParagraph: Bool)]
    var referenceCounts: [String: Int] = [:]
    var tableCount = 0
    var currentHeading = ""

    init(
        document: MarkdownDocument, anchors: [Int: String], abbreviations: AbbreviationMarker,
        footnotePrefix: String, footnoteOrder: [String], passageMarkers: [Int: (inlineCount: Int, wholeParagraph: Bool)]
    ) {
        self.document = document
        self.anchors = anchors
        self.abbreviations = abbreviations
        self.footnotePrefix = footnotePrefix
        self.footnoteNumbers = Dictionary(footnoteOrder.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        self.passageMarkers = passageMarkers
        let minimumLevel = document.nodes.lazy.filter { $0.kind == .heading }.map(\.headingLevel).min() ?? 2
        self.headingShift = max(0, 2 - minimumLevel)
    }

    func footnoteID(_ label: String) -> String { "fn-\(footnotePrefix)\(Self.idSafe(label))" }
    func referenceID(_ label: String, occurrence: Int = 1) -> String {
        "fnref-\(footnotePrefix)\(Self.idSafe(label))" + (occurrence > 1 ? "-\(occurrence)" : "")
    }

    /// ASCII letters and digits kept, any other character a hyphen. Asks no Unicode property
    /// tables: this runs for every footnote reference.
    static func idSafe(_ label: String) -> String {
        String(decoding: label.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: UInt8(scalar.value)
            default: UInt8(ascii: "-")
            }
        }, as: UTF8.self)
    }

    /// The whole document, without footnote definitions (rendered apart by `footnotes()`).
    mutating func renderBody() -> String {
        var output = HTMLBuffer(capacity: document.storage.count * 2)
        for child in document.children(of: document.root) where document[child].kind != .footnoteDefinition {
            renderBlock(child, into: &output)
        }
        return output.string
    }

    /// A subtree only, e.g. one passage's body for a theme page.
    mutating func renderPassageBody(_ blockQuote: Int) -> String {
        var output = HTMLBuffer()
        renderPassageContent(blockQuote, into: &output)
        return output.string
    }

    /// Footnote definitions in reference order: (number, id, back-link id, HTML of its content).
    mutating func footnotes(limitedTo labels: [String]? = nil) -> [(number: Int, id: String, backID: String, html: String)] {
        var definitions: [String: Int] = [:]
        for child in document.children(of: document.root) where document[child].kind == .footnoteDefinition {
            definitions[document.literal(child)] = child
        }
        let wanted = labels ?? footnoteNumbers.sorted { $0.value < $1.value }.map(\.key)
        return wanted.compactMap { label in
            guard let node = definitions[label], let number = footnoteNumbers[label] else { return nil }
            var output = HTMLBuffer()
            for child in document.children(of: node) { renderBlock(child, into: &output) }
            return (number, footnoteID(label), referenceID(label), output.string)
        }
    }
}
