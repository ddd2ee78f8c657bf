/// Builds the `SiteGraph` from loaded content: drops what must not be published, sorts reviews,
/// and links reviews, passages and themes in both directions. Every step is linear in passages.
public enum Linker {
    public static let relatedLimit = 5
    public static let relatedThemeLimit = 6
    /// Per theme, only its most-tagged reviews are candidates for "related reviews", so the cost stays linear.
    static let candidatesPerTheme = 20

    public static func link(_ content: Content, options: LinkOptions) -> SiteGraph {
        let reviews = content.reviews.filter(options.isPublished).sorted(by: newestFirst)
        let registry = content.themes
        var themes = registry.themes.map { ThemeLinks(theme: $0) }
        var themeCounts: [[String: Int]] = Array(repeating: [:], count: reviews.count)
        var cooccurrence: [[String: Int]] = Array(repeating: [:], count: themes.count)

        for (reviewIndex, review) in reviews.enumerated() {
            for (passageIndex, passage) in review.passages.enumerated() {
                let slugs = passage.themeSlugs
                for slug in slugs {
                    guard let themeIndex = registry.index(of: slug) else { continue }
                    themes[themeIndex].passages.append(PassageRef(review: reviewIndex, passage: passageIndex))
                    themeCounts[reviewIndex][slug, default: 0] += 1
                    for other in slugs where other != slug { cooccurrence[themeIndex][other, default: 0] += 1 }
                }
            }
            for mention in review.metadata.themes where themeCounts[reviewIndex][mention.slug] == nil {
                themeCounts[reviewIndex][mention.slug] = 0
            }
            for slug in themeCounts[reviewIndex].keys {
                guard let themeIndex = registry.index(of: slug) else { continue }
                themes[themeIndex].reviews.append(reviewIndex)
                if let year = review.metadata.published?.year {
                    themes[themeIndex].firstYear = min(themes[themeIndex].firstYear ?? year, year)
                    themes[themeIndex].lastYear = max(themes[themeIndex].lastYear ?? year, year)
                    themes[themeIndex].datedReviewCount += 1
                }
            }
        }
        for index in themes.indices {
            themes[index].reviews.sort()
            themes[index].relatedThemes = rankRelated(themes[index].theme, cooccurrence[index], registry: registry)
        }
        let reviewThemes = concurrentMap(themeCounts.count) { review in
            themeCounts[review].map { (count: $0.value, position: registry.index(of: $0.key) ?? 0, slug: $0.key) }
                .sorted { ($1.count, $0.position) < ($0.count, $1.position) }.map(\.slug)
        }
        return SiteGraph(
            config: content.config, registry: registry, glossary: content.glossary, reviews: reviews,
            pages: content.pages, themes: themes, reviewThemes: reviewThemes,
            relatedReviews: relatedReviews(themeCounts: themeCounts, themes: themes, registry: registry)
        )
    }

    static func newestFirst(_ a: Review, _ b: Review) -> Bool {
        switch (a.metadata.published, b.metadata.published) {
        case let (x?, y?) where x != y: x > y
        case (_?, nil): true
        case (nil, _?): false
        default: a.slug < b.slug
        }
    }

    private static func rankRelated(_ theme: Theme, _ counts: [String: Int], registry: ThemeRegistry) -> [String] {
        var ranked = theme.related.filter { registry[$0] != nil && $0 != theme.slug }
        let byCount = counts.filter { !ranked.contains($0.key) }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        ranked.append(contentsOf: byCount.map(\.key))
        return Array(ranked.prefix(relatedThemeLimit))
    }

    /// Scores candidate reviews by the passages they share themes with, weighting each theme by
    /// the smaller of the two reviews' counts.
    private static func relatedReviews(themeCounts: [[String: Int]], themes: [ThemeLinks], registry: ThemeRegistry) -> [[Int]] {
        // Counts looked up once per review, not twice per comparison: a theme on every review sorts a thousand.
        let candidates: [[Int]] = concurrentMap(themes.count) { index in
            let slug = themes[index].theme.slug
            let counted = themes[index].reviews.map { (count: themeCounts[$0][slug] ?? 0, review: $0) }
            let ordered = counted.sorted { $0.count != $1.count ? $0.count > $1.count : $0.review < $1.review }
            return ordered.prefix(candidatesPerTheme).map(\.review)
        }
        // Each review on its own, on every core: linking is otherwise one thread between two parallel stages.
        return concurrentMap(themeCounts.count) { review in
            var scores: [Int: Int] = [:]
            for (slug, count) in themeCounts[review] {
                guard let themeIndex = registry.index(of: slug) else { continue }
                for other in candidates[themeIndex] where other != review {
                    scores[other, default: 0] += 1 + min(count, themeCounts[other][slug] ?? 0)
                }
            }
            return scores.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(relatedLimit).map(\.key)
        }
    }
}
