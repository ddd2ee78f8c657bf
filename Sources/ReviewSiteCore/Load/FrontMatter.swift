/// Splits a Markdown file into its YAML front matter and its body.
public struct FrontMatter: Sendable {
    /// The YAML between the fences.
    public var yaml: String
    public var body: String
    /// Lines before the body starts (both fences and the YAML).
    public var bodyLineOffset: Int

    /// The YAML's first line in the file (the line after the opening fence).
    public static let yamlFirstLine = 2

    /// Requires the file to open with `---` and close the YAML with `---` (or `...`) on a line of its own.
    public static func split(_ text: String, file: String) throws(DiagnosticError) -> FrontMatter {
        let lines = SourceLines(text)
        guard lines[0].trimmingTrailingWhitespace == "---" else {
            throw DiagnosticError([Diagnostic(.error, file: file, line: 1, column: 1, "the file must start with front matter: a line '---', the YAML fields (title, kind, board, ...), and a closing '---'")])
        }
        for index in 1..<lines.count {
            let trimmed = lines[index].trimmingTrailingWhitespace
            if trimmed == "---" || trimmed == "..." {
                return FrontMatter(yaml: String(lines.text(from: 1, through: index - 1)), body: String(lines.text(from: index + 1)), bodyLineOffset: index + 1)
            }
        }
        throw DiagnosticError([Diagnostic(.error, file: file, line: 1, column: 1, "the front matter opened here is never closed; add a line '---' after the last field")])
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
