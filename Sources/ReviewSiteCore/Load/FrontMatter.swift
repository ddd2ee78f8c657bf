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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingWhitespace == "---" else {
            throw DiagnosticError([Diagnostic(.error, file: file, line: 1, column: 1, "the file must start with front matter: a line '---', the YAML fields (title, kind, board, ...), and a closing '---'")])
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.first {
            lines = lines.dropFirst()
            lineNumber += 1
            let trimmed = line.trimmingTrailingWhitespace
            if trimmed == "---" || trimmed == "..." {
                return FrontMatter(yaml: yamlLines.joined(separator: "\n"), body: lines.joined(separator: "\n"), bodyLineOffset: lineNumber)
            }
            yamlLines.append(line)
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
