import ReviewSiteCore
import ReviewSiteRendering

/// Plain pages may not take a folder name the site uses itself.
enum PageSlugCheck {
    static func diagnostics(_ pages: [Page]) -> [Diagnostic] {
        pages.filter { SitePaths.reserved.contains($0.slug) }.map {
            Diagnostic(.error, file: $0.file, line: 1, column: 1, "the page name '\($0.slug)' is used by the site itself; rename the file")
        }
    }
}
