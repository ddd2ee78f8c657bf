import Markdown

extension MarkdownHTMLRenderer {
    mutating func renderInlines(of node: Int, into output: inout HTMLBuffer) {
        for child in document.children(of: node) { renderInline(child, into: &output) }
    }

    mutating func renderInline(_ node: Int, into output: inout HTMLBuffer) {
        let value = document[node]
        switch value.kind {
        case .text:
            abbreviations.write(document.literalBytes(node), into: &output)
        case .softBreak:
            output.raw("\n")
        case .lineBreak:
            output.raw("<br>\n")
        case .code:
            output.raw("<code>")
            output.text(document.literalBytes(node))
            output.raw("</code>")
        case .emphasis:
            wrap("<em>", "</em>", node, into: &output)
        case .strong:
            wrap("<strong>", "</strong>", node, into: &output)
        case .strikethrough:
            wrap("<del>", "</del>", node, into: &output)
        case .link:
            renderLink(node, into: &output)
        case .image:
            renderImage(node, into: &output)
        case .footnoteReference:
            renderFootnoteReference(node, into: &output)
        case .htmlInline, .htmlBlock:
            break
        default:
            renderBlock(node, into: &output)
        }
    }

    private mutating func wrap(_ open: StaticString, _ close: StaticString, _ node: Int, into output: inout HTMLBuffer) {
        output.raw(open)
        renderInlines(of: node, into: &output)
        output.raw(close)
    }

    private mutating func renderLink(_ node: Int, into output: inout HTMLBuffer) {
        guard let destination = URLPolicy.safeDestination(document.literal(node)) else {
            renderInlines(of: node, into: &output)
            return
        }
        output.raw("<a")
        attribute("href", destination, into: &output)
        let title = document.secondary(node)
        if !title.isEmpty { attribute("title", title, into: &output) }
        output.raw(">")
        renderInlines(of: node, into: &output)
        output.raw("</a>")
    }

    private mutating func renderImage(_ node: Int, into output: inout HTMLBuffer) {
        let alt = document.plainText(of: node)
        guard let source = URLPolicy.safeDestination(document.literal(node)) else {
            output.text(alt)
            return
        }
        output.raw("<img")
        attribute("src", source, into: &output)
        attribute("alt", alt, into: &output)
        let title = document.secondary(node)
        if !title.isEmpty { attribute("title", title, into: &output) }
        output.raw(">")
    }

    private mutating func renderFootnoteReference(_ node: Int, into output: inout HTMLBuffer) {
        let label = document.literal(node)
        guard let number = footnoteNumbers[label] else { return }
        referenceCounts[label, default: 0] += 1
        output.raw("<sup class=\"footnote-ref\"><a")
        attribute("href", "#" + footnoteID(label), into: &output)
        attribute("id", referenceID(label, occurrence: referenceCounts[label]!), into: &output)
        output.raw(contentsOf: " aria-label=\"Footnote \(number)\">\(number)</a></sup>")
    }
}
