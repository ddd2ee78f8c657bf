extension SiteRenderer {
    /// Links from page `current` of a listing to its other pages, `url` giving each page's path.
    func pagination(label: String, current: Int, total: Int, root: String, url: (Int) -> String) -> PaginationView {
        PaginationView(
            label: label, current: current, total: total,
            previousURL: OptionalText(current > 1 ? root + url(current - 1) : nil),
            nextURL: OptionalText(current < total ? root + url(current + 1) : nil),
            pages: (1...total).map { PageLinkView(number: $0, url: root + url($0), isCurrent: $0 == current) }
        )
    }
}
