import ReviewSiteCore

/// Passages no theme page will list, and theme suggestions the importer wrote as `?slug` that
/// no author has confirmed yet (errors in published reviews, warnings in drafts).
enum PassageThemeCheck {
    /// `reported` holds what loading found: a passage whose themes were all unknown is not reported twice.
    static func diagnostics(_ reviews: [Review], reported: [Diagnostic], isPublished: (Review) -> Bool) -> [Diagnostic] {
        let linesWithErrors = Set(reported.filter { $0.severity == .error }.map { FileLocation(file: $0.file, line: $0.line, column: 1) })
        var diagnostics: [Diagnostic] = []
        for review in reviews {
            let severity: Diagnostic.Severity = isPublished(review) ? .error : .warning
            for mention in review.metadata.themes where mention.isSuggestion {
                diagnostics.append(unconfirmed(mention, severity: severity, what: "this review"))
            }
            for passage in review.passages {
                let what = "this \(passage.kind.label.lowercased())"
                if passage.themes.isEmpty, !linesWithErrors.contains(FileLocation(file: review.file, line: passage.location.line, column: 1)) {
                    diagnostics.append(.warning("\(what) has no theme, so no theme page lists it; name its themes after the marker, e.g. [!\(passage.kind.rawValue)] neglect", at: passage.location))
                }
                for mention in passage.themes where mention.isSuggestion {
                    diagnostics.append(unconfirmed(mention, severity: severity, what: what))
                }
            }
        }
        return diagnostics
    }

    private static func unconfirmed(_ mention: ThemeMention, severity: Diagnostic.Severity, what: String) -> Diagnostic {
        let message = "theme '?\(mention.slug)' is an importer suggestion not yet confirmed; if it fits \(what), delete the '?', otherwise remove the theme"
        return Diagnostic(severity, file: mention.location.file, line: mention.location.line, column: mention.location.column, message)
    }
}
