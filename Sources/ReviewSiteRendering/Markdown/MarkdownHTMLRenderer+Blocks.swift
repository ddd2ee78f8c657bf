import Markdown

extension MarkdownHTMLRenderer {
    mutating func renderBlock(_ node: Int, into output: inout HTMLBuffer) {
        let value = document[node]
        switch value.kind {
        case .paragraph:
            openTag("p", node: node, into: &output)
            renderInlines(of: node, into: &output)
            output.raw("</p>\n")
        case .heading:
            let level = min(6, value.headingLevel + headingShift)
            currentHeading = document.plainText(of: node)
            output.raw(contentsOf: "<h\(level)")
            if let anchor = anchors[node] { attribute("id", anchor, into: &output) }
            output.raw(">")
            renderInlines(of: node, into: &output)
            output.raw(contentsOf: "</h\(level)>\n")
        case .blockQuote:
            if passageMarkers[node] != nil {
                renderPassage(node, into: &output)
            } else {
                output.raw("<blockquote>\n")
                renderChildren(of: node, into: &output)
                output.raw("</blockquote>\n")
            }
        case .list:
            output.raw(value.isOrderedList ? "<ol" : "<ul")
            if value.isOrderedList && value.listStart != 1 { output.raw(contentsOf: " start=\"\(value.listStart)\"") }
            output.raw(">\n")
            for item in document.children(of: node) { renderItem(item, tight: value.isTightList, into: &output) }
            output.raw(value.isOrderedList ? "</ol>\n" : "</ul>\n")
        case .codeBlock:
            output.raw("<pre><code>")
            output.text(document.literalBytes(node))
            output.raw("</code></pre>\n")
        case .thematicBreak:
            output.raw("<hr>\n")
        case .table:
            renderTable(node, into: &output)
        case .htmlBlock, .footnoteDefinition:
            break
        default:
            renderInline(node, into: &output)
        }
    }

    mutating func renderChildren(of node: Int, into output: inout HTMLBuffer) {
        for child in document.children(of: node) { renderBlock(child, into: &output) }
    }

    private mutating func openTag(_ tag: StaticString, node: Int, into output: inout HTMLBuffer) {
        output.raw("<")
        output.raw(tag)
        if let anchor = anchors[node] { attribute("id", anchor, into: &output) }
        output.raw(">")
    }

    func attribute(_ name: StaticString, _ value: String, into output: inout HTMLBuffer) {
        output.raw(" ")
        output.raw(name)
        output.raw("=\"")
        output.text(value)
        output.raw("\"")
    }

    private mutating func renderItem(_ item: Int, tight: Bool, into output: inout HTMLBuffer) {
        output.raw("<li>")
        for child in document.children(of: item) {
            if tight && document[child].kind == .paragraph {
                renderInlines(of: child, into: &output)
            } else {
                output.raw("\n")
                renderBlock(child, into: &output)
            }
        }
        output.raw("</li>\n")
    }

    private mutating func renderPassage(_ node: Int, into output: inout HTMLBuffer) {
        var body = HTMLBuffer()
        renderPassageContent(node, into: &body)
        if let passageWrapper {
            output.raw(contentsOf: passageWrapper(node, body.string))
        } else {
            output.raw("<blockquote>\n")
            output.raw(body)
            output.raw("</blockquote>\n")
        }
    }

    /// A passage's blocks without its marker line.
    mutating func renderPassageContent(_ node: Int, into output: inout HTMLBuffer) {
        guard let marker = passageMarkers[node] else { return renderChildren(of: node, into: &output) }
        for (index, child) in document.children(of: node).enumerated() {
            if index == 0 {
                if marker.wholeParagraph { continue }
                openTag("p", node: child, into: &output)
                for (position, inline) in document.children(of: child).enumerated() where position >= marker.inlineCount {
                    renderInline(inline, into: &output)
                }
                output.raw("</p>\n")
            } else {
                renderBlock(child, into: &output)
            }
        }
    }

    private mutating func renderTable(_ node: Int, into output: inout HTMLBuffer) {
        tableCount += 1
        output.raw(contentsOf: "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table \(tableCount)\">\n<table>\n<caption>Table \(tableCount)")
        if !currentHeading.isEmpty {
            output.raw(": ")
            output.text(currentHeading)
        }
        output.raw("</caption>\n")
        var inBody = false
        for row in document.children(of: node) {
            let header = document[row].isHeaderRow
            if header { output.raw("<thead>\n") } else if !inBody {
                output.raw("<tbody>\n")
                inBody = true
            }
            output.raw("<tr>")
            for cell in document.children(of: row) {
                output.raw(header ? "<th scope=\"col\"" : "<td")
                switch document[cell].alignment {
                case .left: output.raw(" class=\"align-left\"")
                case .center: output.raw(" class=\"align-center\"")
                case .right: output.raw(" class=\"align-right\"")
                case .none: break
                }
                output.raw(">")
                renderInlines(of: cell, into: &output)
                output.raw(header ? "</th>" : "</td>")
            }
            output.raw("</tr>\n")
            if header { output.raw("</thead>\n") }
        }
        if inBody { output.raw("</tbody>\n") }
        output.raw("</table>\n</div>\n")
    }
}
