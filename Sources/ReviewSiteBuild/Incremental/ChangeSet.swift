import Foundation
import ReviewSiteCore

/// The source files a rebuild must take into account, sorted by what they feed.
public struct ChangeSet: Sendable, Equatable {
    /// Slugs of reviews edited, added or removed.
    public var reviews: Set<String> = []
    /// Slugs of plain pages edited, added or removed.
    public var pages: Set<String> = []
    /// Template names, e.g. `review` or `partials/passage`.
    public var templates: Set<String> = []
    /// Paths of static assets under the templates folder.
    public var assets: Set<String> = []
    /// `site.yml`, `themes.yml` or `glossary.yml` changed: everything may change.
    public var global = false
    /// Display paths of the changed files, for the rebuild line.
    public var files: [String] = []

    public init() {}

    public var isEmpty: Bool { files.isEmpty }

    /// Whether each review's rendered Markdown and the partials rendered with it (passages,
    /// excerpts, cards, groups, and the partials they include) must be rendered again.
    public var invalidatesAllBodies: Bool { global || changesPartials }

    /// A partial may be placed on any page, directly or through another partial.
    public var changesPartials: Bool { templates.contains { $0.hasPrefix("partials/") } }

    /// Sorts changed files (absolute paths) by the folder they are in; other files are ignored.
    public init(paths: some Sequence<String>, options: BuildOptions) {
        let content = options.contentDirectory.standardizedFileURL.path + "/"
        let templates = options.templatesDirectory.standardizedFileURL.path + "/"
        for path in Set(paths).sorted() {
            let standard = URL(fileURLWithPath: path).standardizedFileURL.path
            if standard.hasPrefix(content) {
                add(content: String(standard.dropFirst(content.count)), display: options.contentDisplayName)
            } else if standard.hasPrefix(templates) {
                add(template: String(standard.dropFirst(templates.count)), display: options.templatesDisplayName)
            }
        }
    }

    private mutating func add(content relative: String, display: String) {
        let parts = relative.split(separator: "/").map(String.init)
        guard let name = parts.last, !name.hasPrefix(".") else { return }
        switch (parts.count, parts.first) {
        case (1, _) where ["site.yml", "themes.yml", "glossary.yml"].contains(name):
            global = true
        case (2, "reviews") where name.hasSuffix(".md") && Slug.isValid(String(name.dropLast(3))):
            reviews.insert(String(name.dropLast(3)))
        case (2, "pages") where name.hasSuffix(".md") && Slug.isValid(String(name.dropLast(3))):
            pages.insert(String(name.dropLast(3)))
        default:
            return
        }
        files.append("\(display)/\(relative)")
    }

    private mutating func add(template relative: String, display: String) {
        guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { return }
        if relative.hasSuffix(".mustache") {
            templates.insert(String(relative.dropLast(".mustache".count)))
        } else {
            assets.insert(relative)
        }
        files.append("\(display)/\(relative)")
    }
}

extension ChangeSet {
    /// Both sets of changes, as one rebuild sees them.
    public mutating func formUnion(_ other: ChangeSet) {
        reviews.formUnion(other.reviews)
        pages.formUnion(other.pages)
        templates.formUnion(other.templates)
        assets.formUnion(other.assets)
        global = global || other.global
        files = Array(Set(files).union(other.files)).sorted()
    }
}
