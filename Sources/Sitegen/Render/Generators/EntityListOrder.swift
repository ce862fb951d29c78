import Foundation
import Extraction
import Resolution

/// The order of each entity list (`EntityListPages`: most mentioned first, then by name) kept between builds in
/// the cache folder (`entity-list-order.bin`), keyed by everything the order is made from: each entity's type,
/// mention count and name, in model order. An edit that changes none of them (a paragraph naming no one) reads the
/// orders back instead of sorting 6k names by `String` comparison (nearly half of the lists' time in an edit).
final class EntityListOrder: @unchecked Sendable {
    static let magic = "sitegen-entity-list-order-1"
    private let store: KeyedCacheFile
    /// Whether the last `sorted(_:)` came from the file.
    private(set) var hit = false

    init(folder: URL, toolIdentity: ContentHash) {
        store = KeyedCacheFile(file: folder.appendingPathComponent("entity-list-order.bin"), magic: Self.magic,
                               toolIdentity: toolIdentity)
    }

    /// The members of each type (in `EntityType.allCases` order), most mentioned first, then by name.
    static func sorted(_ site: SiteModel) -> [[Int]] {
        let entities = site.corpus.entities
        return EntityType.allCases.map { type in
            entities.indices.filter { entities[$0].type == type }.sorted {
                (entities[$0].mentions.count, entities[$1].name) > (entities[$1].mentions.count, entities[$0].name)
            }
        }
    }

    /// What `sorted` reads.
    static func inputs(_ site: SiteModel) -> ContentHash {
        var h = ContentHasher()
        h.combine(magic)
        h.combine(EntityType.allCases.count)
        for type in EntityType.allCases { h.combine(type.rawValue) }
        h.combine(site.corpus.entities.count)
        for entity in site.corpus.entities {
            h.combine(entity.type.rawValue)
            h.combine(entity.mentions.count)
            h.combine(entity.name)
        }
        return h.finalize()
    }

    /// `sorted(site)`, read back when the last build that wrote the file had the same inputs (else sorted and written).
    func sorted(_ site: SiteModel) -> [[Int]] {
        let key = Self.inputs(site), entities = site.corpus.entities
        let types = EntityType.allCases
        let read = store.read(key) { r -> [[Int]]? in
            guard try r.uvarint() == types.count else { return nil }
            var lists: [[Int]] = []
            for type in types {
                let n = try r.count(atMost: entities.count)
                var list: [Int] = []
                list.reserveCapacity(n)
                for _ in 0..<n {
                    let e = try r.uvarint()
                    guard e < entities.count, entities[e].type == type else { return nil }
                    list.append(e)
                }
                lists.append(list)
            }
            // (every entity once: a list of another model's entities that happens to fit is not taken)
            guard lists.reduce(0, { $0 + $1.count }) == entities.count else { return nil }
            return lists
        }
        hit = read != nil
        if let read { return read }
        let lists = Self.sorted(site)
        store.write(key) { w in
            w.uvarint(lists.count)
            for list in lists {
                w.uvarint(list.count)
                for e in list { w.uvarint(e) }
            }
        }
        return lists
    }

    /// The orders of `site`'s lists: through the store the build set (`SiteModel.shared`), else sorted.
    static func of(_ site: SiteModel) -> [[Int]] {
        site.shared.existing(EntityListOrder.self)?.sorted(site) ?? sorted(site)
    }
}
