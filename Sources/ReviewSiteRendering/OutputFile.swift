/// One file of the generated site: its path under the output folder and its bytes.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case text(String)
        /// A file copied from the templates folder.
        case copy(from: String)
    }

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
