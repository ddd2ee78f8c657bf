import Foundation
import ReviewSiteCore

/// Converts the text of a published review into a draft Markdown review for the
/// site. Each stage handles one concern; this type only runs them in order.
public struct ReviewImporter: Sendable {
    let vocabulary: ThemeVocabulary

    public init(vocabulary: ThemeVocabulary) {
        self.vocabulary = vocabulary
    }

    /// Reads a review from disk: text files directly, PDF through `pdftotext` and
    /// Word through `pandoc` when those tools are installed.
    public func readSource(at url: URL) throws(ImportError) -> String {
        switch url.pathExtension.lowercased() {
        case "pdf":
            return try ExternalConverter.text(from: url, tool: "pdftotext", arguments: ["-enc", "UTF-8", url.path, "-"],
                                              install: "poppler-utils (apt install poppler-utils, brew install poppler)")
        case "docx":
            return try ExternalConverter.text(from: url, tool: "pandoc", arguments: ["-t", "plain", "--wrap=none", url.path],
                                              install: "pandoc (apt install pandoc, brew install pandoc)")
        case "txt", "text", "md", "markdown", "":
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw ImportError(file: url.lastPathComponent, message: "cannot read the file: \(error.localizedDescription)")
            }
            return try SourceText.decode(data, file: url.lastPathComponent)
        default:
            throw ImportError(file: url.lastPathComponent,
                              message: "unsupported file type .\(url.pathExtension); give a .pdf, .docx, .txt or .md file")
        }
    }

    public func convert(_ text: String, sourceName: String) throws(ImportError) -> ImportedReview {
        try process(text, sourceName: sourceName).review
    }

    /// The conversion plus the source lines dropped as furniture (title page,
    /// contents list, running headers, page numbers), so tests can account for them.
    func process(_ text: String, sourceName: String) throws(ImportError) -> (review: ImportedReview, removed: [SourceLine]) {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ImportError(file: sourceName, message: "the text is empty; expected the text of a review")
        }
        var lines = SourceLine.split(text)
        let layout = LayoutDetector.detect(lines)
        if case .hardWrapped = layout {
            lines = lines.map { line in
                var line = line
                line.pageStart = line.pageStart || line.indent == 1
                return line
            }
            lines = LostGlyphRestorer.restore(lines)
        }
        let sections = DocumentSections.split(lines)
        var furniture = PageFurnitureRemover()
        var body = furniture.removeRunningLines(sections.body)
        var raw: [RawBlock]
        switch layout {
        case .hardWrapped(let width):
            let roles = PageFootnotes.roles(body)
            let labels = Set(body.indices.filter { if case .label = roles[$0] { true } else { false } }.map { body[$0].number })
            body = furniture.removePageNumbers(body, keeping: labels)
            var unwrapper = HardWrapUnwrapper(width: width)
            raw = unwrapper.unwrap(body)
        case .unwrapped:
            body = furniture.removePageNumbers(body, keeping: [])
            raw = ParagraphJoiner.join(UnwrappedReader.read(body))
        }
        raw = FootnoteResolver().resolve(raw)
        let pieces = HeadingDetector().classify(raw)
        let blocks = PassageDetector(suggester: ThemeSuggester(vocabulary: vocabulary))
            .detect(ListAndTableBuilder().build(pieces))
        guard !blocks.isEmpty else {
            let line = sections.body.first?.number ?? 1
            throw ImportError(file: sourceName, line: line, message: "no review text found after the title page and contents list")
        }
        let frontMatter = FrontMatterExtractor().extract(titlePage: sections.titlePage, body: body.map(\.text), sourceName: sourceName)
        let markdown = MarkdownWriter().write(frontMatter: frontMatter, blocks: blocks)
        let passages = blocks.filter { if case .passage = $0 { true } else { false } }.count
        let slug = Slug.make(frontMatter.title)
        let review = ImportedReview(slug: slug.isEmpty ? "review" : slug, markdown: markdown,
                                    passageCount: passages, unknownFields: frontMatter.unknownFields)
        return (review, sections.titlePage + sections.contents + furniture.removed)
    }
}
