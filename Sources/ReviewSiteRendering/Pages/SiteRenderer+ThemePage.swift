import ReviewSiteCore

extension SiteRenderer {
    /// Page `number` of a theme, listing `reviewsPerThemePage` of its reviews and their passages.
    func themePage(_ index: Int, number: Int, bodies: RenderedBodies) -> OutputFile {
        let links = graph.themes[index]
        let slug = links.theme.slug
        let total = graph.listingPageCount(links.reviews.count)
        let chunk = graph.reviewsOnPage(number, of: links.reviews)
        let path = SitePaths.theme(slug, page: number)
        let root = SitePaths.root(of: path)
        let onPage = Set(chunk)
        let onPageRefs = links.passages.filter { onPage.contains($0.review) }
        func refs(_ kind: PassageKind) -> [PassageRef] { onPageRefs.filter { graph.kind(of: $0) == kind } }
        let learning = groups(refs(.learning), bodies: bodies, root: root, omitting: slug)
        let recommendations = groups(refs(.recommendation), bodies: bodies, root: root, omitting: slug)
        let goodPractice = groups(refs(.goodPractice), bodies: bodies, root: root, omitting: slug)
        let related = links.relatedThemes.compactMap { themeLink($0, root: root) }
        let reviews = chunk.map { reviewCard($0, root: root, bodies: bodies) }
        let title = number == 1 ? links.theme.title : "\(links.theme.title) (page \(number) of \(total))"
        let view = ThemeView(
            layout: layout(for: path, title: title, description: links.theme.summary, section: "themes"),
            title: title, summary: links.theme.summary, coverage: coverage(links),
            learning: learning, hasLearning: !learning.isEmpty,
            recommendations: recommendations, hasRecommendations: !recommendations.isEmpty,
            goodPractice: goodPractice, hasGoodPractice: !goodPractice.isEmpty,
            questions: links.theme.questions, hasQuestions: !links.theme.questions.isEmpty,
            relatedThemes: related, hasRelatedThemes: !related.isEmpty, reviews: reviews, hasReviews: !reviews.isEmpty,
            downloads: downloadLinks(folder: "themes/\(slug)/", name: "passages", count: links.passages.count, from: path),
            pagination: pagination(label: "Pages of this theme", current: number, total: total, root: root) { SitePaths.theme(slug, page: $0) }
        )
        return listingPage(path, view, template: "theme", pageCount: total)
    }

    /// The CSV and JSON of every passage on a theme, beside its first page.
    func themeDownloadFiles(_ index: Int, bodies: RenderedBodies) -> [OutputFile] {
        let links = graph.themes[index]
        return passageDownload(links.passages, bodies: bodies).files(folder: "themes/\(links.theme.slug)/", name: "passages")
    }

    func themeIndexPage() -> OutputFile {
        let path = SitePaths.themes
        let root = SitePaths.root(of: path)
        let core = Set(graph.config.coreThemes)
        let view = ThemeIndexView(
            layout: layout(for: path, title: "Themes", section: "themes"),
            coreThemes: graph.config.coreThemes.compactMap { graph.themeLinks($0) }.map { themeCard($0, root: root) },
            otherThemes: graph.themes.filter { !core.contains($0.theme.slug) }
                .sorted { $0.theme.title < $1.theme.title }.map { themeCard($0, root: root) }
        )
        return page(path, view, template: "themes")
    }
}
