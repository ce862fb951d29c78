import ArabicDates

/// The site as page generators see it: configuration, articles with their URLs and parsed bodies.
///
/// Built once by the pipeline, then read concurrently by the generators (it is never mutated after).
public final class SiteModel: @unchecked Sendable {
    public let config: SiteConfig
    public let articles: [Article]
    /// `articlePaths[i]` is where article i is published.
    public let articlePaths: [SitePath]
    let bodies: [ArticleBody]
    /// Article indexes, newest first (undated last, then by title).
    public let articlesByDate: [Int]

    init(config: SiteConfig, articles: [Article], bodies: [ArticleBody]) {
        self.config = config
        self.articles = articles
        self.bodies = bodies
        let slugs = Slugs.assign(titles: articles.map(\.title), keys: articles.map(\.file), fallbackPrefix: "article")
        articlePaths = slugs.map { SitePath("articles/" + $0) }
        articlesByDate = articles.indices.sorted { a, b in
            switch (articles[a].date, articles[b].date) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return articles[a].file < articles[b].file
            }
        }
    }

    /// Date range covered by the articles' dates.
    public var dateRange: (first: PartialDate, last: PartialDate)? {
        let dates = articles.compactMap(\.date)
        guard let lo = dates.min(), let hi = dates.max() else { return nil }
        return (lo, hi)
    }

    /// A date as a reader sees it, in the site's month names.
    public func display(_ date: PartialDate?) -> String? {
        date.map { ArabicDateFormatter.format($0, style: config.months) }
    }
}
