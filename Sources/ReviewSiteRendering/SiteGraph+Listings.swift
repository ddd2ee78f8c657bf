import ReviewSiteCore

/// Long listings (a theme, the index of a kind's passages) split into pages by review,
/// `reviewsPerThemePage` reviews a page, so that a review's passages never straddle two pages.
extension SiteGraph {
    /// Every page of a theme.
    public func themePageIDs(_ links: ThemeLinks) -> [PageID] {
        (1...listingPageCount(links.reviews.count)).map { .theme(links.theme.slug, page: $0) }
    }

    /// Every page of the index of a kind's passages.
    public func passageIndexPageIDs(_ kind: PassageKind) -> [PageID] {
        (1...listingPageCount(reviews(with: kind).count)).map { .passageIndex(kind, page: $0) }
    }

    /// The page of a listing that shows the review at `position` among the reviews it lists.
    public func listingPage(of position: Int) -> Int { position / config.reviewsPerThemePage + 1 }

    /// A listing of `reviewCount` reviews takes this many pages, one at least.
    func listingPageCount(_ reviewCount: Int) -> Int {
        max(1, (reviewCount + config.reviewsPerThemePage - 1) / config.reviewsPerThemePage)
    }

    /// The reviews of a listing that its page `number` shows.
    func reviewsOnPage(_ number: Int, of listed: [Int]) -> ArraySlice<Int> {
        let perPage = config.reviewsPerThemePage
        return listed[min((number - 1) * perPage, listed.count)..<min(number * perPage, listed.count)]
    }
}
