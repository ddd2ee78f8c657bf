/// A problem found in the content, pointing at the file, line and column an author must fix.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// Path as the author sees it, relative to the folder the command was run from when possible.
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ severity: Severity, file: String, line: Int, column: Int, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
    }

    public static func error(_ message: String, at location: FileLocation) -> Diagnostic {
        Diagnostic(.error, file: location.file, line: location.line, column: location.column, message)
    }

    public static func warning(_ message: String, at location: FileLocation) -> Diagnostic {
        Diagnostic(.warning, file: location.file, line: location.line, column: location.column, message)
    }

    /// `path:line:col: error: message`, the form editors and CI annotate.
    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}

/// A position in a content file.
public struct FileLocation: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}
