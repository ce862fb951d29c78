import Foundation

/// The A–Z index layout (`IndexLayout`: letters in order, each letter's entries sorted) kept between
/// builds in the cache folder (`index-layout.bin`), keyed by everything the layout is made from: the
/// names and types of the entities, the events' and articles' titles, in model order, and the index
/// sizes. An edit that changes none of them (a paragraph added, a date fixed) reads the layout back
/// instead of computing 20k collation keys and sorting them; any other change computes and rewrites it.
///
/// The file starts with the tool identity (a rebuilt `sitegen` starts afresh); a damaged or foreign
/// file, or one whose entries do not fit the model, is ignored.
final class IndexLayoutStore: @unchecked Sendable {
    private let store: KeyedCacheFile
    /// Whether the last `layout(of:)` came from the file.
    private(set) var hit = false

    static let magic = "sitegen-index-layout-1"

    init(folder: URL, toolIdentity: ContentHash) {
        store = KeyedCacheFile(file: folder.appendingPathComponent("index-layout.bin"), magic: Self.magic,
                               toolIdentity: toolIdentity)
    }

    /// What the layout of `site` is computed from.
    static func inputs(_ site: SiteModel) -> ContentHash {
        var h = ContentHasher()
        h.combine(site.sizes.indexPage)
        h.combine(site.sizes.indexEntries)
        h.combine(site.corpus.entities.count)
        for entity in site.corpus.entities {
            h.combine(entity.name)
            h.combine(entity.type.rawValue)
        }
        h.combine(site.corpus.events.count)
        for event in site.corpus.events { h.combine(event.title) }
        h.combine(site.articles.count)
        for a in site.articles.indices { h.combine(site.articles[a].title) }  // (not a copy of each article)
        return h.finalize()
    }

    func layout(of site: SiteModel, jobs: Int = 1) -> IndexLayout {
        let key = Self.inputs(site)
        if let (total, letters) = read(key, site: site) {
            hit = true
            return IndexLayout(site: site, total: total, letters: letters)
        }
        let (total, letters) = IndexLayout.ordered(site, jobs: jobs)
        write(key, total: total, letters: letters)
        return IndexLayout(site: site, total: total, letters: letters)
    }

    private typealias Letters = [(letter: String, entries: [IndexLayout.Entry])]

    private func write(_ key: ContentHash, total: Int, letters: Letters?) {
        let kinds = IndexLayout.Kind.allCases
        store.write(key) { w in
            w.uvarint(total)
            w.bool(letters != nil)
            w.uvarint(letters?.count ?? 0)
            for (letter, entries) in letters ?? [] {
                w.shortString(letter)
                w.uvarint(entries.count)
                for e in entries {
                    w.uvarint(kinds.firstIndex(of: e.kind)!)
                    w.uvarint(e.item)
                }
            }
        }
    }

    private func read(_ key: ContentHash, site: SiteModel) -> (Int, Letters?)? {
        let kinds = IndexLayout.Kind.allCases
        func limit(_ kind: IndexLayout.Kind) -> Int {
            switch kind {
            case .person, .organization, .place: return site.corpus.entities.count
            case .event: return site.corpus.events.count
            case .article: return site.articles.count
            }
        }
        return store.read(key) { r -> (Int, Letters?)? in
            let total = try r.uvarint()
            let split = try r.bool()
            let letterCount = try r.count(atMost: r.remaining)
            var letters: Letters = []
            var entryCount = 0
            for _ in 0..<letterCount {
                let letter = try r.shortString()
                let n = try r.count(atMost: r.remaining)
                var entries: [IndexLayout.Entry] = []
                entries.reserveCapacity(n)
                for _ in 0..<n {
                    let kind = kinds[try r.count(atMost: kinds.count - 1)]
                    let item = try r.uvarint()
                    guard item >= 0, item < limit(kind) else { return nil }
                    entries.append(IndexLayout.Entry(kind: kind, item: item))
                }
                entryCount += n
                letters.append((letter, entries))
            }
            guard !split || entryCount == total else { return nil }
            return (total, split ? letters : nil)
        }
    }
}
