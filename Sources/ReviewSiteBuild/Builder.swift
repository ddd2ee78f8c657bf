import Foundation
import ReviewSiteCore
import ReviewSiteRendering

/// `reviewsite build`: generate, then write atomically, then summarise.
public struct Builder: Sendable {
    public var options: BuildOptions
    public var progress: @Sendable (String) -> Void

    public init(options: BuildOptions, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
    }

    /// Returns the summary and the warnings; throws every error found.
    public func build() throws(DiagnosticError) -> (BuildSummary, [Diagnostic]) {
        let start = DispatchTime.now()
        let result = try SiteGenerator(options: options, progress: progress).generate()
        progress("Writing \(result.files.count) files to \(options.outputDirectory.relativePath)/")
        try SiteWriter(outputDirectory: options.outputDirectory, templatesDirectory: options.templatesDirectory).write(result.files)
        let elapsed = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
        let summary = BuildSummary(
            pages: result.files.filter { $0.path.hasSuffix(".html") }.count,
            files: result.files.count,
            reviews: result.graph.reviews.count,
            passages: result.graph.reviews.reduce(0) { $0 + $1.passages.count },
            themes: result.graph.themes.count,
            milliseconds: elapsed
        )
        return (summary, result.warnings)
    }
}
