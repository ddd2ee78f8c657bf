import Foundation
import ReviewSiteCore
import ReviewSiteRendering

/// The pipeline as named steps: load content, load templates, link, render. It stops at the
/// first step with errors and returns every diagnostic found; it never writes to disk.
public struct SiteGenerator: Sendable {
    public var options: BuildOptions
    public var previewScript: String?
    /// Whether reviews keep their parsed Markdown after loading (`ContentLoader.keepsDocuments`).
    public var keepsDocuments = true
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

    /// What loading and linking found, even when there were errors: what `check` runs.
    public struct Linked: Sendable {
        /// Nil when the content could not be loaded at all.
        public var graph: SiteGraph?
        public var content: Content?
        public var templates: TemplateSet?
        /// Sorted by file, line and column.
        public var diagnostics: [Diagnostic]
    }

    /// Loads content and templates and links them, reporting every problem without stopping.
    public func linkAll() -> Linked {
        // Templates load beside the content, which keeps every core busy but for its last reviews.
        let (templatesDirectory, templatesDisplayName) = (options.templatesDirectory, options.templatesDisplayName)
        let templatesLoading = BackgroundValue {
            Swift.Result { () throws(DiagnosticError) in try TemplateSet.load(from: templatesDirectory, displayName: templatesDisplayName) }
        }
        progress("Loading content from \(options.contentDisplayName)/")
        let (loaded, contentDiagnostics) = ContentLoader(directory: options.contentDirectory, displayName: options.contentDisplayName, keepsDocuments: keepsDocuments).load()
        var log = DiagnosticLog()
        log.append(contentsOf: contentDiagnostics)
        progress("Loading templates from \(options.templatesDisplayName)/")
        var templates: TemplateSet?
        switch templatesLoading.value {
        case .success(let loaded): templates = loaded
        case .failure(let error): log.append(contentsOf: error.diagnostics)
        }
        guard var content = loaded else {
            if !log.hasErrors {
                log.append(Diagnostic(.error, file: options.contentDisplayName, line: 1, column: 1, "content could not be loaded"))
            }
            return Linked(graph: nil, content: nil, templates: templates, diagnostics: log.sorted)
        }
        if let baseURL = options.baseURL {
            content.config.baseURL = baseURL.hasSuffix("/") || baseURL.isEmpty ? baseURL : baseURL + "/"
        }
        log.append(contentsOf: PageSlugCheck.diagnostics(content.pages))
        progress("Linking \(content.reviews.count) reviews")
        let graph = Linker.link(content, options: linkOptions)
        return Linked(graph: graph, content: content, templates: templates, diagnostics: log.sorted)
    }

    public var linkOptions: LinkOptions {
        LinkOptions(includeDrafts: options.includeDrafts, today: options.today)
    }

    /// Loads and links without rendering; throws every diagnostic when there is an error.
    public func link() throws(DiagnosticError) -> (SiteGraph, TemplateSet, [Diagnostic]) {
        let linked = linkAll()
        guard let graph = linked.graph, let templates = linked.templates, !linked.diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticError(linked.diagnostics)
        }
        return (graph, templates, linked.diagnostics)
    }

    public func generate() throws(DiagnosticError) -> Result {
        let (graph, templates, warnings) = try link()
        progress("Rendering pages")
        var files = try SiteRenderer(graph: graph, templates: templates, previewScript: previewScript).render()
        files.append(OutputFile(path: AnchorManifest.fileName, contents: .text(AnchorManifest(graph).json)))
        files.sort { $0.path < $1.path }
        return Result(files: files, graph: graph, warnings: warnings)
    }
}
