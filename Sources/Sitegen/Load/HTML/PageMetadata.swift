import ArabicDates
import Foundation

/// What a saved web page says about its article: JSON-LD first (a `NewsArticle` or another
/// `Article` type, also inside `@graph`), then Open Graph / `article:` / plain meta tags, then
/// `<title>` and `<link rel="canonical">`.
struct PageMetadata {
    var headline: String?
    var pageTitle: String?
    var date: PartialDate?
    var siteName: String?
    var url: String?
    var author: String?
    var tags: [String] = []
    /// JSON-LD `articleBody`, used when the page's own text is too short.
    var articleBody: String?

    /// schema.org types read as the article.
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting", "report", "scholarlyarticle",
    ]

    init(root: HTMLNode) {
        var metas: [String: [String]] = [:]  // lowercased property/name/itemprop → contents, in order
        var jsonLD: [String] = []
        var titles: [String] = []
        var canonical: String?
        var all: [HTMLNode] = []
        root.collect(into: &all) { ["meta", "script", "title", "link"].contains($0.name ?? "") }
        for node in all {
            switch node.name {
            case "meta":
                guard let content = node.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop"] {
                    if let k = node.attribute(key)?.lowercased() { metas[k, default: []].append(content) }
                }
            case "script" where node.attribute("type")?.lowercased().trimmingCharacters(in: .whitespaces) == "application/ld+json":
                jsonLD.append(node.children.map(\.text).joined())
            case "title":
                titles.append(HTMLText.paragraphs(of: node.children.isEmpty ? node : HTMLNode(name: "p", children: node.children)).joined(separator: " "))
            case "link" where node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true:
                canonical = canonical ?? node.attribute("href")
            default:
                break
            }
        }
        func meta(_ keys: String...) -> String? {
            for k in keys { if let v = metas[k]?.first { return v } }
            return nil
        }
        if let ld = jsonLD.lazy.compactMap(Self.articleObject).first {
            headline = Self.string(ld["headline"]) ?? Self.string(ld["name"])
            date = (Self.string(ld["datePublished"]) ?? Self.string(ld["dateCreated"])).flatMap(PublicationDate.parse)
            author = Self.names(ld["author"]).joined(separator: "، ").nilIfEmpty
            siteName = Self.names(ld["publisher"]).first
            url = Self.string(ld["url"]) ?? Self.id(ld["mainEntityOfPage"])
            tags = Self.keywords(ld["keywords"])
            articleBody = Self.string(ld["articleBody"])
        }
        headline = headline ?? meta("og:title", "twitter:title")
        pageTitle = titles.first { !$0.isEmpty }
        date = date ?? meta("article:published_time", "datepublished", "og:published_time", "date", "pubdate",
                            "publish-date", "publication_date", "dc.date", "dcterms.date", "dc.date.issued").flatMap(PublicationDate.parse)
        siteName = siteName ?? meta("og:site_name", "application-name")
        url = url ?? meta("og:url") ?? canonical
        if author == nil, let a = meta("author", "article:author"), !a.lowercased().hasPrefix("http") { author = a }
        if tags.isEmpty { tags = metas["article:tag"] ?? [] }
    }

    /// The first object of a JSON-LD text whose `@type` is an article type (top level, in an array or in `@graph`).
    static func articleObject(_ text: String) -> [String: Any]? {
        guard let data = text.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var queue: [Any] = [json]
        var seen = 0
        while !queue.isEmpty && seen < 1000 {
            let item = queue.removeFirst()
            seen += 1
            if let list = item as? [Any] { queue += list; continue }
            guard let object = item as? [String: Any] else { continue }
            let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
            if types.contains(where: { articleTypes.contains($0.lowercased()) }) { return object }
            if let graph = object["@graph"] { queue.append(graph) }
        }
        return nil
    }

    static func string(_ value: Any?) -> String? {
        let s: String?
        switch value {
        case let v as String: s = v
        case let v as [Any]: s = v.first as? String
        case let v as [String: Any]: s = v["@value"] as? String
        default: s = nil
        }
        return s?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
    }

    /// Names of a person or organization value: "name", {"name": …}, or a list of them.
    static func names(_ value: Any?) -> [String] {
        switch value {
        case let v as String: return v.nilIfEmpty.map { [$0] } ?? []
        case let v as [String: Any]: return string(v["name"]).map { [$0] } ?? []
        case let v as [Any]: return v.flatMap { names($0) }
        default: return []
        }
    }

    /// `mainEntityOfPage` as a URL string or `{"@id": URL}`.
    static func id(_ value: Any?) -> String? {
        (value as? String) ?? ((value as? [String: Any])?["@id"] as? String)
    }

    static func keywords(_ value: Any?) -> [String] {
        switch value {
        case let v as String: return RecordArticles.splitTags(v)
        case let v as [Any]: return v.compactMap { $0 as? String }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default: return []
        }
    }
}

extension String {
    /// nil for an empty (or all-space) string, else the string.
    var nilIfEmpty: String? { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self }
}
