import ReviewSiteCore

extension SiteRenderer {
    func reviewCard(_ index: Int, root: String) -> ReviewCardView {
        let review = graph.reviews[index]
        let metadata = review.metadata
        return ReviewCardView(
            title: metadata.title, url: root + SitePaths.review(review.slug), board: metadata.board, kind: metadata.kind,
            published: OptionalText(metadata.published?.longForm), publishedISO: OptionalText(metadata.published?.description),
            summary: OptionalText(metadata.summary), passageCount: review.passages.count, isDraft: metadata.draft
        )
    }

    func themeLink(_ slug: String, root: String) -> LinkView? {
        graph.registry[slug].map { LinkView(title: $0.title, url: root + SitePaths.theme(slug)) }
    }

    func themeCard(_ links: ThemeLinks, root: String) -> ThemeCardView {
        ThemeCardView(
            title: links.theme.title, url: root + SitePaths.theme(links.theme.slug), summary: links.theme.summary,
            passageCount: links.passages.count, reviewCount: links.reviews.count, coverage: coverage(links)
        )
    }

    /// "12 passages from 3 reviews published between 2015 and 2020"; when some reviews state no
    /// date, the years are said of the dated ones only.
    func coverage(_ links: ThemeLinks) -> String {
        let passages = links.passages.count
        let reviews = links.reviews.count
        let text = "\(passages) \(passages == 1 ? "passage" : "passages") from \(reviews) \(reviews == 1 ? "review" : "reviews")"
        guard let first = links.firstYear, let last = links.lastYear else { return text }
        let years = first == last ? "in \(first)" : "between \(first) and \(last)"
        let dated = links.reviews.filter { graph.reviews[$0].metadata.published != nil }.count
        if dated == reviews { return text + " published \(years)" }
        return text + " (\(dated) of them dated, published \(years))"
    }

    /// A passage quoted on a listing page, linking back to its exact place. `alsoOn` holds the
    /// page's "Also on" lines by theme list: passages share a few hundred such lists.
    func excerpt(_ ref: PassageRef, bodies: RenderedBodies, root: String, omitting theme: String?, alsoOn: inout [[String]: String]) -> ListedExcerptView {
        let review = graph.reviews[ref.review]
        let passage = review.passages[ref.passage]
        let others = passage.themeSlugs.filter { $0 != theme && graph.registry[$0] != nil }
        if alsoOn[others] == nil {
            let themes = others.compactMap { themeLink($0, root: root) }
            alsoOn[others] = themes.isEmpty ? "" : templates.render(ThemeLinksView(themes: themes), "partials/also-on")
        }
        let layout = bodies[ref.review].excerpts[ref.passage].layout
        return ListedExcerptView(html: layout.html(url: root + SitePaths.review(review.slug) + "#" + passage.anchor, alsoOn: alsoOn[others]!))
    }

    /// Passages grouped under their reviews, keeping review order.
    func groups(_ refs: [PassageRef], bodies: RenderedBodies, root: String, omitting theme: String? = nil) -> [PassageGroupView] {
        var groups: [PassageGroupView] = []
        var alsoOn: [[String]: String] = [:]
        var lastReview = -1
        for ref in refs {
            if ref.review != lastReview {
                groups.append(PassageGroupView(review: reviewCard(ref.review, root: root), passages: [], count: 0))
                lastReview = ref.review
            }
            groups[groups.count - 1].passages.append(excerpt(ref, bodies: bodies, root: root, omitting: theme, alsoOn: &alsoOn))
            groups[groups.count - 1].count += 1
        }
        return groups
    }
}
