import Markdown
import ReviewSiteCore

extension SiteRenderer {
    /// Renders a review's Markdown once for its page (or takes `page`, rendered already) and
    /// once per passage for listings, writes its passages' rows for downloads, and indexes it
    /// for search.
    func renderBody(of index: Int, document: MarkdownDocument, page: ReviewPageBody? = nil) -> RenderedReview {
        let review = graph.reviews[index]
        let markers = review.body.passageMarkers(review.passages)
        var excerptRenderer = MarkdownHTMLRenderer(
            document: document, anchors: [:], abbreviations: abbreviations,
            footnotePrefix: "", footnoteOrder: review.body.footnoteOrder, passageMarkers: markers
        )
        let excerpts = review.passages.map { passage in
            excerptRenderer.footnotePrefix = "\(review.slug)-\(passage.anchor)-"
            let body = excerptRenderer.renderPassageBody(passage.node)
            let labels = document.footnoteLabels(under: passage.node)
            let notes = labels.isEmpty ? [] : excerptRenderer.footnotes(limitedTo: labels).map {
                FootnoteView(number: $0.number, id: $0.id, backURL: "#" + $0.backID, html: $0.html)
            }
            let quote = ExcerptQuoteView(
                kindLabel: passage.kind.label, paragraphNumber: OptionalText(passage.paragraphNumber), body: body, footnotes: notes, hasFootnotes: !notes.isEmpty
            )
            let excerpt = PassageExcerptView(
                kindLabel: passage.kind.label, kindSlug: passage.kind.slug, id: "\(review.slug)--\(passage.anchor)", url: ReusableHTML.Hole.url.mark,
                printURL: SitePaths.address(SitePaths.review(review.slug), baseURL: graph.config.baseURL) + "#" + passage.anchor,
                paragraphNumber: OptionalText(passage.paragraphNumber), reviewTitle: review.metadata.title,
                quote: templates.renderByShape(quote, "partials/excerpt-quote"), alsoOn: ReusableHTML.Hole.alsoOn.mark
            )
            return ReusableHTML(rendered: templates.renderByShape(excerpt, "partials/excerpt"))
        }
        let card = reviewCardView(index, url: ReusableHTML.Hole.url.mark)
        return RenderedReview(
            page: page ?? pageBody(of: index, document: document), excerpts: excerpts,
            card: ReusableHTML(rendered: templates.renderByShape(card, "partials/review-card")),
            group: ReusableHTML(rendered: templates.renderByShape(PassageGroupView(review: card, passages: ReusableHTML.Hole.passages.mark), "partials/passage-group")),
            downloadRows: downloadRows(ofReview: index),
            search: searchEntries(ofReview: index, document: document)
        )
    }

    /// What a review's own page shows of its Markdown: the body, each passage marked through
    /// `partials/passage`, and the footnotes.
    func pageBody(of index: Int, document: MarkdownDocument) -> ReviewPageBody {
        let review = graph.reviews[index]
        let root = SitePaths.root(of: SitePaths.review(review.slug))
        let passagesByNode = Dictionary(uniqueKeysWithValues: review.passages.map { ($0.node, $0) })
        var renderer = MarkdownHTMLRenderer(
            document: document, anchors: review.body.anchors, abbreviations: abbreviations,
            footnotePrefix: "", footnoteOrder: review.body.footnoteOrder, passageMarkers: review.body.passageMarkers(review.passages)
        )
        renderer.passageWrapper = { node, body in
            guard let passage = passagesByNode[node] else { return body }
            let themes = passage.themeSlugs.compactMap { themeLink($0, root: root) }
            let view = PassageBlockView(
                kindLabel: passage.kind.label, kindSlug: passage.kind.slug, anchor: passage.anchor,
                paragraphNumber: OptionalText(passage.paragraphNumber), themes: themes, hasThemes: !themes.isEmpty,
                isUnconfirmed: passage.themes.contains(where: \.isSuggestion), body: body
            )
            return templates.renderByShape(view, "partials/passage")
        }
        let html = renderer.renderBody()
        let footnotes = renderer.footnotes().map { FootnoteView(number: $0.number, id: $0.id, backURL: "#" + $0.backID, html: $0.html) }
        return ReviewPageBody(html: html, footnotes: footnotes)
    }

    func reviewPage(_ index: Int, body: ReviewPageBody) -> OutputFile {
        let review = graph.reviews[index]
        let metadata = review.metadata
        let path = SitePaths.review(review.slug)
        let root = SitePaths.root(of: path)
        var facts: [FactView] = [FactView(label: "Board", value: metadata.board), FactView(label: "Kind of review", value: metadata.kind)]
        if let published = metadata.published { facts.append(FactView(label: "Published", value: published.longForm)) }
        if let reviewer = metadata.reviewer { facts.append(FactView(label: "Reviewer", value: reviewer)) }
        if let age = metadata.childAge { facts.append(FactView(label: "Child's age", value: age)) }
        if let outcome = metadata.childOutcome { facts.append(FactView(label: "Outcome for the child", value: outcome)) }
        let counts = PassageKind.allCases.compactMap { kind -> FactView? in
            let count = review.passages.count { $0.kind == kind }
            return count == 0 ? nil : FactView(label: kind.pluralLabel, value: String(count))
        }
        let themes = graph.reviewThemes[index].compactMap { themeLink($0, root: root) }
        let related = graph.relatedReviews[index].map { templates.renderByShape(reviewCardView($0, url: root + SitePaths.review(graph.reviews[$0].slug)), "partials/review-card") }
        let toc = tableOfContents(review.body.headings)
        let view = ReviewView(
            layout: layout(for: path, title: metadata.title, description: metadata.summary, section: "reviews", isDraft: metadata.draft),
            title: metadata.title, kind: metadata.kind, summary: OptionalText(metadata.summary),
            factList: templates.renderByShape(ReviewFactsView(facts: facts, passageCounts: counts), "partials/review-facts"),
            contents: toc.map { templates.renderByShape($0, "partials/contents-entry") }.joined(), hasToc: !toc.isEmpty,
            body: body.html,
            footnoteList: footnoteList(body.footnotes),
            themeLinks: themes.isEmpty ? "" : templates.renderByShape(ThemeLinksView(themes: themes), "partials/theme-links"), hasThemes: !themes.isEmpty,
            relatedCards: related.joined(), hasRelatedReviews: !related.isEmpty, isDraft: metadata.draft
        )
        return OutputFile(path: path, contents: .text(templates.renderByShape(view, "review")))
    }

    /// Nests headings by level under the nearest shallower heading.
    func tableOfContents(_ headings: [Heading]) -> [TocEntryView] {
        guard let top = headings.map(\.level).min() else { return [] }
        var entries: [TocEntryView] = []
        for heading in headings where heading.level <= top + 1 {
            let entry = TocEntryView(title: heading.text, url: "#" + heading.anchor, children: [])
            if heading.level == top || entries.isEmpty {
                entries.append(entry)
            } else {
                entries[entries.count - 1].children.append(entry)
            }
        }
        return entries
    }
}
