/// Re-joins paragraphs that a page break split in two, typically with the page's
/// footnote definitions wedged in between; the definitions move after the paragraph.
enum ParagraphJoiner {
    static func join(_ blocks: [RawBlock]) -> [RawBlock] {
        var result: [RawBlock] = []
        var index = 0
        while index < blocks.count {
            var block = blocks[index]
            index += 1
            var moved: [RawBlock] = []
            while block.isProse, !TextTools.endsSentence(block.text) {
                var next = index
                while next < blocks.count, isInterruption(blocks[next], afterFootnote: next > index) { next += 1 }
                guard next < blocks.count, continues(blocks[next], crossedFootnotes: next > index) else { break }
                moved += blocks[index..<next]
                block.text += " " + blocks[next].text
                index = next + 1
            }
            result.append(block)
            result += moved
        }
        return result
    }

    /// Footnote definitions, and tables that belong to one of them.
    private static func isInterruption(_ block: RawBlock, afterFootnote: Bool) -> Bool {
        switch block.kind {
        case .footnote: true
        case .tableRow: afterFootnote
        case .text, .bullet: false
        }
    }

    /// A plain paragraph that reads on from an unfinished one.
    private static func continues(_ block: RawBlock, crossedFootnotes: Bool) -> Bool {
        guard block.kind == .text, NumberPrefix.parse(block.text) == nil,
              NumberPrefix.romanLabel(block.text) == nil, !PassageDetector.opensWithMarker(block.text) else { return false }
        return TextTools.startsLowercase(block.text) || (crossedFootnotes && TextTools.startsUppercase(block.text))
    }
}

import Foundation
