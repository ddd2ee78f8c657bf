import Foundation

/// Reads `Content/` into a `Content` value, parsing reviews in parallel, and reports every
/// problem found with its file, line and column.
public struct ContentLoader: Sendable {
    public var directory: URL
    /// How the folder is named in diagnostics, e.g. `Content`.
    public var displayName: String
    /// Whether reviews keep their parsed Markdown. A build parks it in a `SpillFile` and reads
    /// each review back as it renders it, so memory does not grow with every review's document.
    public var keepsDocuments: Bool

    public init(directory: URL, displayName: String, keepsDocuments: Bool = true) {
        self.directory = directory
        self.displayName = displayName
        self.keepsDocuments = keepsDocuments
    }

    public func load() -> (Content?, [Diagnostic]) {
        var log: [Diagnostic] = []
        guard isDirectory(directory) else {
            return (nil, [Diagnostic(.error, file: displayName, line: 1, column: 1, "content folder not found; run from the folder holding '\(displayName)/' or pass --content DIR")])
        }
        let config = readRequired("site.yml", log: &log).flatMap { SiteConfigLoader.load($0, log: &log) }
        let registry = readOptional("themes.yml", log: &log).map { ThemeRegistryLoader.load($0, log: &log) } ?? ThemeRegistry([])
        let glossary = readOptional("glossary.yml", log: &log).map { GlossaryLoader.load($0, log: &log) } ?? Glossary([])
        if let config {
            for slug in config.coreThemes where registry[slug] == nil {
                let hint = Suggestion.hint(for: slug, in: registry.themes.map(\.slug))
                log.append(Diagnostic(.error, file: "\(displayName)/site.yml", line: 1, column: 1, "core theme '\(slug)' is not in themes.yml.\(hint)"))
            }
        }
        let reviewFiles = markdownFiles(in: "reviews", log: &log)
        let pageFiles = markdownFiles(in: "pages", log: &log)
        let spill = keepsDocuments ? nil : SpillFile()
        let reviews = parseInParallel(reviewFiles, log: &log) { ReviewParser.parse($0, slug: $1, registry: registry, spill: spill) }
        let pages = parseInParallel(pageFiles, log: &log) { PageParser.parse($0, slug: $1, registry: registry) }
        guard let config else { return (nil, log) }
        return (Content(config: config, themes: registry, glossary: glossary, reviews: reviews, pages: pages), log)
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func isLink(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) != 0 || status.st_mode & S_IFMT == S_IFLNK
    }

    private func readRequired(_ name: String, log: inout [Diagnostic]) -> SourceFile? {
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            log.append(Diagnostic(.error, file: "\(displayName)/\(name)", line: 1, column: 1, "missing \(name); create it with at least 'title: ...'"))
            return nil
        }
        return readOptional(name, log: &log)
    }

    private func readOptional(_ name: String, log: inout [Diagnostic]) -> SourceFile? {
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try SourceFile.read(url, displayPath: "\(displayName)/\(name)")
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// The `.md` files of a subfolder with their slugs, sorted; links pointing outside `Content/` are refused.
    private func markdownFiles(in folder: String, log: inout [Diagnostic]) -> [(URL, String, String)] {
        let url = directory.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        let root = directory.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        let resolvedFolder = url.resolvingSymlinksInPath().standardizedFileURL.path
        var files: [(URL, String, String)] = []
        for name in names.sorted() where name.hasSuffix(".md") {
            let display = "\(displayName)/\(folder)/\(name)"
            let file = url.appendingPathComponent(name, isDirectory: false)
            // Only a link needs resolving on its own; a file's real path is its folder's and its name.
            let resolved = isLink(file) ? file.resolvingSymlinksInPath().standardizedFileURL.path : resolvedFolder + "/" + name
            guard resolved.hasPrefix(root) else {
                log.append(Diagnostic(.error, file: display, line: 1, column: 1, "is a link to a file outside \(displayName)/ (\(resolved)), or a link loop; copy the file into \(displayName)/\(folder)/ instead"))
                continue
            }
            let slug = String(name.dropLast(3))
            guard Slug.isValid(slug) else {
                log.append(Diagnostic(.error, file: display, line: 1, column: 1, "file name must be lowercase letters, digits and hyphens, as it becomes the page's URL; rename it to '\(Slug.make(slug)).md'"))
                continue
            }
            files.append((file, display, slug))
        }
        return files
    }

    /// How many files ahead of the one starting to parse are being read: asking for each file
    /// this far ahead spreads the asking over the workers and keeps the disk ahead of them.
    private static let readAhead = 16

    private func parseInParallel<Item: Sendable>(
        _ files: [(URL, String, String)], log: inout [Diagnostic],
        _ parse: @Sendable (SourceFile, String) -> (Item?, [Diagnostic])
    ) -> [Item] {
        for (url, _, _) in files.prefix(Self.readAhead) { SourceFile.prefetch(url) }
        let results = concurrentMap(files.count) { index -> (Item?, [Diagnostic]) in
            if index + Self.readAhead < files.count { SourceFile.prefetch(files[index + Self.readAhead].0) }
            let (url, display, slug) = files[index]
            do throws(DiagnosticError) {
                return parse(try SourceFile.read(url, displayPath: display), slug)
            } catch {
                return (nil, error.diagnostics)
            }
        }
        var items: [Item] = []
        for (item, diagnostics) in results {
            log.append(contentsOf: diagnostics)
            if let item { items.append(item) }
        }
        return items
    }
}
