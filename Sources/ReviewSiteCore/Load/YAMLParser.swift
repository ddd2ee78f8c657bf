import Yams

/// Parses YAML with Yams, turning its errors into diagnostics at the right line of the file.
enum YAMLParser {
    /// `firstLine` is the file line on which the YAML text starts.
    static func parse(_ yaml: String, file: String, firstLine: Int) throws(DiagnosticError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DiagnosticError([diagnostic(for: error, file: file, firstLine: firstLine)])
        } catch {
            throw DiagnosticError([Diagnostic(.error, file: file, line: firstLine, column: 1, "invalid YAML: \(error)")])
        }
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
