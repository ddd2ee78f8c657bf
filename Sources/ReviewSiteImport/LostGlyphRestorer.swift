/// PDF text often loses Symbol-font bullet glyphs, leaving list items as lines
/// indented by a space. A cluster of such lines, each after a finished sentence
/// or a lead-in, is a list; a lone one is just the first line of a page.
enum LostGlyphRestorer {
    static func restore(_ lines: [SourceLine]) -> [SourceLine] {
        let candidates = lines.indices.filter { looksLikeItem(lines[$0]) }
        var result = lines
        for index in candidates {
            guard candidates.contains(where: { $0 != index && abs($0 - index) <= 10 }),
                  let previous = lines[..<index].last(where: { !$0.isBlank }),
                  TextTools.endsSentence(previous.text), !lines[index].text.hasSuffix(":") else { continue }
            result[index].text = "• " + lines[index].text
            result[index].pageStart = false
        }
        return result
    }

    private static func looksLikeItem(_ line: SourceLine) -> Bool {
        (1...2).contains(line.indent) && TextTools.startsUppercase(line.text) && line.text.first?.isLetter == true
            && NumberPrefix.parse(line.text) == nil && NumberPrefix.romanLabel(line.text) == nil
    }
}
