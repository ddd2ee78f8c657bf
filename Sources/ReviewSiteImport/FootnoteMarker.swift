/// The in-text stand-in for a resolved footnote reference. Private-use characters
/// survive escaping untouched and are turned into `[^n]` only when writing.
enum FootnoteMarker {
    static let open: Character = "\u{E000}"
    static let close: Character = "\u{E001}"

    static func make(_ label: Int) -> String {
        "\(open)\(label)\(close)"
    }

    /// Labels referenced in the text, in order of first appearance.
    static func labels(in text: String) -> [Int] {
        var labels: [Int] = []
        var digits: String?
        for character in text {
            if character == open {
                digits = ""
            } else if character == close, let value = digits.flatMap(Int.init) {
                if !labels.contains(value) { labels.append(value) }
                digits = nil
            } else if digits != nil {
                digits?.append(character)
            }
        }
        return labels
    }

    /// Replaces every stand-in with what `render` makes of its label.
    static func replace(in text: String, _ render: (Int) -> String) -> String {
        guard text.contains(open) else { return text }
        var result = ""
        var digits: String?
        for character in text {
            if character == open {
                digits = ""
            } else if character == close, let value = digits.flatMap(Int.init) {
                result += render(value)
                digits = nil
            } else if digits != nil {
                digits?.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }
}
