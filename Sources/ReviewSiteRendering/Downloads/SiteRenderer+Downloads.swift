import ReviewSiteCore

extension SiteRenderer {
    /// A download of passages, from the rows rendered with their reviews.
    func passageDownload(_ refs: [PassageRef], bodies: RenderedBodies) -> PassageDownload {
        PassageDownload(rows: refs.map { bodies[$0.review].downloadRows[$0.passage] })
    }

    /// Each passage of a review as downloads list it; its URL is absolute when the site has a
    /// base URL, else from the site's root. What the passages share is read once a review.
    func downloadRows(ofReview index: Int) -> [PassageDownload.Row] {
        let review = graph.reviews[index]
        let page = SitePaths.address(SitePaths.review(review.slug), baseURL: graph.config.baseURL)
        let (title, board, date) = (review.metadata.title, review.metadata.board, review.metadata.published?.description ?? "")
        return review.passages.map { passage in
            PassageDownload.Row(PassageDownload.Record(
                review: title, board: board, date: date, paragraph: passage.paragraphNumber ?? "", kind: passage.kind.label,
                themes: passage.themeSlugs.compactMap { graph.registry[$0]?.title }, text: passage.text, url: page + "#" + passage.anchor
            ))
        }
    }

    /// The links a page shows to its downloads, relative to `path`.
    func downloadLinks(folder: String, name: String, count: Int, from path: String) -> DownloadLinksView {
        let root = SitePaths.root(of: path)
        return DownloadLinksView(csvURL: root + folder + name + ".csv", jsonURL: root + folder + name + ".json", count: count)
    }
}
