/// The paragraph or section number a line starts with ("5.4.7.", "1.", "6 "), and the
/// roman or lettered item labels ("ii.", "(iv)", "B)") reviews use for sub-lists.
struct NumberPrefix: Sendable, Equatable {
    let components: [Int]
    let trailingDot: Bool
    let rest: String

    static func parse(_ text: String) -> NumberPrefix? {
        var components: [Int] = []
        var index = text.startIndex
        var trailingDot = false
        while index < text.endIndex {
            let digits = text[index...].prefix(while: \.isASCIIDigit)
            guard !digits.isEmpty, digits.count <= 3, let value = Int(digits) else { break }
            components.append(value)
            index = digits.endIndex
            trailingDot = false
            guard index < text.endIndex, text[index] == "." else { break }
            trailingDot = true
            index = text.index(after: index)
        }
        guard !components.isEmpty else { return nil }
        if index < text.endIndex {
            guard text[index] == " " || text[index] == "\t" else { return nil }
        }
        let rest = text[index...].trimmingCharacters(in: .whitespaces)
        return NumberPrefix(components: components, trailingDot: trailingDot, rest: rest)
    }

    private static let romans: Set<String> = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
    ]

    /// Length of a leading "iv." / "(iv)" / "iv)" label, or nil.
    static func romanLabel(_ text: String) -> String? {
        var body = Substring(text)
        let parenthesised = body.hasPrefix("(")
        if parenthesised { body = body.dropFirst() }
        let letters = body.prefix(while: { "ivxIVX".contains($0) })
        guard !letters.isEmpty, romans.contains(letters.lowercased()) else { return nil }
        let after = body.dropFirst(letters.count)
        guard let mark = after.first, mark == ")" || (mark == "." && !parenthesised) else { return nil }
        let remainder = after.dropFirst()
        guard remainder.isEmpty || remainder.first == " " || remainder.first == "\t" else { return nil }
        return String(text.prefix(text.count - remainder.count))
    }

    /// A leading "a)" / "(b)" / "C)" label, or nil.
    static func letterLabel(_ text: String) -> String? {
        let chars = Array(text.prefix(4))
        var index = 0
        if chars.first == "(" { index = 1 }
        guard chars.count > index + 1, chars[index].isLetter, chars[index].isASCII, chars[index + 1] == ")" else { return nil }
        guard chars.count == index + 2 || chars[index + 2] == " " else { return nil }
        return String(chars[0...(index + 1)])
    }
}

import Foundation
