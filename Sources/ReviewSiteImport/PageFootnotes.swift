/// Finds footnote definitions at the foot of hard-wrapped pages: a bare number
/// continuing the footnote sequence, then its text up to the next page break.
enum PageFootnotes {
    enum Role: Equatable, Sendable {
        case content
        case label(Int)
        case text(Int)
    }

    static func roles(_ lines: [SourceLine]) -> [Role] {
        var roles = Array(repeating: Role.content, count: lines.count)
        var last = 0
        var current: Int?
        var awaitingText = false
        for index in lines.indices {
            let line = lines[index]
            if line.pageStart && !(awaitingText && NumberPrefix.parse(line.text) == nil) { current = nil }
            if let label = Int(line.text), PageFurnitureRemover.isBareNumber(line.text),
               label == last + 1 || label == last + 2, isLabelPosition(lines, index, inFootnote: current != nil) {
                roles[index] = .label(label)
                current = label
                last = label
                awaitingText = true
            } else if let label = current, !line.isBlank {
                roles[index] = .text(label)
                awaitingText = false
            }
        }
        return roles
    }

    private static func isLabelPosition(_ lines: [SourceLine], _ index: Int, inFootnote: Bool) -> Bool {
        guard !lines[index].pageStart else { return false }
        let blankBefore = index == 0 || lines[index - 1].isBlank
        let blankAfter = index + 1 < lines.count && lines[index + 1].isBlank
        return blankBefore || blankAfter || inFootnote
    }
}
