import Foundation
import ReviewSiteCore

/// `reviewsite check`: every validation a build runs, plus those that need the whole site at
/// once (links, glossary, importer suggestions, published anchors). Loads, never renders or writes.
public struct SiteChecker: Sendable {
    public var options: BuildOptions
    /// The last published site, whose `anchors.json` lists anchors that must not disappear.
    public var publishedDirectory: URL
    public var publishedDisplayName: String

    public init(options: BuildOptions, published: String = "Site") {
        self.options = options
        self.options.includeDrafts = true
        self.publishedDirectory = URL(fileURLWithPath: published)
        self.publishedDisplayName = published.count > 1 && published.hasSuffix("/") ? String(published.dropLast()) : published
    }

    /// Every problem found, sorted by file, line and column.
    public func check() -> [Diagnostic] {
        let linked = SiteGenerator(options: options).linkAll()
        var log = DiagnosticLog()
        log.append(contentsOf: linked.diagnostics)
        if let graph = linked.graph {
            let publishing = LinkOptions(includeDrafts: false, today: options.today)
            log.append(contentsOf: PassageThemeCheck.diagnostics(graph.reviews, reported: linked.diagnostics, isPublished: publishing.isPublished))
            log.append(contentsOf: LinkCheck(graph: graph, assets: linked.templates?.assets ?? [], isPublished: publishing.isPublished).diagnostics())
            log.append(contentsOf: GlossaryCheck(graph: graph, glossaryFile: "\(options.contentDisplayName)/glossary.yml").diagnostics())
            do {
                if let manifest = try AnchorManifest.read(from: publishedDirectory, displayName: publishedDisplayName) {
                    let check = PublishedAnchorCheck(manifest: manifest, reviews: graph.reviews, isPublished: publishing.isPublished, contentDisplayName: options.contentDisplayName)
                    log.append(contentsOf: check.diagnostics())
                }
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        var seen: Set<Diagnostic> = []
        return log.sorted.filter { seen.insert($0).inserted }
    }
}
