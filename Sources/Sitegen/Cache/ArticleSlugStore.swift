import Foundation

/// The article slugs (`articles/<slug>.html`) kept between builds in the cache folder (`article-slugs.bin`),
/// keyed by what `Slugs.assign` makes them from: every article's title and file path, in model order.
/// An edit that changes no title and adds or removes no article (a paragraph added, a date fixed) reads
/// the slugs back instead of transliterating 10k titles again; any other change computes and rewrites
/// them. (The reserved names, the fallback prefix and the length limit are the tool's, which the
/// identity covers.)
///
/// The file starts with the tool identity (a rebuilt `sitegen` starts afresh); a damaged or foreign
/// file, or one whose count does not fit, is ignored.
final class ArticleSlugStore: @unchecked Sendable {
    private let store: KeyedCacheFile
    /// Whether the last `slugs` came from the file.
    private(set) var hit = false

    static let magic = "sitegen-article-slugs-1"

    init(folder: URL, toolIdentity: ContentHash) {
        store = KeyedCacheFile(file: folder.appendingPathComponent("article-slugs.bin"), magic: Self.magic,
                               toolIdentity: toolIdentity)
    }

    /// What the slugs are made from.
    static func inputs(titles: [String], keys: [String]) -> ContentHash {
        var h = ContentHasher()
        h.combine(titles.count)
        for (title, key) in zip(titles, keys) {
            h.combine(title)
            h.combine(key)
        }
        return h.finalize()
    }

    /// The slugs of these articles: read back when the file was written for the same inputs, else
    /// `compute`d and written.
    func slugs(titles: [String], keys: [String], compute: () -> [String]) -> [String] {
        let key = Self.inputs(titles: titles, keys: keys)
        let count = titles.count
        if let slugs = store.read(key, { r -> [String]? in
            guard try r.uvarint() == count else { return nil }
            var slugs: [String] = []
            slugs.reserveCapacity(count)
            for _ in 0..<count { slugs.append(try r.string()) }
            return slugs
        }) {
            hit = true
            return slugs
        }
        hit = false
        let slugs = compute()
        store.write(key) { w in
            w.uvarint(slugs.count)
            for s in slugs { w.string(s) }
        }
        return slugs
    }
}
