import ReviewSiteCore

extension SiteRenderer {
    /// A download of passages; URLs are absolute when the site has a base URL, else from the site's root.
    func passageDownload(_ refs: [PassageRef]) -> PassageDownload {
        PassageDownload(records: refs.map { ref in
            let review = graph.reviews[ref.review]
            let passage = review.passages[ref.passage]
            let path = SitePaths.review(review.slug)
            let page = SitePaths.canonical(path, baseURL: graph.config.baseURL) ?? path
            return PassageDownload.Record(
                review: review.metadata.title, board: review.metadata.board, date: review.metadata.published?.description ?? "",
                paragraph: passage.paragraphNumber ?? "", kind: passage.kind.label,
                themes: passage.themeSlugs.compactMap { graph.registry[$0]?.title }, text: passage.text, url: page + "#" + passage.anchor
            )
        })
    }

    /// The links a page shows to its downloads, relative to `path`.
    func downloadLinks(folder: String, name: String, count: Int, from path: String) -> DownloadLinksView {
        let root = SitePaths.root(of: path)
        return DownloadLinksView(csvURL: root + folder + name + ".csv", jsonURL: root + folder + name + ".json", count: count)
    }
}
