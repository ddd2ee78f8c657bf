import Markdown
import ReviewSiteCore

/// Compares the glossary with the words of every review and page: abbreviations it does not
/// define (reported once, where first used; capitals in headings, in emphasis and strong
/// emphasis, and the words of review titles, such as a child's initials, are not taken for
/// abbreviations) and terms no text uses (a term used in any of those places counts as used).
struct GlossaryCheck {
    let graph: SiteGraph
    let glossaryFile: String

    private struct Use {
        var location: FileLocation
        var count: Int
    }

    func diagnostics() -> [Diagnostic] {
        let terms = Set(graph.glossary.entries.map(\.term))
        var used: Set<String> = []
        var undefined: [String: Use] = [:]
        let bodies = graph.reviews.map { ($0.file, $0.body, Set($0.passages.map(\.location.line))) }
            + graph.pages.map { ($0.file, $0.body, Set<Int>()) }
        let titleWords = Set(graph.reviews.flatMap { $0.metadata.title.split(separator: " ").map(String.init) })
        for (file, body, markerLines) in bodies.sorted(by: { $0.0 < $1.0 }) {
            let document = body.document
            let styled = Self.textInCapitalsByStyle(document)
            for index in document.nodes.indices where document[index].kind == .text
                && !markerLines.contains(document[index].start.line + body.lineOffset) {
                let start = document[index].start
                let text = document.literalBytes(index)
                GlossaryWords.forEachCapitalised(in: text) { range in
                    let word = String(decoding: text[range], as: UTF8.self)
                    let offset = range.lowerBound - text.startIndex
                    let singular = word.count > 2 && word.last == "s" ? String(word.dropLast()) : nil
                    if terms.contains(word) {
                        used.insert(word)
                    } else if let singular, terms.contains(singular) {
                        used.insert(singular)
                    } else if !styled.contains(index) && Self.looksLikeAbbreviation(word) && !titleWords.contains(word) {
                        let location = FileLocation(file: file, line: start.line + body.lineOffset, column: start.column + offset)
                        undefined[singular ?? word, default: Use(location: location, count: 0)].count += 1
                    }
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        for (term, use) in undefined {
            let times = use.count == 1 ? "once" : "\(use.count) times"
            diagnostics.append(.warning("'\(term)' looks like an abbreviation but \(glossaryFile) does not define it (used \(times)); add a line '\(term): what it stands for' so readers see its meaning", at: use.location))
        }
        for entry in graph.glossary.entries where !graph.reviews.isEmpty && !used.contains(entry.term) && !entry.term.contains(" ") {
            diagnostics.append(.warning("glossary term '\(entry.term)' is not used in any review or page; check its spelling and case, or remove it", at: entry.location))
        }
        return diagnostics
    }

    /// Text of headings and emphasis, where capitals are a style ("6. CONCLUSIONS AND LESSONS
    /// LEARNED", "risk graded **HIGH**"), not abbreviations.
    private static func textInCapitalsByStyle(_ document: MarkdownDocument) -> Set<Int> {
        var found: Set<Int> = []
        var pending = document.nodes.indices.filter { [.heading, .emphasis, .strong].contains(document[$0].kind) }
        while let node = pending.popLast() {
            for child in document.children(of: node) {
                found.insert(child)
                pending.append(child)
            }
        }
        return found
    }

    /// Two to eight capitals (and `&`), with an optional plural `s`; not a roman numeral.
    static func looksLikeAbbreviation(_ word: String) -> Bool {
        let core = word.hasSuffix("s") ? word.dropLast() : Substring(word)
        let letters = core.filter { $0 != "&" }
        guard (2...8).contains(letters.count), core.first != "&",
              letters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        return !letters.allSatisfy { "IVXLCDM".contains($0) }
    }
}
