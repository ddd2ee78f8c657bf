/// Separates the title page and the contents list from the body. The title page
/// feeds the front matter; the contents list is dropped (the site builds its own).
struct DocumentSections: Sendable {
    var titlePage: [SourceLine]
    var contents: [SourceLine]
    var body: [SourceLine]

    static func split(_ lines: [SourceLine]) -> DocumentSections {
        let searchLimit = min(lines.count, max(80, lines.count / 4))
        if let heading = lines[..<searchLimit].firstIndex(where: isContentsHeading) {
            let bodyStart = contentsEnd(lines, after: heading)
            return DocumentSections(titlePage: Array(lines[..<heading]),
                                    contents: Array(lines[heading..<bodyStart]),
                                    body: Array(lines[bodyStart...]))
        }
        let titleEnd = titlePageEnd(lines, limit: searchLimit)
        return DocumentSections(titlePage: Array(lines[..<titleEnd]), contents: [], body: Array(lines[titleEnd...]))
    }

    private static func isContentsHeading(_ line: SourceLine) -> Bool {
        let squeezed = TextTools.squeezed(line.text)
        return squeezed == "contents" || squeezed == "tableofcontents" || squeezed == "contentspage"
    }

    /// The body starts where the first contents entry reappears as a heading.
    private static func contentsEnd(_ lines: [SourceLine], after heading: Int) -> Int {
        var firstEntry: (index: Int, title: String)?
        var lastEntry = heading
        for index in (heading + 1)..<lines.count {
            let text = lines[index].text
            guard !text.isEmpty else { continue }
            if let entry = firstEntry, index > entry.index, !text.contains("\t"),
               title(of: text) == entry.title {
                return index
            }
            if let entryTitle = entryTitle(text) {
                lastEntry = index
                if firstEntry == nil { firstEntry = (index, entryTitle) }
            } else if firstEntry != nil && text.count > 150 {
                break
            }
        }
        return min(lines.count, lastEntry + 1)
    }

    /// The title of a contents entry such as "2. Process\t1" or "Findings .... page 4".
    private static func entryTitle(_ text: String) -> String? {
        let parts = text.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard parts.count >= 2, let page = parts.last, isPageReference(page) else { return nil }
        let title = title(of: parts.dropLast().joined(separator: " "))
        return title.isEmpty ? nil : title
    }

    private static func isPageReference(_ text: String) -> Bool {
        let lowered = text.lowercased().replacingOccurrences(of: "page", with: "")
        return lowered.contains(where: \.isASCIIDigit) && lowered.allSatisfy { $0.isASCIIDigit || " -–".contains($0) }
    }

    private static func title(of text: String) -> String {
        let withoutNumber = NumberPrefix.parse(text)?.rest ?? text
        return TextTools.squeezed(withoutNumber)
    }

    /// Without a contents list, the title page is the run of short lines before the first section.
    private static func titlePageEnd(_ lines: [SourceLine], limit: Int) -> Int {
        for index in 0..<limit {
            let text = lines[index].text
            if let number = NumberPrefix.parse(text), number.components.first == 1, !number.rest.isEmpty {
                let before = lines[..<index]
                return before.allSatisfy({ $0.text.count <= 80 }) ? index : 0
            }
            if text.count > 120 { return 0 }
        }
        return 0
    }
}

import Foundation
