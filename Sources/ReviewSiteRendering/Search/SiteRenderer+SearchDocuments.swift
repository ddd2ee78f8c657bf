import Markdown
import ReviewSiteCore

extension SiteRenderer {
    /// A review and each of its passages as search entries, the review first, so that a
    /// review's results sit in the same metadata shard.
    func searchEntries(ofReview index: Int, document: MarkdownDocument) -> [SearchEntry] {
        let review = graph.reviews[index]
        // What every entry of the review shows of it, made once, not once per passage.
        let meta = searchMeta(review.metadata)
        let page = SitePaths.review(review.slug)
        let documents = [reviewSearchDocument(review, themes: graph.reviewThemes[index], meta: meta, page: page, document: document)]
            + review.passages.map { passageSearchDocument($0, of: review, meta: meta, page: page) }
        return searchTermCaches.withCache { terms in documents.map { SearchEntry($0, terms: terms) } }
    }

    private func reviewSearchDocument(_ review: Review, themes: [String], meta: String, page: String, document: MarkdownDocument) -> SearchDocument {
        let metadata = review.metadata
        let titles = themeTitles(themes)
        let body = document.plainText(of: document.root)
        let snippet = metadata.summary ?? String(body.prefix(280))
        return SearchDocument(
            fields: [
                (metadata.title, 10), (metadata.summary ?? "", 4), (metadata.kind + " " + metadata.board, 2),
                (review.body.headings.map(\.text).joined(separator: " "), 3), (titles.joined(separator: " "), 2), (body, 1),
            ],
            facets: facetValues(kind: "review", themes: themes, metadata: metadata),
            display: .object([
                ("k", .string("review")), ("t", .string(metadata.title)), ("u", .string(page)),
                ("m", .string(meta)), ("h", .array(titles.map(JSONValue.string))), ("x", .string(snippet)),
            ])
        )
    }

    private func passageSearchDocument(_ passage: Passage, of review: Review, meta: String, page: String) -> SearchDocument {
        let title = passage.kind.label + (passage.paragraphNumber.map { " \($0)" } ?? "")
        let titles = themeTitles(passage.themeSlugs)
        return SearchDocument(
            fields: [(passage.text, 2), (titles.joined(separator: " "), 3), (review.metadata.title, 1)],
            facets: facetValues(kind: passage.kind.slug, themes: passage.themeSlugs, metadata: review.metadata),
            display: .object([
                ("k", .string(passage.kind.slug)), ("t", .string(title)), ("r", .string(review.metadata.title)),
                ("u", .string(page + "#" + passage.anchor)), ("m", .string(meta)),
                ("h", .array(titles.map(JSONValue.string))), ("x", .string(passage.text)),
            ])
        )
    }

    private func facetValues(kind: String, themes: [String], metadata: ReviewMetadata) -> [FacetValue] {
        var values = [FacetValue(facet: .kind, key: kind), FacetValue(facet: .board, key: metadata.board)]
        values += themes.map { FacetValue(facet: .theme, key: $0) }
        if let year = metadata.published?.year { values.append(FacetValue(facet: .year, key: String(year))) }
        return values
    }

    private func themeTitles(_ slugs: [String]) -> [String] {
        slugs.compactMap { graph.registry[$0]?.title }
    }

    /// "Serious Case Review, Fixture Safeguarding Partnership, published 3 July 2020".
    private func searchMeta(_ metadata: ReviewMetadata) -> String {
        "\(metadata.kind), \(metadata.board)" + (metadata.published.map { ", published \($0.longForm)" } ?? "")
    }

    /// The options of each filter: kinds in a fixed order, themes in registry order, boards
    /// alphabetically, years newest first; only values some document carries.
    func searchFacets(_ index: SearchIndex) -> [Facet: [FacetOption]] {
        func count(_ facet: Facet, _ key: String) -> Int { index.facetPostings[FacetValue(facet: facet, key: key)]?.count ?? 0 }
        let kinds = [("review", "Reviews")] + PassageKind.allCases.map { ($0.slug, $0.pluralLabel) }
        let boards = Set(graph.reviews.map(\.metadata.board)).sorted()
        let years = Set(graph.reviews.compactMap(\.metadata.published?.year)).sorted(by: >).map(String.init)
        let options: [Facet: [FacetOption]] = [
            .kind: kinds.map { FacetOption(key: $0.0, label: $0.1, count: count(.kind, $0.0)) },
            .theme: graph.registry.themes.map { FacetOption(key: $0.slug, label: $0.title, count: count(.theme, $0.slug)) },
            .board: boards.map { FacetOption(key: $0, label: $0, count: count(.board, $0)) },
            .year: years.map { FacetOption(key: $0, label: $0, count: count(.year, $0)) },
        ]
        return options.mapValues { $0.filter { $0.count > 0 } }
    }
}
