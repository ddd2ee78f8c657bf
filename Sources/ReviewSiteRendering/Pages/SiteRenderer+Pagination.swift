extension SiteRenderer {
    /// The links between the pages of a listing, through `partials/pagination`, each page's link
    /// through `partials/page-link`; empty for a listing on one page.
    ///
    /// Rendered from stencils: the pages of a listing differ in which link is current, so while
    /// templates walked the links themselves every page had a shape of its own, and
    /// swift-mustache looked up three names per link, twice a page.
    func pagination(label: String, current: Int, total: Int, root: String, url: (Int) -> String) -> String {
        guard total > 1 else { return "" }
        let links = (1...total).map { number in
            templates.renderByShape(PageLinkView(number: number, url: root + url(number), isCurrent: number == current), "partials/page-link")
        }
        return templates.renderByShape(
            PaginationView(
                label: label, current: current, total: total,
                previousURL: OptionalText(current > 1 ? root + url(current - 1) : nil),
                nextURL: OptionalText(current < total ? root + url(current + 1) : nil),
                pageLinks: links.joined()
            ),
            "partials/pagination"
        )
    }
}
