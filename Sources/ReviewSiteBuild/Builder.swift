import Foundation
import ReviewSiteCore
import ReviewSiteRendering

/// `reviewsite build`: load and link, then render and write each page as it is ready (atomically
/// for the site as a whole), then summarise.
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
        var generator = SiteGenerator(options: options, progress: progress)
        generator.keepsDocuments = false
        let (graph, templates, warnings) = try generator.link()
        progress("Rendering and writing to \(options.outputDirectory.relativePath)/")
        let renderer = SiteRenderer(graph: graph, templates: templates)
        let manifest = BackgroundValue { AnchorManifest(graph).json }
        let paths = try SiteWriter(outputDirectory: options.outputDirectory, templatesDirectory: options.templatesDirectory).write { (emit) throws(DiagnosticError) in
            try renderer.render(into: emit)
            emit(OutputFile(path: AnchorManifest.fileName, contents: .text(manifest.value)))
        }
        let elapsed = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
        let summary = BuildSummary(
            pages: paths.filter { $0.hasSuffix(".html") }.count,
            files: paths.count,
            reviews: graph.reviews.count,
            passages: graph.reviews.reduce(0) { $0 + $1.passages.count },
            themes: graph.themes.count,
            milliseconds: elapsed
        )
        return (summary, warnings)
    }
}
