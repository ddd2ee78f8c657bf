/// Escapes source text so Markdown renders it literally, while keeping what the
/// Word export already wrote as Markdown: `**emphasis**`, `*quotes*`, links and
/// `<https://…>` autolinks.
enum MarkdownEscaper {
    private static let always: Set<Character> = ["\\", "`", "[", "]", "<", ">", "_", "~"]

    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var result = ""
        var index = 0
        while index < chars.count {
            let character = chars[index]
            if character == "<", let end = autolinkEnd(chars, from: index) {
                result += String(chars[index...end])
                index = end + 1
            } else if character == "[", let end = linkEnd(chars, from: index) {
                result += String(chars[index...end])
                index = end + 1
            } else if character == "*" {
                let run = chars[index...].prefix { $0 == "*" }.count
                if let close = closingRun(chars, from: index, length: run) {
                    let delimiter = String(repeating: "*", count: run)
                    result += delimiter + inline(String(chars[(index + run)..<close])) + delimiter
                    index = close + run
                } else {
                    result += String(repeating: "\\*", count: run)
                    index += run
                }
            } else {
                if always.contains(character) { result.append("\\") }
                result.append(character)
                index += 1
            }
        }
        return result
    }

    /// Inline escaping plus whatever would turn the start of a line into a block.
    static func block(_ text: String) -> String {
        var escaped = inline(text)
        if let first = escaped.first, "#>+=|".contains(first) {
            escaped = "\\" + escaped
        } else if escaped.hasPrefix("- ") || escaped == "-" {
            escaped = "\\" + escaped
        } else if let number = NumberPrefix.parse(text), number.components.count == 1, number.trailingDot || text.dropFirst(String(number.components[0]).count).first == ")" {
            let digits = String(number.components[0])
            escaped = digits + "\\" + escaped.dropFirst(digits.count)
        }
        return escaped
    }

    static func tableCell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    private static func autolinkEnd(_ chars: [Character], from start: Int) -> Int? {
        let rest = String(chars[(start + 1)...].prefix(8)).lowercased()
        guard rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("mailto:") else { return nil }
        var index = start + 1
        while index < chars.count, chars[index] != ">" {
            if chars[index] == " " || chars[index] == "<" { return nil }
            index += 1
        }
        return index < chars.count ? index : nil
    }

    private static func linkEnd(_ chars: [Character], from start: Int) -> Int? {
        guard let closeBracket = chars[start...].firstIndex(of: "]"), closeBracket + 1 < chars.count,
              chars[closeBracket + 1] == "(", let closeParen = chars[(closeBracket + 1)...].firstIndex(of: ")") else { return nil }
        let target = chars[(closeBracket + 2)..<closeParen]
        return target.contains(" ") || target.isEmpty ? nil : closeParen
    }

    /// The matching closing `*` run: the opener must touch text on its right, the closer on its left.
    private static func closingRun(_ chars: [Character], from start: Int, length: Int) -> Int? {
        let inner = start + length
        guard inner < chars.count, !chars[inner].isWhitespace, length <= 3 else { return nil }
        var index = inner + 1
        while index + length <= chars.count {
            if chars[index..<(index + length)].allSatisfy({ $0 == "*" }),
               !chars[index - 1].isWhitespace, chars[index - 1] != "*",
               index + length == chars.count || chars[index + length] != "*" {
                return index
            }
            index += 1
        }
        return nil
    }
}

import Foundation
