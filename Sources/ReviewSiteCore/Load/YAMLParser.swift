import Yams

/// Parses YAML with Yams, turning its errors into diagnostics at the right line of the file.
enum YAMLParser {
    /// `firstLine` is the file line on which the YAML text starts.
    static func parse(_ yaml: String, file: String, firstLine: Int) throws(DiagnosticError) -> Node? {
        do {
            // Fields are read as text, so scalars need no implicit types: the default resolver
            // tries seven regular expressions on every key and value. The encoding is named,
            // not defaulted: Yams works the default out from the whole process environment.
            return try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw DiagnosticError([clamp(diagnostic(for: error, file: file, firstLine: firstLine), to: yaml, firstLine: firstLine)])
        } catch {
            throw DiagnosticError([Diagnostic(.error, file: file, line: firstLine, column: 1, "invalid YAML: \(error)")])
        }
    }

    /// libyaml ends a text without a final newline on a line of its own; point at the end of the last real line instead.
    private static func clamp(_ diagnostic: Diagnostic, to yaml: String, firstLine: Int) -> Diagnostic {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let lastLine = firstLine + lines.count - 1
        guard diagnostic.line > lastLine else { return diagnostic }
        var clamped = diagnostic
        clamped.line = lastLine
        clamped.column = (lines.last?.utf8.count ?? 0) + 1
        return clamped
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        let advice = "fix the YAML syntax (check indentation, colons and quotes)"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let where_ = context.map { " \($0.text)" } ?? ""
            // At the end of the text, the mistake is where the unfinished value began.
            let at = problem.contains("end of stream") ? context?.mark ?? mark : mark
            return Diagnostic(.error, file: file, line: firstLine + at.line - 1, column: at.column, "invalid YAML: \(problem)\(where_); \(advice)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(.error, file: file, line: firstLine + context.mark.line - 1, column: context.mark.column, "the key '\(duplicates.joined(separator: "', '"))' appears twice; keep one")
        default:
            return Diagnostic(.error, file: file, line: firstLine, column: 1, "invalid YAML: \(error); \(advice)")
        }
    }
}
