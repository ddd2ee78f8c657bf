import Foundation
import Markdown

/// The file a Markdown body was read from, with a fingerprint of the body, so that the body
/// can be parsed again later and is known to be the same text that was analysed.
public struct BodySource: Sendable {
    let url: URL
    let displayPath: String
    /// The body's hash value: stable within one process, which is all a build needs.
    let fingerprint: Int

    init(_ file: SourceFile, body: String) {
        url = file.url
        displayPath = file.displayPath
        fingerprint = body.hashValue
    }

    /// Reads the file again and parses its body; an error if it changed since it was analysed.
    func parse() throws(DiagnosticError) -> MarkdownDocument {
        let file = try SourceFile.read(url, displayPath: displayPath)
        guard let body = try? FrontMatter.split(file.text, file: displayPath).body, body.hashValue == fingerprint else {
            throw DiagnosticError([Diagnostic(.error, file: displayPath, line: 1, column: 1, "the file changed while the site was being built; build again")])
        }
        return MarkdownParser.parse(body)
    }
}
