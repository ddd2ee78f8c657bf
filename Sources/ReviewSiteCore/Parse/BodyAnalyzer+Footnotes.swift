import Foundation
import Markdown

extension BodyAnalyzer {
    /// cmark-gfm leaves a reference to an undefined footnote as literal text `[^label]`;
    /// report each one at its exact column.
    mutating func checkFootnoteReferences(in paragraph: Int) {
        let document = document
        let texts = document.children(of: paragraph).lazy.filter { document[$0].kind == .text }
        // A reference needs a caret: most paragraphs have none, and their text is not copied.
        let hasCaret = { (node: Int) in
            document.literalBytes(node).withUnsafeBufferPointer { $0.count > 0 && memchr($0.baseAddress!, 0x5E, $0.count) != nil }
        }
        guard texts.contains(where: hasCaret) else { return }
        let text = Array(texts.flatMap { document.literalBytes($0) })
        guard text.count > 3 else { return }
        var index = 0
        var cursor: (line: Int, from: String.Index)?
        lazy var defined = definedFootnotes.sorted()
        while index + 3 < text.count {
            guard text[index] == 0x5B, text[index + 1] == 0x5E else {
                index += 1
                continue
            }
            guard let close = text[(index + 2)...].firstIndex(of: 0x5D) else { break }
            let label = String(decoding: text[(index + 2)..<close], as: UTF8.self)
            if !label.isEmpty, !label.contains(" "), !definedFootnotes.contains(label) {
                let hint = Suggestion.hint(for: label, in: defined)
                diagnostics.append(.error("footnote [^\(label)] has no definition; add a line '[^\(label)]: ...' below the paragraph.\(hint)", at: footnoteLocation(label, paragraph: paragraph, after: &cursor)))
            }
            index = close + 1
        }
    }

    /// cmark-gfm drops a definition nothing refers to, and its text with it, so read the
    /// `[^label]:` lines of the source and report each one never cited.
    mutating func checkUnusedFootnoteDefinitions() {
        let cited = Set(footnoteOrder.map { $0.lowercased() })
        var unused: [(label: Substring, line: Int, column: Int)] = []
        var fence: [UInt8]?
        let lines = lines
        lines.forEachLine { index, bytes in
            let indent = bytes.prefix { $0 == 0x20 }.count
            let rest = bytes[indent...]
            // Outside a fence, a line that starts with neither "`", "~" nor "[" is ruled out by its first byte.
            guard let first = rest.first, fence != nil || first == 0x60 || first == 0x7E || first == 0x5B else { return }
            if let open = fence {
                if rest.starts(with: open) { fence = nil }
                return
            }
            if rest.starts(with: "```".utf8) || rest.starts(with: "~~~".utf8) {
                fence = Array(rest.prefix(3))
                return
            }
            guard indent <= 3, rest.starts(with: "[^".utf8) else { return }
            let line = lines[index]
            let trimmed = line.dropFirst(indent)
            guard let close = trimmed.firstIndex(of: "]"), trimmed[trimmed.index(after: close)...].hasPrefix(":") else { return }
            let label = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
            guard !label.isEmpty, !cited.contains(label.lowercased()) else { return }
            unused.append((label, index + 1, indent + 1))
        }
        for (label, line, column) in unused {
            diagnostics.append(.warning("footnote [^\(label)] is defined but never cited, so its text is left out of the page; cite it with [^\(label)] where it belongs, or delete the definition", at: FileLocation(file: file, line: line + lineOffset, column: column)))
        }
    }

    /// The column of `[^label]` in the raw source, searching the paragraph's lines from just
    /// after the previous reference found (`cursor`), so many references stay linear.
    private func footnoteLocation(_ label: String, paragraph: Int, after cursor: inout (line: Int, from: String.Index)?) -> FileLocation {
        let node = document[paragraph]
        let needle = "[^\(label)]"
        for line in (cursor?.line ?? node.start.line)...max(node.start.line, node.end.line) where line >= 1 && line <= lines.count {
            let text = lines[line - 1]
            let start = cursor?.line == line ? cursor!.from : text.startIndex
            if let range = text[start...].range(of: needle) {
                cursor = (line, range.upperBound)
                let column = text.utf8.distance(from: text.startIndex, to: range.lowerBound) + 1
                return FileLocation(file: file, line: line + lineOffset, column: column)
            }
        }
        return location(paragraph)
    }
}

