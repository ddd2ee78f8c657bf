import Foundation
import ReviewSiteCore

/// Writes progress, diagnostics and summaries to standard error, where they do not mix with output.
struct Console: Sendable {
    var quiet: Bool

    func progress(_ line: String) {
        if !quiet { Self.write(line) }
    }

    func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { Self.write(diagnostic.description) }
    }

    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
