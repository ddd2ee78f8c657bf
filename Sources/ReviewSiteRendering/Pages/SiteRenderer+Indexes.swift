import ReviewSiteCore

extension SiteRenderer {
    static let newestOnHome = 6

    func homePage(bodies: RenderedBodies) -> OutputFile {
        let path = SitePaths.home
        let core = Set(graph.config.coreThemes)
        let view = HomeView(
            layout: layout(for: path, title: graph.config.title, section: "home"),
            newestReviews: graph.reviews.indices.prefix(Self.newestOnHome).map { reviewCard($0, root: "", bodies: bodies) },
            coreThemes: graph.config.coreThemes.compactMap { graph.themeLinks($0) }.map { themeCard($0, root: "") },
            otherThemes: graph.themes.filter { !core.contains($0.theme.slug) }.sorted { $0.theme.title < $1.theme.title }
                .compactMap { themeLink($0.theme.slug, root: "") },
            hasOtherThemes: graph.themes.contains { !core.contains($0.theme.slug) },
            reviewCount: graph.reviews.count,
            passageCount: graph.reviews.reduce(0) { $0 + $1.passages.count },
            themeCount: graph.themes.count
        )
        return page(path, view, template: "home")
    }

    func reviewIndexPage(bodies: RenderedBodies) -> OutputFile {
        let path = SitePaths.reviews
        let root = SitePaths.root(of: path)
        let view = ReviewIndexView(
            layout: layout(for: path, title: "Reviews", section: "reviews"),
            reviews: graph.reviews.indices.map { reviewCard($0, root: root, bodies: bodies) }, count: graph.reviews.count
        )
        return page(path, view, template: "reviews")
    }

    /// Page `number` of the index of a kind's passages, listing `reviewsPerThemePage` of the
    /// reviews with such passages; every page counts and links to the downloads of them all.
    func passageIndexPage(_ kind: PassageKind, number: Int, bodies: RenderedBodies) -> OutputFile {
        let path = SitePaths.passageIndex(kind, page: number)
        let root = SitePaths.root(of: path)
        let (listed, count) = kindListings[kind]!
        let total = graph.listingPageCount(listed.count)
        let folder = SitePaths.section(of: kind) + "/"
        let name = SitePaths.downloadName(of: kind)
        let title = number == 1 ? kind.pluralLabel : "\(kind.pluralLabel) (page \(number) of \(total))"
        let view = PassageIndexView(
            layout: layout(for: path, title: title, section: SitePaths.section(of: kind)),
            title: title, introduction: Self.introduction(of: kind),
            groups: groups(graph.passages(of: kind, in: graph.reviewsOnPage(number, of: listed)), bodies: bodies, root: root), count: count,
            reviewCount: listed.count,
            downloads: downloadLinks(folder: folder, name: name, count: count, from: path),
            pagination: pagination(label: "Pages of \(kind.pluralLabel.lowercased())", current: number, total: total, root: root) {
                SitePaths.passageIndex(kind, page: $0)
            }
        )
        return listingPage(path, view, template: "passages", pageCount: total)
    }

    /// The CSV and JSON of every passage of a kind, beside the first page of its index.
    func passageDownloadFiles(_ kind: PassageKind, bodies: RenderedBodies) -> [OutputFile] {
        passageDownload(graph.passages(of: kind), bodies: bodies).files(folder: SitePaths.section(of: kind) + "/", name: SitePaths.downloadName(of: kind))
    }

    private static func introduction(of kind: PassageKind) -> String {
        switch kind {
        case .learning: "Every learning point tagged in the reviews, newest review first. Each links to its exact place in its review."
        case .recommendation: "Every recommendation the reviews make, newest review first."
        case .goodPractice: "Examples of good practice the reviews record, newest review first."
        }
    }

    /// Terms differing only in case ("MKSB", "MKSb") share a slug; later ones get "-2", "-3".
    static func uniqueIDs(_ ids: [String]) -> [String] {
        var used: [String: Int] = [:]
        return ids.map { id in
            used[id, default: 0] += 1
            return used[id]! == 1 ? id : "\(id)-\(used[id]!)"
        }
    }

    func glossaryPage() -> OutputFile {
        let path = SitePaths.glossary
        let view = GlossaryView(
            layout: layout(for: path, title: "Glossary", section: "glossary"),
            entries: zip(graph.glossary.entries, Self.uniqueIDs(graph.glossary.entries.map { "term-" + Slug.make($0.term) })).map {
                GlossaryView.Entry(term: $0.term, expansion: $0.expansion, id: $1)
            }
        )
        return page(path, view, template: "glossary")
    }
}
