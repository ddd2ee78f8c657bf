import Foundation
import ReviewSiteBuild
import ReviewSiteCore
import ReviewSiteRendering

/// The author's loop behind `serve`: builds the site into memory with drafts, rebuilds what
/// each save affects, swaps the result into the store and tells the open tabs to reload. While
/// a source has errors, the pages it affects show the error page and every other page keeps
/// its last good version. Rebuilds run on one thread at a time (the watcher's). The preview is
/// served from the server's root, so the site's base URL is left out.
public final class PreviewSession: @unchecked Sendable {
    public let options: BuildOptions
    public let store = PreviewStore()
    public let liveReload = LiveReload()
    private let print: @Sendable (String) -> Void
    private var site: PreviewSite?
    /// The problems last reported, so a retry that finds the same ones stays quiet.
    private var reported: [Diagnostic] = []

    public init(options: BuildOptions, print: @escaping @Sendable (String) -> Void = { _ in }) {
        var options = options
        options.includeDrafts = true
        options.baseURL = ""
        self.options = options
        self.print = print
    }

    /// Builds everything; returns false (and serves the error page) when the content has errors.
    @discardableResult
    public func start() -> Bool {
        let start = DispatchTime.now()
        do {
            let built = try PreviewSite(options: options, previewScript: LiveReload.script)
            site = built
            store.update(built.files)
            let pages = built.files.keys.filter { $0.hasSuffix(".html") }.count
            print("Built \(pages) pages (\(built.graph.reviews.count) reviews, drafts included) in \(Self.milliseconds(since: start)) ms")
            return true
        } catch {
            fail(error.diagnostics)
            return false
        }
    }

    /// Rebuilds after the files at `paths` changed; returns false when the content has errors.
    @discardableResult
    public func handle(changedPaths paths: [String]) -> Bool {
        let changes = ChangeSet(paths: paths, options: options)
        guard !changes.isEmpty else { return store.currentFailure == nil }
        guard var current = site else { return start() && reloadAll() }
        return rebuild(&current, changes)
    }

    /// A failed rebuild keeps the last good site but remembers the changes it could not apply.
    private func rebuild(_ current: inout PreviewSite, _ changes: ChangeSet) -> Bool {
        let healed = store.currentFailure
        defer { site = current }
        var published: Set<String> = []
        let publish = { [store, liveReload] (files: [String: Data], changed: [String]) in
            store.update(files)
            let targets = changed.map(Self.reloadTarget)
            let assetChanged = targets.contains(nil)
            let paths = Array(Set(targets.compactMap { $0 }))
            if assetChanged || (healed?.paths == nil && healed != nil && published.isEmpty) {
                liveReload.publish(paths: nil)
            } else {
                let fresh = Set(paths).union(published.isEmpty ? healed?.paths ?? [] : []).subtracting(published)
                if !fresh.isEmpty { liveReload.publish(paths: fresh.sorted()) }
            }
            published.formUnion(paths)
        }
        do {
            let rebuild = try current.rebuild(changes, firstPages: publish)
            publish(current.files, rebuild.paths)
            print(rebuild.line)
            for warning in rebuild.warnings { print(warning.description) }
            return true
        } catch {
            fail(error.diagnostics)
            return false
        }
    }

    /// Rebuilds what the last failed rebuild could not, in case a file was read half-written.
    @discardableResult
    public func retry() -> Bool {
        guard store.currentFailure != nil else { return true }
        guard var current = site else { return start() && reloadAll() }
        return rebuild(&current, ChangeSet())
    }

    private func reloadAll() -> Bool {
        liveReload.publish(paths: nil)
        return true
    }

    private func fail(_ diagnostics: [Diagnostic]) {
        guard diagnostics != reported || store.currentFailure == nil else { return }
        reported = diagnostics
        for diagnostic in diagnostics { print(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }
        let pages = errors.map { PreviewSite.page(of: $0.file, options: options) }
        let scope: Set<String>? = pages.contains(nil) || site == nil ? nil : Set(pages.compactMap { $0 })
        let page = site?.errorPage(diagnostics) ?? Data(SiteRenderer.fallbackErrorPage(diagnostics, previewScript: LiveReload.script).utf8)
        store.fail(PreviewStore.Failure(page: page, paths: scope))
        let count = errors.count
        let affected = scope.map { "\($0.count) \($0.count == 1 ? "page shows" : "pages show") the error" } ?? "every page shows the error"
        print("\(count) \(count == 1 ? "error" : "errors"): \(affected) until you fix and save; other files stay as last built.")
        liveReload.publish(paths: scope.map { $0.sorted() })
    }

    private static func milliseconds(since start: DispatchTime) -> Int {
        Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
    }

    /// The page a changed file shows in: itself for pages, the search page for its index, the
    /// page beside a download; nil for a template asset, which may be on any page.
    static func reloadTarget(_ path: String) -> String? {
        if path.hasSuffix(".html") || path.hasSuffix(".xml") { return path }
        if path.hasPrefix("search/") { return "search/index.html" }
        if path.hasSuffix(".csv") || path.hasSuffix(".json") {
            return path.split(separator: "/").dropLast().map { $0 + "/" }.joined() + "index.html"
        }
        return nil
    }
}
