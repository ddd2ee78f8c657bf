/// The YAML header of a review: only what the source states, `draft: true`, and
/// a comment naming the fields the author still has to fill in.
struct FrontMatter: Sendable, Equatable {
    var title: String
    var kind: String?
    var board: String?
    var published: String?
    var reviewer: String?

    /// Fields the source did not state, in the order the contract lists them.
    var unknownFields: [String] {
        var fields: [String] = []
        if kind == nil { fields.append("kind") }
        if board == nil { fields.append("board") }
        if published == nil { fields.append("published") }
        if reviewer == nil { fields.append("reviewer") }
        return fields + ["summary", "child.age", "child.outcome"]
    }

    func yaml() -> String {
        var lines = ["---", "title: \(Self.quoted(title))"]
        if let kind { lines.append("kind: \(Self.quoted(kind))") }
        if let board { lines.append("board: \(Self.quoted(board))") }
        if let published { lines.append("published: \(published)") }
        if let reviewer { lines.append("reviewer: \(Self.quoted(reviewer))") }
        lines.append("draft: true")
        lines.append("# To complete by the author: " + unknownFields.joined(separator: ", "))
        lines.append("---")
        return lines.joined(separator: "\n")
    }

    static func quoted(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n", "\t": escaped += " "
            default:
                if character.unicodeScalars.allSatisfy(isPrintableInYAML) { escaped.append(character) }
            }
        }
        return "\"\(escaped)\""
    }

    /// YAML refuses control characters even when quoted; PDF text can carry them as debris.
    private static func isPrintableInYAML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...: true
        default: false
        }
    }
}
