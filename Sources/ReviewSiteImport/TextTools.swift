/// Small judgements about a line of prose that several stages share: does it end a
/// sentence, does it start in lower case, is it written in capitals.
enum TextTools {
    static let superscripts: [Character: Int] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]
    static let closers: Set<Character> = ["’", "”", "\"", "'", ")", "]", "*", "_"]
    static let terminals: Set<Character> = [".", "!", "?", ":", ";"]

    /// True when the text ends a sentence, ignoring footnote markers and closing quotes.
    static func endsSentence(_ text: String) -> Bool {
        var chars = Array(text.trimmingCharacters(in: .whitespaces))
        if let space = chars.lastIndex(of: " "), chars.count - space <= 3,
           chars[(space + 1)...].allSatisfy(\.isASCIIDigit) {
            chars.removeSubrange(space...)
        }
        while let last = chars.last {
            if last == FootnoteMarker.close, let open = chars.lastIndex(of: FootnoteMarker.open) {
                chars.removeSubrange(open...)
            } else if closers.contains(last) || superscripts[last] != nil || last == " " {
                chars.removeLast()
            } else {
                return terminals.contains(last)
            }
        }
        return false
    }

    /// True when the first letter, after quotes and emphasis, is lower case.
    static func startsLowercase(_ text: String) -> Bool {
        guard let letter = text.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return letter.isLowercase
    }

    static func startsUppercase(_ text: String) -> Bool {
        guard let letter = text.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return letter.isUppercase || letter.isNumber
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }

    /// A heading set in capitals: at least two words and no lower-case letters.
    static func isAllCaps(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && wordCount(text) >= 2 && !letters.contains(where: \.isLowercase)
    }

    /// A sentence introducing what follows ("…the following:", "…concluded that –").
    static func endsWithLeadIn(_ text: String) -> Bool {
        guard let last = text.trimmingCharacters(in: .whitespaces).filter({ $0 != "*" }).last else { return false }
        return last == ":" || last == ";" || last == "–" || last == "-"
    }

    /// Lower-case letters only, for comparing titles regardless of punctuation and case.
    static func squeezed(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter })
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

import Foundation
