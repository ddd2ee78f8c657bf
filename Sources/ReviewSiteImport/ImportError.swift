/// A conversion failure pinned to a place in the source, printed the way compilers
/// print diagnostics so that editors and CI logs can jump straight to it.
public struct ImportError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int = 1, column: Int = 1, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(file):\(line):\(column): error: \(message)"
    }
}
