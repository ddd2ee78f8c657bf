import ReviewSiteCore

extension SiteRenderer {
    /// A download of passages, from the rows rendered with their reviews.
    func passageDownload(_ refs: [PassageRef], bodies: RenderedBodies) -> PassageDownload {
        PassageDownload(rows: refs.map { bodies[$0.review].downloadRows[$0.passage] })
    }

    func downloadRows(ofReview index: Int) -> [PassageDownload.Row] {
        graph.reviews[index].passages.indices.map { PassageDownload.Row(downloadRecord(index, $0)) }
    }

    /// A passage as downloads list it; its URL is absolute when the site has a base URL, else
    /// from the site's root.
    private func downloadRecord(_ reviewIndex: Int, _ passageIndex: Int) -> PassageDownload.Record {
        let review = graph.reviews[reviewIndex]
        let passage = review.passages[passageIndex]
        let page = SitePaths.address(SitePaths.review(review.slug), baseURL: graph.config.baseURL)
        return PassageDownload.Record(
            review: review.metadata.title, board: review.metadata.board, date: review.metadata.published?.description ?? "",
            paragraph: passage.paragraphNumber ?? "", kind: passage.kind.label,
            themes: passage.themeSlugs.compactMap { graph.registry[$0]?.title }, text: passage.text, url: page + "#" + passage.anchor
        )
    }

    /// The links a page shows to its downloads, relative to `path`.
    func downloadLinks(folder: String, name: String, count: Int, from path: String) -> DownloadLinksView {
        let root = SitePaths.root(of: path)
        return DownloadLinksView(csvURL: root + folder + name + ".csv", jsonURL: root + folder + name + ".json", count: count)
    }
}
