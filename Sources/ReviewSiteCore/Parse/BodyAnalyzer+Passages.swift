import Markdown

extension BodyAnalyzer {
    /// Finds every blockquote whose first line is a `[!KIND]` marker, before any anchor is given.
    mutating func findMarkers(_ node: Int) {
        for child in document.children(of: node) {
            if document[child].kind == .blockQuote, let found = marker(of: child) {
                markers[child] = found
                if let anchor = found.marker.anchor { explicitAnchors.insert(anchor) }
            }
            // Only these blocks can hold a blockquote; paragraphs, headings and tables hold inlines.
            switch document[child].kind {
            case .blockQuote, .list, .item, .footnoteDefinition: findMarkers(child)
            default: break
            }
        }
    }

    private mutating func marker(of blockQuote: Int) -> (marker: PassageMarker, inlineCount: Int, wholeParagraph: Bool)? {
        guard let paragraph = document.firstChild(of: blockQuote), document[paragraph].kind == .paragraph,
              let first = document.firstChild(of: paragraph), document[first].kind == .text,
              document.literalBytes(first).starts(with: [0x5B]), startsWithMarker(paragraph)
        else { return nil }
        let lineNumber = document[paragraph].start.line
        guard lineNumber >= 1, lineNumber <= lines.count,
              let marker = PassageMarker.parse(line: lines[lineNumber - 1], file: file, lineNumber: lineNumber + lineOffset, diagnostics: &diagnostics)
        else { return nil }
        var count = 0
        var whole = true
        for child in document.children(of: paragraph) {
            count += 1
            if document[child].kind == .softBreak || document[child].kind == .lineBreak {
                whole = false
                break
            }
        }
        return (marker, count, whole)
    }

    private func startsWithMarker(_ paragraph: Int) -> Bool {
        var prefix: [UInt8] = []
        for child in document.children(of: paragraph) {
            guard document[child].kind == .text else { break }
            prefix.append(contentsOf: document.literalBytes(child))
            if prefix.count >= 2 { break }
        }
        return prefix.starts(with: [0x5B, 0x21])
    }

    /// Records the passage at `blockQuote`, if it is one.
    mutating func addPassage(_ blockQuote: Int) {
        guard let (marker, inlineCount, wholeParagraph) = markers[blockQuote] else { return }
        let markerLine = document[blockQuote].start.line + lineOffset
        let themes = resolveThemes(marker, line: markerLine)
        let firstParagraph = document.firstChild(of: blockQuote)!
        let bodyStart: (node: Int, skip: Int)? = wholeParagraph
            ? document[firstParagraph].nextSibling >= 0 ? (Int(document[firstParagraph].nextSibling), 0) : nil
            : (firstParagraph, inlineCount)
        var number: String?
        if let bodyStart, document[bodyStart.node].kind == .paragraph {
            number = addNumberedParagraph(bodyStart.node, skipping: bodyStart.skip)
        }
        ordinals[marker.kind, default: 0] += 1
        let anchor: String
        if let explicit = marker.anchor {
            anchor = explicit
            claim(explicit: explicit, node: blockQuote, at: FileLocation(file: file, line: markerLine, column: marker.anchorColumn))
        } else {
            anchor = claim(automatic: "\(marker.kind.slug)-\(number ?? String(ordinals[marker.kind]!))", node: blockQuote)
        }
        let text = passageText(blockQuote, skipping: inlineCount, wholeParagraph: wholeParagraph)
        if text.isEmpty {
            diagnostics.append(.error("the \(marker.kind.label.lowercased()) has no text; write it on the lines after the marker, each starting with '>'", at: location(blockQuote)))
        }
        passages.append(Passage(
            kind: marker.kind, themes: themes, anchor: anchor, paragraphNumber: number, node: blockQuote,
            markerInlineCount: inlineCount, markerIsWholeParagraph: wholeParagraph, text: text, location: location(blockQuote)
        ))
    }

    private mutating func resolveThemes(_ marker: PassageMarker, line: Int) -> [ThemeMention] {
        var mentions: [ThemeMention] = []
        for (name, column, isSuggestion) in marker.themeNames {
            let at = FileLocation(file: file, line: line, column: column)
            guard let slug = registry.resolve(name) else {
                let hint = Suggestion.nearest(to: name, in: registry.allNames).map { " Did you mean '\(registry.resolve($0) ?? $0)'?" } ?? ""
                diagnostics.append(.error("unknown theme '\(name)'; add it to themes.yml or use a known slug or alias.\(hint)", at: at))
                continue
            }
            if !mentions.contains(where: { $0.slug == slug }) {
                mentions.append(ThemeMention(slug: slug, isSuggestion: isSuggestion, location: at))
            }
        }
        return mentions
    }

    /// The passage's words without its marker line.
    private func passageText(_ blockQuote: Int, skipping inlineCount: Int, wholeParagraph: Bool) -> String {
        var bytes: [UInt8] = []
        for (index, child) in document.children(of: blockQuote).enumerated() {
            if index == 0 {
                if wholeParagraph { continue }
                for (position, inline) in document.children(of: child).enumerated() where position >= inlineCount {
                    document.appendPlainText(of: inline, to: &bytes)
                }
            } else {
                if !bytes.isEmpty { bytes.append(0x20) }
                document.appendPlainText(of: child, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
