import Extraction
import Resolution

/// The search page (`search.html`) and its prebuilt index (`search/data/…`).
///
/// The index is written as small JavaScript data files that call `sitegenSearchLoaded(name, data)`;
/// `assets/search.js` adds them as `<script>` elements on demand. Script elements load both from a
/// web server and from disk (`file://`, where Chromium blocks `fetch` of local files), so one format
/// serves both. Files: `manifest.js` (shard list, stop words), `t/<shard>.js` (terms → postings, one
/// file per term prefix), `d/<n>.js` (title, type, link, date and text of document n, loaded only
/// for the results shown).
struct SearchIndexPage: SiteGenerator {
    let site: SiteModel
    /// Terms of documents indexed by earlier builds (nil: tokenize every document).
    var termCache: SearchTermCache? = nil
    var name: String { "search" }
    var sections: [String] { ["search"] }

    static let path = SitePath("search")
    static let dataFolder = "search/data/"

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let index = SearchIndex(documents: Self.documents(site: site, jobs: jobs), jobs: jobs, cache: termCache, linkFrom: Self.path)
        termCache?.save()
        try out.file(Self.dataFolder + "manifest.js", index.manifestScript())
        // Scripts are keyed by what they are made from, so unchanged ones are not even written out.
        let keys = index.shardTerms.keys.sorted()
        try parallelPages(keys.count, jobs: jobs) { i throws(Diagnostic) in
            // an unchanged shard keeps its files without being cut into parts again
            let content = index.shardContentKey(keys[i])
            if out.keepSeries({ Self.dataFolder + SearchIndex.shardFileName(keys[i], part: $0) },
                              keys: { index.shardFileKey(content, part: $0) }) { return }
            for file in index.shardFiles(keys[i], content: content) {
                try out.file(Self.dataFolder + file.name, key: file.key, make: file.make)
            }
        }
        try parallelPages(index.chunkCount, jobs: jobs) { k throws(Diagnostic) in
            try out.file(Self.dataFolder + "d/\(k).js", key: index.chunkContentKey(k)) {
                index.documentChunkBytes(k, from: Self.path)
            }
        }
        let counts = Dictionary(grouping: index.documents, by: \.kind).mapValues(\.count)
        let entities = (counts[.person] ?? 0) + (counts[.organization] ?? 0) + (counts[.place] ?? 0)
        try out.page(Self.path, template: "search", title: "البحث",
                     description: "ابحث في الأشخاص والمنظمات والأماكن والأحداث والمقالات",
                     section: "search", [
                         "data_base": Self.path.link(toFile: Self.dataFolder),
                         "script_src": Self.path.link(toFile: "assets/search.js"),
                         "index_text": [Format.entities(entities), Format.events(counts[.event] ?? 0),
                                        Format.articles(counts[.article] ?? 0)].joined(separator: "، و"),
                     ])
    }

    /// What search finds, in result order for equal scores: entities, events, then articles (newest first).
    static func documents(site: SiteModel, jobs: Int = 1) -> [SearchDocument] {
        var docs: [SearchDocument] = []
        let corpus = site.corpus
        for e in site.entitiesByMentions {
            let entity = corpus.entities[e]
            let others = (entity.variants + entity.aliases).filter { $0 != entity.name }
            var text = others.isEmpty ? "" : "يُكتب أيضًا: " + others.joined(separator: "، ") + ". "
            text += mentionSentences(site: site, entity: entity, limit: 3).joined(separator: " … ")
            docs.append(SearchDocument(title: entity.name, kind: kind(of: entity.type), label: entity.type.arabicName,
                                       path: site.entityPaths[e], altTitles: others, text: text))
        }
        for e in site.eventsByDate {
            let event = corpus.events[e]
            let sentences = event.sources.prefix(3).compactMap { src -> String? in
                guard src.article < site.extractions.count,
                      src.event < site.extractions[src.article].events.count else { return nil }
                return site.sentenceText(article: src.article, sentence: site.extractions[src.article].events[src.event].sentence)
            }
            docs.append(SearchDocument(title: event.title, kind: .event, label: "حدث: " + event.type.arabicName,
                                       path: site.eventPaths[e], text: sentences.joined(separator: " … "),
                                       date: site.display(event.date)))
        }
        docs += parallelMap(site.articlesByDate.count, jobs: jobs) { r in
            let a = site.articlesByDate[r]
            let article = site.articles[a]
            return SearchDocument(title: article.title, kind: .article, label: "مقال", path: site.articlePaths[a],
                                  text: site.bodies[a].blocks.joined(separator: "\n"), date: site.display(article.date))
        }
        return docs
    }

    static func kind(of type: EntityType) -> SearchDocument.Kind {
        switch type {
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        }
    }

    /// The first `limit` distinct sentences that mention an entity.
    static func mentionSentences(site: SiteModel, entity: Entity, limit: Int) -> [String] {
        var seen = Set<[Int]>()
        var out: [String] = []
        for ref in entity.mentions where out.count < limit {
            guard ref.article < site.extractions.count, ref.mention < site.extractions[ref.article].mentions.count else { continue }
            let sentence = site.extractions[ref.article].mentions[ref.mention].sentence
            guard seen.insert([ref.article, sentence]).inserted else { continue }
            out.append(site.sentenceText(article: ref.article, sentence: sentence))
        }
        return out
    }
}
