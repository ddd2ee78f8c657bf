/// A paragraph-sized piece of source text before its role is decided: prose, a
/// bullet item, a table row or a footnote definition, with the line it came from.
struct RawBlock: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case text
        case bullet
        case tableRow(cells: [String], piped: Bool)
        case footnote(label: Int)
    }

    var kind: Kind
    var text: String
    var line: Int
    var indent = 0
    /// Set by the unwrapper when the line continued a numbered section sequence.
    var headingHint = false
    /// Set when footnote definitions or a page break interrupted the source just before this block.
    var afterBreak = false

    var isProse: Bool { kind == .text || kind == .bullet }
}

/// The bullet glyphs word processors and PDF tools emit, including Symbol-font
/// private-use characters such as U+F0B7 and U+F0A7.
enum BulletGlyph {
    static let glyphs: Set<Character> = ["•", "◦", "▪", "▫", "■", "□", "●", "○", "‣", "⁃", "∙", "·", "➢", "➤", "►", "✓", "-", "–", "o", "*"]

    static func isGlyph(_ character: Character) -> Bool {
        if glyphs.contains(character) { return true }
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return (0xF000...0xF0FF).contains(scalar.value)
    }

    /// The text after a leading bullet glyph, or nil when the line is not a bullet.
    /// A lone glyph returns an empty string.
    static func strip(_ text: String) -> String? {
        guard let first = text.first, isGlyph(first) else { return nil }
        let rest = text.dropFirst()
        if rest.isEmpty { return "" }
        let isPrivateUse = first.unicodeScalars.first.map { (0xF000...0xF0FF).contains($0.value) } ?? false
        if first == "o" || first == "-" || first == "–" || first == "*" {
            guard rest.first == " " || rest.first == "\t" else { return nil }
        } else if !isPrivateUse && first != "•" && rest.first != " " && rest.first != "\t" {
            return nil
        }
        return rest.trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
