import Foundation
import ReviewSiteCore

/// What every fuzz target shares: the input as text, a small theme registry, and a way to
/// stop the run when a property that must always hold is broken.
public enum FuzzInput {
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// A review around `body`, so body-level targets reach the parser with valid front matter.
    public static func review(body: String) -> SourceFile {
        source("---\ntitle: Child F\nkind: Serious Case Review\nboard: Fixture Safeguarding Partnership\npublished: 2020-07-03\n---\n" + body)
    }

    /// As `SourceFile.read` gives it to the parsers: line ends normalised to `\n`.
    public static func source(_ text: String, path: String = "Content/reviews/fuzz.md") -> SourceFile {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return SourceFile(url: URL(fileURLWithPath: path), displayPath: path, text: normalized)
    }

    public static let registry: ThemeRegistry = {
        var log: [Diagnostic] = []
        return ThemeRegistryLoader.load(source(themes, path: "Content/themes.yml"), log: &log)
    }()

    static let themes = """
        neglect:
          title: Neglect
          aliases: [failure to thrive]
        domestic-abuse:
          title: Domestic abuse
          aliases: [domestic violence]
        escalation:
          title: Escalation
          aliases: [professional challenge]
        invisible-men:
          title: Invisible men
          aliases: [fathers and male carers]
        """

    /// Traps with a message libFuzzer shows beside the crashing input.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("property broken: \(message())") }
    }

    /// Every diagnostic must point inside the file it names.
    public static func checkPositions(_ diagnostics: [Diagnostic], in text: String) {
        let lineCount = source(text).text.split(separator: "\n", omittingEmptySubsequences: false).count
        for diagnostic in diagnostics {
            require(diagnostic.line >= 1 && diagnostic.line <= lineCount, "\(diagnostic) points outside a file of \(lineCount) lines")
        }
    }
}
