import ReviewSiteCore

extension SiteRenderer {
    /// The search page and the index its script reads.
    func searchFiles(bodies: RenderedBodies) -> [OutputFile] {
        let index = bodies.searchIndex
        let facets = searchFacets(index)
        let path = SitePaths.search
        let view = SearchView(
            layout: layout(for: path, title: "Search", section: "search"),
            filters: [
                .init(name: "kind", label: "Show", anyLabel: "Everything", options: facets[.kind] ?? []),
                .init(name: "theme", label: "Theme", anyLabel: "Any theme", options: facets[.theme] ?? []),
                .init(name: "board", label: "Board", anyLabel: "Any board", options: facets[.board] ?? []),
                .init(name: "year", label: "Year published", anyLabel: "Any year", options: facets[.year] ?? []),
            ],
            documentCount: index.documentCount, reviewCount: graph.reviews.count
        )
        return [page(path, view, template: "search")] + SearchShardWriter().files(index: index, facets: facets, cache: bodies.searchShardCache)
    }
}
