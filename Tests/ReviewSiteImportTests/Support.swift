import Foundation
@testable import ReviewSiteImport

/// Shared fixtures: the theme vocabulary the brief specifies and helpers to
/// measure how faithfully a conversion keeps the source's words.
enum Support {
    static let vocabulary = ThemeVocabulary([
        (slug: "neglect", names: ["Neglect", "neglectful care", "failure to thrive"]),
        (slug: "domestic-abuse", names: ["Domestic abuse", "domestic violence"]),
        (slug: "escalation", names: ["Escalation", "professional challenge", "resolving professional differences", "professional disagreement"]),
        (slug: "invisible-men", names: ["Invisible men", "unseen men", "hidden men", "fathers and male carers"]),
        (slug: "information-sharing", names: ["Information sharing"]),
        (slug: "assessment", names: ["Assessment"]),
        (slug: "supervision", names: ["Supervision"]),
        (slug: "substance-misuse", names: ["Substance misuse", "drug use", "alcohol"]),
        (slug: "parental-mental-health", names: ["Parental mental health", "mental health"]),
        (slug: "safe-sleep", names: ["Safe sleep", "co-sleeping"]),
        (slug: "bruising-non-mobile-babies", names: ["Bruising in non-mobile babies", "bruising"]),
        (slug: "was-not-brought", names: ["Was not brought", "missed appointments"]),
        (slug: "voice-of-the-child", names: ["Voice of the child", "lived experience"]),
        (slug: "multi-agency-working", names: ["Multi-agency working"]),
        (slug: "strategy-discussions", names: ["Strategy discussions", "strategy meeting"]),
        (slug: "health-visiting", names: ["Health visiting", "health visitor"]),
    ])

    static let importer = ReviewImporter(vocabulary: vocabulary)

    static func convert(_ text: String) throws -> ImportedReview {
        try importer.convert(text, sourceName: "fixture.txt")
    }

    /// The words a reader sees: the running text, and the footnotes a renderer gathers at the end.
    static func renderedWords(_ markdown: String) -> (text: [String], notes: [String]) {
        let lines = markdown.components(separatedBy: "\n")
        let isNote = { (line: String) in line.range(of: #"^(> )?\[\^\d+\]:"#, options: .regularExpression) != nil }
        return (words(lines.filter { !isNote($0) }.joined(separator: "\n")), words(lines.filter(isNote).joined(separator: "\n")))
    }

    /// Markdown without front matter, markers, footnote labels and escapes.
    static func words(_ markdown: String) -> [String] {
        var lines = markdown.components(separatedBy: "\n")
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            lines.removeSubrange(0...end)
        }
        let text = lines.map { line -> String in
            var line = line
            while line.hasPrefix(">") { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("[!") { return "" }
            return line
        }.joined(separator: "\n")
        let withoutNotes = text.replacingOccurrences(of: #"\[\^\d+\]:?"#, with: " ", options: .regularExpression)
        return WordTokenizer.words(withoutNotes.replacingOccurrences(of: "\\", with: ""))
    }

    /// Source words missing from the output: first matched in order (longest common
    /// subsequence) against the running text, then the rest, again in order, against the footnotes.
    static func missingWords(source: [String], rendered: (text: [String], notes: [String])) -> [String] {
        let unmatched = unmatchedWords(source, rendered.text)
        return unmatchedWords(unmatched, rendered.notes)
    }

    static func coverage(source: [String], rendered: (text: [String], notes: [String])) -> Double {
        guard !source.isEmpty else { return 1 }
        return 1 - Double(missingWords(source: source, rendered: rendered).count) / Double(source.count)
    }

    private static func unmatchedWords(_ source: [String], _ output: [String]) -> [String] {
        var removed = Set<Int>()
        for change in output.difference(from: source) {
            if case .remove(let offset, _, _) = change { removed.insert(offset) }
        }
        return source.indices.filter(removed.contains).map { source[$0] }
    }

    /// Source words that were not dropped as title page, contents list or page furniture.
    static func bodyWords(_ text: String, removed: [SourceLine]) -> [String] {
        let dropped = Set(removed.map(\.number))
        let kept = SourceLine.split(text).filter { !dropped.contains($0.number) }.map(\.text)
        return WordTokenizer.words(kept.joined(separator: "\n"))
    }

    static func seedsFolder(_ file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/seeds").standardizedFileURL
    }

    static func footnoteCounts(_ markdown: String) -> (references: Set<String>, definitions: Set<String>) {
        var references = Set<String>()
        var definitions = Set<String>()
        for line in markdown.components(separatedBy: "\n") {
            let body = line.hasPrefix("> ") ? String(line.dropFirst(2)) : line
            if let match = body.range(of: #"^\[\^\d+\]:"#, options: .regularExpression) {
                definitions.insert(String(body[match].dropLast()))
            }
            var search = body.startIndex
            while let match = body.range(of: #"\[\^\d+\](?!:)"#, options: .regularExpression, range: search..<body.endIndex) {
                references.insert(String(body[match]))
                search = match.upperBound
            }
        }
        return (references, definitions)
    }
}
