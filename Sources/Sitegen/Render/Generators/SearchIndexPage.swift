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
    /// The articles' terms read before rendering (taken by a build without the index store).
    var articleTerms: SearchArticleTerms? = nil
    var name: String { "search" }
    var sections: [String] { ["search"] }

    static let path = SitePath("search")
    static let dataFolder = "search/data/"

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let source = SearchDocumentSource(site: site)
        let budget = SearchIndex.defaultFileBudget
        let n = source.count
        let index: SearchIndex
        if let store = indexStore {
            let saved = store.read()
            // A document made from the same sources at the same place as in the last build keeps its saved
            // keys and size, and is held without its text (made again only if its chunk file is written).
            let sourceKeys = parallelMap(n, jobs: jobs) { source.sourceKey($0) }
            let savedSourceKeys = saved?.sourceKeys ?? []
            let same = (0..<n).map { d in d < savedSourceKeys.count && savedSourceKeys[d] == sourceKeys[d] }
            // (an unchanged document is held as the shared placeholder: its chunk key is made from its saved layout key)
            // (the placeholders filled in at once, the others made on `jobs` threads: a document a closure call, most of
            // them placeholders, was 3 M instructions of an edit at 10k)
            var filled = [SearchDocument](repeating: SearchDocumentSource.placeholder, count: n)
            let made = (0..<n).filter { !same[$0] }
            for (k, doc) in parallelMap(made.count, jobs: jobs, { source.document(made[$0]) }).enumerated() { filled[made[k]] = doc }
            let documents = filled
            // (the saved arrays taken out once: the saved index unwrapped in each call was a copy of it, its parts retained)
            let savedTermKeys = saved?.termKeys ?? [], savedLayoutKeys = saved?.layoutKeys ?? [], savedSizes = saved?.sizes ?? []
            let keys = parallelMap(n, jobs: jobs) { same[$0] ? savedTermKeys[$0] : SearchIndex.termKey(documents[$0]) }
            let layoutKeys = parallelMap(n, jobs: jobs) { d in
                same[d] ? savedLayoutKeys[d] : SearchIndex.layoutKey(of: documents[d], termKey: keys[d])
            }
            let sizes = parallelMap(n, jobs: jobs) { d in
                if d < savedSizes.count, savedLayoutKeys[d] == layoutKeys[d] { return Int(savedSizes[d]) }
                return SearchIndex.chunkSize(of: documents[d], linkFrom: Self.path)
            }
            if let saved, var patch = SearchIndex.patch(saved, documents: documents, keys: keys, layoutKeys: layoutKeys,
                                                        sizes: sizes, fileBudget: budget) {
                patch.saved.sourceKeys = sourceKeys
                var patched = patch.index
                patched.filler = (source, same)
                patched.layoutKeys = layoutKeys
                index = patched
                let parts = try writeShards(patch, index: patched, into: out, jobs: jobs)
                for (s, count) in parts { patch.saved.shardParts[s] = count }
                if saved.termKeys != keys || saved.layoutKeys != layoutKeys || saved.sourceKeys != sourceKeys { store.write(patch.saved) }
            } else {
                let whole = parallelMap(n, jobs: jobs) { same[$0] ? source.document($0) : documents[$0] }
                var full = SearchIndex(documents: whole, jobs: jobs, cache: termCache, linkFrom: Self.path, fileBudget: budget,
                                       keys: keys, sizes: sizes)
                full.layoutKeys = layoutKeys
                index = full
                termCache?.save()
                let (contents, parts) = try writeShards(index, into: out, jobs: jobs)
                store.write(index.saved(shardKeys: SearchIndex.sortedShardKeys(index.shardTerms.keys), contents: contents, layoutKeys: layoutKeys, sizes: sizes,
                                        sourceKeys: sourceKeys, parts: parts))
            }
        } else {
            let documents = parallelMap(n, jobs: jobs) { source.document($0) }
            index = SearchIndex(documents: documents, jobs: jobs, cache: termCache, linkFrom: Self.path, fileBudget: budget,
                                sizes: articleTerms?.chunkSizes(source, documents, linkFrom: Self.path, jobs: jobs),
                                preread: articleTerms?.preread(source))
            termCache?.save()
            try writeShards(index, into: out, jobs: jobs)
        }
        try parallelPages(index.chunkCount, jobs: jobs) { k throws(Diagnostic) in
            // (the key worked out only by a build that keeps files)
            try out.file(Self.dataFolder + "d/\(k).js", key: { index.chunkContentKey(k) }) {
                index.documentChunkBytes(k, from: Self.path)
            }
        }
        // (counted from the sources: the documents of an edit are mostly placeholders)
        let entities = source.entityCount, events = source.eventCount
        try out.page(Self.path, template: "search", title: "البحث",
                     description: "ابحث في الأشخاص والمنظمات والأماكن والأحداث والمقالات",
                     section: "search", [
                         "data_base": Self.path.link(toFile: Self.dataFolder),
                         "script_src": Self.path.link(toFile: "assets/search.js"),
                         "index_text": [Format.entities(entities), Format.events(events),
                                        Format.articles(n - entities - events)].joined(separator: "، و"),
                     ])
    }

    /// The manifest and the shard files of a full index; returns each shard's content key and number of files, in the
    /// order of its sorted keys (zeros for a build that keeps neither files nor the index: it needs no key, and working
    /// them out was 13 M instructions of a 1k build).
    @discardableResult
    private func writeShards(_ index: SearchIndex, into out: OutputSink, jobs: Int) throws(Diagnostic) -> (contents: [ContentHash], parts: [Int]) {
        // Scripts are keyed by what they are made from, so unchanged ones are not even written out.
        let keys = SearchIndex.sortedShardKeys(index.shardTerms.keys)  // (sorted once, for the manifest too)
        try writeManifest(index, shardKeys: keys, into: out)
        let contents = out.keysPages || indexStore != nil ? parallelMap(keys.count, jobs: jobs) { index.shardContentKey(keys[$0]) }
            : Array(repeating: ContentHash(high: 0, low: 0), count: keys.count)
        let parts = ShardFileCounts(keys.count)
        try parallelPages(keys.count, jobs: jobs) { i throws(Diagnostic) in
            // an unchanged shard keeps its files without being cut into parts again
            if keep(keys[i], contents[i], index, out) {
                if indexStore != nil { parts.set(i, index.shardParts(keys[i]).count) }
                return
            }
            let files = index.shardFiles(keys[i], content: contents[i])
            parts.set(i, files.count)
            for file in files {
                try out.file(Self.dataFolder + file.name, key: file.key, make: file.make)
            }
        }
        return (contents, parts.counts)
    }

    /// The manifest, keyed by what it is made from (the document count, the chunks and the shard keys): an edit that
    /// changes none of them keeps it without making it.
    private func writeManifest(_ index: SearchIndex, shardKeys keys: [String], into out: OutputSink) throws(Diagnostic) {
        try out.file(Self.dataFolder + "manifest.js", key: {
            var h = ContentHasher()
            h.combine("search manifest")
            h.combine(index.documents.count)
            h.combine(index.chunkStarts.count)
            index.chunkStarts.withUnsafeBytes { h.combine($0) }
            h.combine(keys.count)
            for key in keys { h.combine(key) }
            return h.finalize()
        }) { Array(index.manifestScript(shardKeys: keys).utf8) }
    }

    /// The manifest and the shard files of a patched index: a shard that was not patched is kept by its
    /// saved content key (and made from the saved postings only when its files must be written again).
    /// (`index`: the patch's index, with the documents' filler.) Returns the number of files of each shard (by its
    /// number in the saved index) whose files were made or counted.
    private func writeShards(_ patch: SearchIndexPatch, index: SearchIndex, into out: OutputSink, jobs: Int) throws(Diagnostic) -> [(Int, Int)] {
        let keys = patch.shardKeys
        try writeManifest(index, shardKeys: keys, into: out)
        let lost = LostShards()
        let parts = ShardFileCounts(keys.count)
        try parallelPages(keys.count, jobs: jobs) { i throws(Diagnostic) in
            let content = patch.contentKey(at: i)
            if patch.isPatched(at: i) {
                let files = index.shardFiles(keys[i], content: content)
                parts.set(i, files.count)
                for file in files {
                    try out.file(Self.dataFolder + file.name, key: file.key, make: file.make)
                }
                return
            }
            // a shard whose files are counted: each kept by its key, one look-up a file (made again from the saved
            // postings only when it was changed on disk)
            let count = patch.saved.shardParts[patch.shardNumbers[i]]
            if count > 0 {
                let base = Self.dataFolder + "t/" + SearchIndex.shardFileName(keys[i])
                for n in 0..<count {
                    try out.file(n == 0 ? base + ".js" : base + ".\(n).js", key: index.shardFileKey(content, part: n)) {
                        let files = patch.materialize([keys[i]])?.shardFiles(keys[i]) ?? []
                        return n < files.count ? files[n].make() : []
                    }
                }
                return
            }
            if keep(keys[i], content, index, out) { return }
            lost.add(keys[i])
        }
        let counted = parts.counts
        let made = keys.indices.compactMap { i in counted[i] > 0 ? (patch.shardNumbers[i], counted[i]) : nil }
        let others = lost.keys.sorted()
        guard !others.isEmpty else { return made }
        // (a saved shard that cannot be read: the index is built in full for it)
        let saved = patch.materialize(others) ?? SearchIndex(documents: index.documents.indices.map(index.document), cache: termCache,
                                                            linkFrom: Self.path, fileBudget: index.fileBudget, keys: index.termKeys)
        for key in others {
            for file in saved.shardFiles(key) {
                try out.file(Self.dataFolder + file.name, key: file.key, make: file.make)
            }
        }
        return made
    }

    /// Keeps the files of a shard whose content is unchanged since the build that wrote them.
    private func keep(_ key: String, _ content: ContentHash, _ index: SearchIndex, _ out: OutputSink) -> Bool {
        // (`dataFolder + shardFileName(key, part:)`, the shard's name made once for the files asked)
        let base = Self.dataFolder + "t/" + SearchIndex.shardFileName(key)
        return out.keepSeries({ $0 == 0 ? base + ".js" : base + ".\($0).js" }, keys: { index.shardFileKey(content, part: $0) })
    }

    /// What search finds, in result order for equal scores: entities, events, then articles (newest first).
    static func documents(site: SiteModel, jobs: Int = 1) -> [SearchDocument] {
        let source = SearchDocumentSource(site: site)
        return parallelMap(source.count, jobs: jobs) { source.document($0) }
    }

    static func kind(of type: EntityType) -> SearchDocument.Kind {
        switch type {
        case .person: return .person
        case .organization: return .organization
        case .place: return .place
        }
    }
}

/// The number of files of each shard, set from the threads writing shards (0: not known).
private final class ShardFileCounts: @unchecked Sendable {
    private let lock = NSLockBox()
    private var list: [Int]
    init(_ n: Int) { list = Array(repeating: 0, count: n) }
    func set(_ i: Int, _ count: Int) { lock.withLock { list[i] = count } }
    var counts: [Int] { lock.withLock { list } }
}

/// Keys of unpatched shards whose files must be written again (collected from the threads writing shards).
private final class LostShards: @unchecked Sendable {
    private let lock = NSLockBox()
    private var list: [String] = []
    func add(_ key: String) { lock.withLock { list.append(key) } }
    var keys: [String] { lock.withLock { list } }
}
