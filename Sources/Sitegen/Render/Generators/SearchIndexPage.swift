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
    /// The last build's index, patched when few documents changed (nil: the index is built in full).
    var indexStore: SearchIndexStore? = nil
    var name: String { "search" }
    var sections: [String] { ["search"] }

    static let path = SitePath("search")
    static let dataFolder = "search/data/"

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let documents = Self.documents(site: site, jobs: jobs)
        let budget = SearchIndex.defaultFileBudget
        let index: SearchIndex
        if let store = indexStore {
            let keys = parallelMap(documents.count, jobs: jobs) { SearchIndex.termKey(documents[$0]) }
            let layoutKeys = parallelMap(documents.count, jobs: jobs) { SearchIndex.layoutKey(of: documents[$0], termKey: keys[$0]) }
            let saved = store.read()
            let sizes = parallelMap(documents.count, jobs: jobs) { d in
                if let saved, d < saved.documentCount, saved.layoutKeys[d] == layoutKeys[d] { return Int(saved.sizes[d]) }
                return SearchIndex.chunkSize(of: documents[d], linkFrom: Self.path)
            }
            if let saved, let patch = SearchIndex.patch(saved, documents: documents, keys: keys, layoutKeys: layoutKeys,
                                                        sizes: sizes, fileBudget: budget) {
                index = patch.index
                try writeShards(patch, into: out, jobs: jobs)
                if saved.termKeys != keys || saved.layoutKeys != layoutKeys { store.write(patch.saved) }
            } else {
                index = SearchIndex(documents: documents, jobs: jobs, cache: termCache, linkFrom: Self.path, fileBudget: budget,
                                    keys: keys, sizes: sizes)
                termCache?.save()
                let contents = try writeShards(index, into: out, jobs: jobs)
                store.write(index.saved(shardKeys: index.shardTerms.keys.sorted(), contents: contents, layoutKeys: layoutKeys, sizes: sizes))
            }
        } else {
            index = SearchIndex(documents: documents, jobs: jobs, cache: termCache, linkFrom: Self.path, fileBudget: budget)
            termCache?.save()
            try writeShards(index, into: out, jobs: jobs)
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

    /// The manifest and the shard files of a full index; returns each shard's content key, in the order of its sorted keys.
    @discardableResult
    private func writeShards(_ index: SearchIndex, into out: OutputSink, jobs: Int) throws(Diagnostic) -> [ContentHash] {
        try out.file(Self.dataFolder + "manifest.js", index.manifestScript())
        // Scripts are keyed by what they are made from, so unchanged ones are not even written out.
        let keys = index.shardTerms.keys.sorted()
        let contents = parallelMap(keys.count, jobs: jobs) { index.shardContentKey(keys[$0]) }
        try parallelPages(keys.count, jobs: jobs) { i throws(Diagnostic) in
            // an unchanged shard keeps its files without being cut into parts again
            if keep(keys[i], contents[i], index, out) { return }
            for file in index.shardFiles(keys[i], content: contents[i]) {
                try out.file(Self.dataFolder + file.name, key: file.key, make: file.make)
            }
        }
        return contents
    }

    /// The manifest and the shard files of a patched index: a shard that was not patched is kept by its
    /// saved content key (and made from the saved postings only when its files must be written again).
    private func writeShards(_ patch: SearchIndexPatch, into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let index = patch.index
        try out.file(Self.dataFolder + "manifest.js", index.manifestScript(shardKeys: patch.shardKeys))
        let keys = patch.shardKeys
        let lost = LostShards()
        try parallelPages(keys.count, jobs: jobs) { i throws(Diagnostic) in
            let content = patch.contentKey(keys[i])
            if keep(keys[i], content, index, out) { return }
            guard patch.isPatched(keys[i]) else { return lost.add(keys[i]) }
            for file in index.shardFiles(keys[i], content: content) {
                try out.file(Self.dataFolder + file.name, key: file.key, make: file.make)
            }
        }
        let others = lost.keys.sorted()
        guard !others.isEmpty else { return }
        // (a saved shard that cannot be read: the index is built in full for it)
        let saved = patch.materialize(others) ?? SearchIndex(documents: index.documents, cache: termCache, linkFrom: Self.path,
                                                            fileBudget: index.fileBudget, keys: index.termKeys)
        for key in others {
            for file in saved.shardFiles(key) {
                try out.file(Self.dataFolder + file.name, key: file.key, make: file.make)
            }
        }
    }

    /// Keeps the files of a shard whose content is unchanged since the build that wrote them.
    private func keep(_ key: String, _ content: ContentHash, _ index: SearchIndex, _ out: OutputSink) -> Bool {
        out.keepSeries({ Self.dataFolder + SearchIndex.shardFileName(key, part: $0) },
                       keys: { index.shardFileKey(content, part: $0) })
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

/// Keys of unpatched shards whose files must be written again (collected from the threads writing shards).
private final class LostShards: @unchecked Sendable {
    private let lock = NSLockBox()
    private var list: [String] = []
    func add(_ key: String) { lock.withLock { list.append(key) } }
    var keys: [String] { lock.withLock { list } }
}
