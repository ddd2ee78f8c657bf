import ReviewSiteCore

extension SiteRenderer {
    func reviewCardView(_ index: Int, url: String) -> ReviewCardView {
        let review = graph.reviews[index]
        let metadata = review.metadata
        return ReviewCardView(
            title: metadata.title, url: url, board: metadata.board, kind: metadata.kind,
            published: OptionalText(metadata.published?.longForm), publishedISO: OptionalText(metadata.published?.description),
            summary: OptionalText(metadata.summary), passageCount: review.passages.count, isDraft: metadata.draft
        )
    }

    /// A review's card on a page at `root`, filled in from the card rendered with the review.
    func reviewCard(_ index: Int, root: String, bodies: RenderedBodies) -> HTMLView {
        bodies[index].card.filled(url: root + SitePaths.review(graph.reviews[index].slug))
    }

    /// A page's footnotes as `partials/footnotes` renders them, each through `partials/footnote`.
    func footnoteList(_ footnotes: [FootnoteView]) -> String {
        let items = footnotes.map { templates.renderByShape($0, "partials/footnote") }.joined()
        return templates.renderByShape(FootnotesView(items: items, hasFootnotes: !footnotes.isEmpty), "partials/footnotes")
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
        if links.datedReviewCount == reviews { return text + " published \(years)" }
        return text + " (\(links.datedReviewCount) of them dated, published \(years))"
    }

    /// A passage quoted on a listing page, linking back to its exact place, with its other themes.
    func excerpt(_ ref: PassageRef, bodies: RenderedBodies, root: String, omitting theme: String?) -> HTMLView {
        // Reached through the graph, not copied out of it: a review and a passage are large
        // values, and this runs for every passage on every listing page.
        let others = graph.reviews[ref.review].passages[ref.passage].themeSlugs.filter { $0 != theme && graph.registry[$0] != nil }
        let alsoOn = alsoOnLines.line(themes: others, root: root) {
            let themes = others.compactMap { themeLink($0, root: root) }
            return themes.isEmpty ? "" : templates.renderByShape(ThemeLinksView(themes: themes), "partials/also-on")
        }
        let url = root + SitePaths.review(graph.reviews[ref.review].slug) + "#" + graph.reviews[ref.review].passages[ref.passage].anchor
        return bodies[ref.review].excerpts[ref.passage].filled(url: url, alsoOn: alsoOn)
    }

    /// Passages grouped under their reviews, keeping review order.
    func groups(_ refs: [PassageRef], bodies: RenderedBodies, root: String, omitting theme: String? = nil) -> [HTMLView] {
        var groups: [HTMLView] = []
        var position = refs.startIndex
        while position < refs.endIndex {
            let review = refs[position].review
            var passages = ""
            while position < refs.endIndex, refs[position].review == review {
                passages += excerpt(refs[position], bodies: bodies, root: root, omitting: theme).html
                position += 1
            }
            groups.append(bodies[review].group.filled(url: root + SitePaths.review(graph.reviews[review].slug), passages: passages))
        }
        return groups
    }
}
