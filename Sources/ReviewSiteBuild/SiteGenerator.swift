import Foundation
import ReviewSiteCore
import ReviewSiteRendering

/// The pipeline as named steps: load content, load templates, link, render. It stops at the
/// first step with errors and returns every diagnostic found; it never writes to disk.
public struct SiteGenerator: Sendable {
    public var options: BuildOptions
    public var previewScript: String?
    /// Receives "Loading content…" style progress lines.
    public var progress: @Sendable (String) -> Void

    public init(options: BuildOptions, previewScript: String? = nil, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.previewScript = previewScript
        self.progress = progress
    }

    /// The output of a successful run: files to write, the linked site, and warnings.
    public struct Result: Sendable {
        public var files: [OutputFile]
        public var graph: SiteGraph
        public var warnings: [Diagnostic]
    }

    /// Loads and links without rendering: what `check` runs.
    public func link() throws(DiagnosticError) -> (SiteGraph, TemplateSet, [Diagnostic]) {
        progress("Loading content from \(options.contentDisplayName)/")
        let (loaded, contentDiagnostics) = ContentLoader(directory: options.contentDirectory, displayName: options.contentDisplayName).load()
        var log = DiagnosticLog()
        log.append(contentsOf: contentDiagnostics)
        progress("Loading templates from \(options.templatesDisplayName)/")
        var templates: TemplateSet?
        do {
            templates = try TemplateSet.load(from: options.templatesDirectory, displayName: options.templatesDisplayName)
        } catch {
            log.append(contentsOf: error.diagnostics)
        }
        guard var content = loaded, let templates else {
            throw DiagnosticError(log.hasErrors ? log.sorted : log.sorted + [Diagnostic(.error, file: options.contentDisplayName, line: 1, column: 1, "content could not be loaded")])
        }
        if let baseURL = options.baseURL {
            content.config.baseURL = baseURL.hasSuffix("/") || baseURL.isEmpty ? baseURL : baseURL + "/"
        }
        log.append(contentsOf: PageSlugCheck.diagnostics(content.pages))
        try log.throwIfErrors()
        progress("Linking \(content.reviews.count) reviews")
        let graph = Linker.link(content, options: LinkOptions(includeDrafts: options.includeDrafts, today: options.today))
        return (graph, templates, log.sorted)
    }

    public func generate() throws(DiagnosticError) -> Result {
        let (graph, templates, warnings) = try link()
        progress("Rendering pages")
        let files = SiteRenderer(graph: graph, templates: templates, previewScript: previewScript).render()
        return Result(files: files, graph: graph, warnings: warnings)
    }
}
