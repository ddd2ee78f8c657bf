import ReviewSiteCore

extension SiteRenderer {
    /// A theme's page, split into further pages of `reviewsPerThemePage` reviews each.
    func themePages(_ index: Int, bodies: RenderedBodies) -> [OutputFile] {
        let links = graph.themes[index]
        let slug = links.theme.slug
        let perPage = graph.config.reviewsPerThemePage
        let reviewChunks = (0..<graph.themePageCount(links.reviews.count)).map {
            Array(links.reviews[min($0 * perPage, links.reviews.count)..<min(($0 + 1) * perPage, links.reviews.count)])
        }
        return reviewChunks.enumerated().map { offset, chunk in
            let number = offset + 1
            let path = SitePaths.theme(slug, page: number)
            let root = SitePaths.root(of: path)
            let onPage = Set(chunk)
            let onPageRefs = links.passages.filter { onPage.contains($0.review) }
            func refs(_ kind: PassageKind) -> [PassageRef] { onPageRefs.filter { graph.passage($0).kind == kind } }
            let learning = groups(refs(.learning), bodies: bodies, root: root, omitting: slug)
            let recommendations = groups(refs(.recommendation), bodies: bodies, root: root, omitting: slug)
            let goodPractice = groups(refs(.goodPractice), bodies: bodies, root: root, omitting: slug)
            let related = links.relatedThemes.compactMap { themeLink($0, root: root) }
            let reviews = chunk.map { reviewCard($0, root: root) }
            let title = number == 1 ? links.theme.title : "\(links.theme.title) (page \(number) of \(reviewChunks.count))"
            let view = ThemeView(
                layout: layout(for: path, title: title, description: links.theme.summary, section: "themes"),
                title: title, summary: links.theme.summary, coverage: coverage(links),
                learning: learning, hasLearning: !learning.isEmpty,
                recommendations: recommendations, hasRecommendations: !recommendations.isEmpty,
                goodPractice: goodPractice, hasGoodPractice: !goodPractice.isEmpty,
                questions: links.theme.questions, hasQuestions: !links.theme.questions.isEmpty,
                relatedThemes: related, hasRelatedThemes: !related.isEmpty, reviews: reviews, hasReviews: !reviews.isEmpty,
                pagination: reviewChunks.count > 1 ? pagination(slug: slug, current: number, total: reviewChunks.count, root: root) : nil
            )
            return page(path, view, template: "theme")
        }
    }

    private func pagination(slug: String, current: Int, total: Int, root: String) -> PaginationView {
        PaginationView(
            current: current, total: total,
            previousURL: OptionalText(current > 1 ? root + SitePaths.theme(slug, page: current - 1) : nil),
            nextURL: OptionalText(current < total ? root + SitePaths.theme(slug, page: current + 1) : nil),
            pages: (1...total).map { PageLinkView(number: $0, url: root + SitePaths.theme(slug, page: $0), isCurrent: $0 == current) }
        )
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
