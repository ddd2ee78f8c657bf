import ReviewSiteCore

extension PreviewSite {
    /// What a rebuild did, for the line `serve` prints and the reload it sends.
    public struct Rebuild: Sendable {
        public var changedFiles: [String]
        /// Site paths whose content changed or that were removed.
        public var paths: [String]
        public var pagesRendered: Int
        public var milliseconds: Int
        /// When the edited files' own pages were published ahead of the others.
        public var firstMilliseconds: Int?
        /// When every changed page was published, ahead of the search index and downloads.
        public var pagesMilliseconds: Int?
        public var warnings: [Diagnostic]

        public var line: String {
            let files = changedFiles.isEmpty ? "no change" : changedFiles.joined(separator: ", ")
            let stages = [firstMilliseconds.map { "its own page after \($0) ms" }, pagesMilliseconds.map { "every page after \($0) ms" }].compactMap { $0 }
            let first = stages.isEmpty ? "" : " (" + stages.joined(separator: ", ") + ")"
            return "Rebuilt \(pagesRendered) \(pagesRendered == 1 ? "page" : "pages") after \(files) in \(milliseconds) ms\(first)"
        }
    }
}
