import Foundation

/// The typed link contexts of entities (`SiteModel.entityFields`), each made once for each depth of the pages that
/// link to it, and shared by those pages.
///
/// A link is relative, but it depends on its page only through the page's depth ("../" × depth): every article page
/// links to the same entity with the same context. Made per page, a
/// chip's context (its link, its fields, their array) cost ~2,500 instructions, as many times as pages name the
/// entity; a shared one costs a look-up. Made the first time a page asks (a build that keeps most of its pages
/// makes only the few it needs), under one of 64 locks. A generator makes its own and lets it go when its pages are
/// written. (Articles' contexts for the mention groups of entity pages were kept too: at 100k distinct they held
/// ~80 MB through the entity pages and raised the build's peak by ~37 MB, for 6 M instructions at 1k.)
final class LinkFields: @unchecked Sendable {
    /// What a page shows of an entity it links to.
    struct EntityLink {
        /// `SiteModel.entityFields`
        let fields: PageFields
        /// The link (`fields[.href]`).
        let href: String
        /// "type: name", the title of the entity's links in an article's text.
        let title: String
    }

    /// Depths with tables of their own (deeper pages make their links each time).
    static let depths = 4

    private let site: SiteModel
    private let entities: UnsafeMutablePointer<EntityLink?>
    private let entityCount: Int
    private let locks: [NSLock]

    init(site: SiteModel) {
        self.site = site
        entityCount = site.corpus.entities.count
        entities = .allocate(capacity: max(1, Self.depths * entityCount))
        entities.initialize(repeating: nil, count: max(1, Self.depths * entityCount))
        locks = (0..<64).map { _ in NSLock() }
    }

    deinit {
        entities.deinitialize(count: max(1, Self.depths * entityCount))
        entities.deallocate()
    }

    /// Entity `e` as linked from a page at `path`.
    func entity(_ e: Int, from path: SitePath) -> EntityLink { entity(e, from: path, depth: path.depth) }

    /// `entity(e, from: path)` for a page whose depth (`path.depth`) the caller worked out once.
    func entity(_ e: Int, from path: SitePath, depth: Int) -> EntityLink {
        guard depth < Self.depths else { return makeEntity(e, from: path) }
        let slot = entities + (depth * entityCount + e)
        let lock = locks[e & 63]
        lock.lock()
        defer { lock.unlock() }
        if let made = slot.pointee { return made }
        let made = makeEntity(e, from: path)
        slot.pointee = made
        return made
    }

    private func makeEntity(_ e: Int, from path: SitePath) -> EntityLink {
        let entity = site.corpus.entities[e]
        let fields = site.entityFields(e, from: path)
        guard case .string(let href)? = fields[.href] else { preconditionFailure("an entity link without its href") }
        return EntityLink(fields: fields, href: href, title: entity.type.arabicName + ": " + entity.name)
    }
}
