import Foundation
import ReviewSiteCore
import ReviewSiteRendering

/// The site `serve` keeps in memory between saves: content, linked graph, rendered bodies and
/// every output file. A rebuild re-parses only the changed files, swaps an edited review into
/// the linked graph (or links again when its dates or tags changed), and renders only the
/// outputs `ChangeImpact` names. A failed rebuild changes nothing but what it must retry.
public struct PreviewSite: Sendable {
    public let options: BuildOptions
    public let previewScript: String
    /// Every file of the site by path, as served.
    public private(set) var files: [String: Data] = [:]
    public private(set) var graph: SiteGraph
    private var templates: TemplateSet
    private var content: Content
    private var bodies: RenderedBodies
    private var pathsByPage: [PageID: [String]] = [:]
    /// Changes not yet built because the last rebuild failed; the next rebuild includes them.
    private var pending = ChangeSet()

    /// Builds the whole site into memory; `options.includeDrafts` is forced on.
    public init(options: BuildOptions, previewScript: String) throws(DiagnosticError) {
        var options = options
        options.includeDrafts = true
        self.options = options
        self.previewScript = previewScript
        let linked = SiteGenerator(options: options).linkAll()
        guard let graph = linked.graph, let content = linked.content, let templates = linked.templates,
              !linked.diagnostics.contains(where: { $0.severity == .error }) else { throw DiagnosticError(linked.diagnostics) }
        self.graph = graph
        self.content = content
        self.templates = templates
        let renderer = SiteRenderer(graph: graph, templates: templates, previewScript: previewScript)
        self.bodies = renderer.renderBodies()
        store(renderer.render(graph.pageIDs, bodies: bodies))
        for asset in templates.assets { files[asset] = readAsset(asset) }
    }

    /// Applies `changes` (with any left over from a failed rebuild); throws and keeps the last good site on errors.
    /// The edited files' own pages are rendered first and handed to `firstPages` (all files, changed
    /// paths), then the other pages quoting them, then the search index and downloads, so the
    /// author sees the page at once and the rest as soon as each part is ready.
    public mutating func rebuild(
        _ changes: ChangeSet, firstPages: ([String: Data], [String]) -> Void = { _, _ in }
    ) throws(DiagnosticError) -> Rebuild {
        let start = DispatchTime.now()
        var all = pending
        all.formUnion(changes)
        pending = all
        var next = self
        var stageMilliseconds: [Stage: Int] = [:]
        let before = files
        let applied = try next.apply(all) { stage, files, touched in
            stageMilliseconds[stage] = Self.milliseconds(since: start)
            firstPages(files, touched.filter { before[$0] != files[$0] }.sorted())
        }
        next.pending = ChangeSet()
        let paths = applied.touched.filter { files[$0] != next.files[$0] }.sorted()
        self = next
        return Rebuild(
            changedFiles: all.files, paths: paths, pagesRendered: applied.rendered, milliseconds: Self.milliseconds(since: start),
            firstMilliseconds: stageMilliseconds[.ownPages], pagesMilliseconds: stageMilliseconds[.pages], warnings: applied.warnings
        )
    }

    private static func milliseconds(since start: DispatchTime) -> Int {
        Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
    }

    private struct Applied {
        var warnings: [Diagnostic]
        /// Paths written or removed.
        var touched: Set<String>
        var rendered: Int
    }

    /// What a rebuild publishes before it is finished: the edited files' own pages, then every
    /// other page; the search index and the downloads, slowest to make, come last.
    private enum Stage: Hashable {
        case ownPages, pages, data

        init(_ id: PageID) {
            switch id {
            case .search, .passageDownloads, .themeDownloads: self = .data
            default: self = .pages
            }
        }
    }

    private mutating func apply(_ changes: ChangeSet, early: (Stage, [String: Data], Set<String>) -> Void) throws(DiagnosticError) -> Applied {
        if changes.global {
            let fresh = try PreviewSite(options: options, previewScript: previewScript)
            let touched = Set(files.keys).union(fresh.files.keys)
            self = fresh
            return Applied(warnings: [], touched: touched, rendered: fresh.pathsByPage.values.reduce(0) { $0 + $1.count })
        }
        var log = DiagnosticLog()
        if !changes.templates.isEmpty || !changes.assets.isEmpty {
            templates = try TemplateSet.load(from: options.templatesDirectory, displayName: options.templatesDisplayName)
        }
        for slug in changes.reviews.sorted() {
            let parsed = parse("reviews", slug, log: &log) { ReviewParser.parse($0, slug: slug, registry: content.themes) }
            content.reviews.removeAll { $0.slug == slug }
            if let parsed { content.reviews.append(parsed) }
        }
        for slug in changes.pages.sorted() {
            let parsed = parse("pages", slug, log: &log) { PageParser.parse($0, slug: slug, registry: content.themes) }
            content.pages.removeAll { $0.slug == slug }
            if let parsed { content.pages.append(parsed) }
        }
        content.reviews.sort { $0.slug < $1.slug }
        content.pages.sort { $0.slug < $1.slug }
        log.append(contentsOf: PageSlugCheck.diagnostics(content.pages.filter { changes.pages.contains($0.slug) }))
        try log.throwIfErrors()

        let edited = content.reviews.filter { changes.reviews.contains($0.slug) }
        let textOnly = changes.pages.isEmpty && changes.templates.isEmpty && edited.count == changes.reviews.count
        let newGraph = (textOnly ? graph.replacing(edited) : nil) ?? Linker.link(content, options: SiteGenerator(options: options).linkOptions)
        let renderer = SiteRenderer(graph: newGraph, templates: templates, previewScript: previewScript)
        var touched = Set(changes.assets)
        for gone in Set(graph.pageIDs).subtracting(newGraph.pageIDs) {
            for path in pathsByPage.removeValue(forKey: gone) ?? [] {
                files[path] = nil
                touched.insert(path)
            }
        }
        for asset in changes.assets { files[asset] = templates.assets.contains(asset) ? readAsset(asset) : nil }
        var rendered = 0
        func publish(_ stage: Stage, _ pages: [PageID: [OutputFile]], last: Bool) {
            touched.formUnion(pages.keys.flatMap { pathsByPage[$0] ?? [] })
            store(pages)
            touched.formUnion(pages.values.flatMap { $0.map(\.path) })
            rendered += pages.values.reduce(0) { $0 + $1.count }
            if !last { early(stage, files, touched) }
        }

        let own = newGraph.pageIDs.filter { id in
            if case .review(let slug) = id { return changes.reviews.contains(slug) }
            if case .page(let slug) = id { return changes.pages.contains(slug) }
            return false
        }
        let first = renderer.firstPages(own)
        if !own.isEmpty { publish(.ownPages, first.files, last: false) }
        let newBodies = renderer.renderBodies(reusing: changes.invalidatesAllBodies ? nil : bodies, except: changes.reviews, first: first)
        let impact = ChangeImpact(old: .init(graph: graph, bodies: bodies), new: .init(graph: newGraph, bodies: newBodies))
        let others = impact.outputs(for: changes).filter { !first.files.keys.contains($0) }
        let stages: [(Stage, [PageID])] = [(.pages, others.filter { Stage($0) == .pages }), (.data, others.filter { Stage($0) == .data })].filter { !$0.1.isEmpty }
        for (position, (stage, ids)) in stages.enumerated() {
            publish(stage, renderer.render(ids, bodies: newBodies), last: position == stages.count - 1)
        }
        graph = newGraph
        bodies = newBodies
        return Applied(warnings: log.diagnostics, touched: touched, rendered: rendered)
    }

    /// The page shown instead of pages whose sources have errors, through the last good templates.
    public func errorPage(_ diagnostics: [Diagnostic]) -> Data {
        Data(SiteRenderer(graph: graph, templates: templates, previewScript: previewScript).errorPage(diagnostics).utf8)
    }

    /// The page of a review or plain page file, e.g. `reviews/child-a/index.html` for
    /// `Content/reviews/child-a.md`; nil for files every page depends on.
    public static func page(of file: String, options: BuildOptions) -> String? {
        let prefix = options.contentDisplayName + "/"
        guard file.hasPrefix(prefix), file.hasSuffix(".md") else { return nil }
        let parts = file.dropFirst(prefix.count).dropLast(3).split(separator: "/").map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "reviews": return SitePaths.review(parts[1])
        case "pages": return SitePaths.page(parts[1])
        default: return nil
        }
    }

    /// Reads and parses one file of `folder`; nil when it was deleted or cannot be used.
    private func parse<Item>(_ folder: String, _ slug: String, log: inout DiagnosticLog, _ parse: (SourceFile) -> (Item?, [Diagnostic])) -> Item? {
        let url = options.contentDirectory.appendingPathComponent("\(folder)/\(slug).md")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let (item, diagnostics) = parse(try SourceFile.read(url, displayPath: "\(options.contentDisplayName)/\(folder)/\(slug).md"))
            log.append(contentsOf: diagnostics)
            return item
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// Keeps the rendered files; a file with the bytes it had keeps its stored data, so a save
    /// copies only what changed (most of the search index's thousands of files do not).
    private mutating func store(_ rendered: [PageID: [OutputFile]]) {
        for (id, outputs) in rendered {
            let paths = outputs.map(\.path)
            for path in Set(pathsByPage[id] ?? []).subtracting(paths) { files[path] = nil }
            pathsByPage[id] = paths
            for output in outputs {
                guard case .text(var text) = output.contents else { continue }
                if let stored = files[output.path], Self.holds(stored, &text) { continue }
                files[output.path] = Data(text.utf8)
            }
        }
    }

    private static func holds(_ data: Data, _ text: inout String) -> Bool {
        text.withUTF8 { bytes in
            data.count == bytes.count && (bytes.isEmpty || data.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 })
        }
    }

    private func readAsset(_ path: String) -> Data? {
        FileManager.default.contents(atPath: templates.directory.appendingPathComponent(path).path)
    }
}
