import ArabicDates
import Extraction
import Foundation
import Resolution

/// The entities and events the last build resolved, kept with the digests of everything entity and
/// event resolution read (`EntityResolutionInputs`, `EventResolutionInputs`), so a build whose edits
/// do not reach them (a paragraph naming no one and reporting no event, a fixed typo in a block without
/// names) takes them as they are instead of merging the whole corpus again.
///
/// What is kept is the part of `ResolvedCorpus` the site reads: entities, the entity of every mention,
/// the possible duplicates, the events and the dates year anchoring gave (not the confidence evidence: a
/// build that writes it resolves anew). On disk: `resolution.bin`, the tool identity, then the record;
/// written when a successful build resolved something new, ignored when damaged or written by another
/// tool. `sitegen serve` keeps the last record in memory between rebuilds.
final class ResolutionCache: @unchecked Sendable {
    static let magic = "sitegen-resolution-2"

    struct Record: Sendable {
        var entityDigest: ContentHash
        var entities: ResolvedEntities
        var eventDigest: ContentHash
        var events: ResolvedEvents
    }

    let file: URL
    private let toolIdentity: ContentHash
    private let lock = NSLock()
    private var loaded = false
    private var last: Record?
    private var pending: Record?

    init(folder: URL, toolIdentity: ContentHash) {
        file = folder.appendingPathComponent("resolution.bin")
        self.toolIdentity = toolIdentity
    }

    func beginBuild() { lock.withLock { pending = nil } }

    /// The entities resolved from inputs with this digest, if the last build's were. Reads the disk
    /// the first time.
    func lookupEntities(_ digest: ContentHash) -> ResolvedEntities? {
        lock.withLock {
            if !loaded { last = read() }
            loaded = true
            guard let last, last.entityDigest == digest else { return nil }
            return last.entities
        }
    }

    /// Reads the disk, if no look-up did yet, for a later look-up of this build (on the calling thread: the analysis
    /// cache's preloading one, while the stages before resolution run; a look-up meanwhile waits for it).
    func preload() {
        lock.withLock {
            if !loaded { last = read() }
            loaded = true
        }
    }

    /// The events resolved from inputs with this digest (which covers the entities), if the last build's were.
    func lookupEvents(_ digest: ContentHash) -> ResolvedEvents? {
        lock.withLock {
            guard let last, last.eventDigest == digest else { return nil }
            return last.events
        }
    }

    /// Keeps this build's resolution until `commitBuild` (nothing is written when it is the last one).
    func stage(_ record: Record) {
        lock.withLock { pending = record }
    }

    /// Called once the output is in place.
    func commitBuild() {
        lock.withLock {
            guard let p = pending else { return }
            pending = nil
            if last?.entityDigest == p.entityDigest && last?.eventDigest == p.eventDigest { return }
            last = p
            write(p)
        }
    }

    private func write(_ record: Record) {
        var e = AnalysisEncoder()
        e.resolvedEntities(record.entities)
        e.resolvedEvents(record.events)
        var w = BinaryWriter()
        w.shortString(Self.magic)
        w.hash(record.entityDigest)
        w.hash(record.eventDigest)
        CacheFile.write(file, identity: toolIdentity, w.bytes, e.bytes)
    }

    private func read() -> Record? {
        guard var r = CacheFile.read(file, identity: toolIdentity) else { return nil }
        do {
            guard try r.shortString() == Self.magic else { return nil }
            let entityDigest = try r.hash(), eventDigest = try r.hash()
            var d = try AnalysisDecoder(r)
            let entities = try d.resolvedEntities()
            let events = try d.resolvedEvents(entities: entities.entities.count, articles: entities.entityOfMention.count)
            guard d.r.atEnd else { return nil }
            return Record(entityDigest: entityDigest, entities: entities, eventDigest: eventDigest, events: events)
        } catch { return nil }
    }
}

/// The entity half of `ResolvedCorpus`, as `ResolutionCache` keeps it.
struct ResolvedEntities: Sendable {
    var entities: [Entity]
    var entityOfMention: [[Int?]]
    var possibleDuplicates: [PossibleDuplicate]

    init(_ corpus: ResolvedCorpus) {
        entities = corpus.entities
        entityOfMention = corpus.entityOfMention
        possibleDuplicates = corpus.possibleDuplicates
    }

    init(entities: [Entity], entityOfMention: [[Int?]], possibleDuplicates: [PossibleDuplicate]) {
        self.entities = entities
        self.entityOfMention = entityOfMention
        self.possibleDuplicates = possibleDuplicates
    }

    /// A resolved corpus holding these entities (events are resolved after).
    func corpus(curated: [CuratedEntity]) -> ResolvedCorpus {
        var c = ResolvedCorpus()
        c.entities = entities
        c.entityOfMention = entityOfMention
        c.possibleDuplicates = possibleDuplicates
        c.curated = curated
        return c
    }
}

extension AnalysisEncoder {
    mutating func resolvedEntities(_ r: ResolvedEntities) {
        count(r.entities.count)
        for e in r.entities {
            text(e.id)
            string(e.name)
            count(EntityType.allCases.firstIndex(of: e.type)!)
            strings(e.variants)
            strings(e.aliases)
            count(e.mergeNotes.count)
            for n in e.mergeNotes { text(n) }
            count(e.mentions.count)
            var article = 0
            for m in e.mentions {
                int(m.article - article)  // mentions are in article order: small steps
                article = m.article
                count(m.mention)
            }
            optionalInt(e.curated)
        }
        count(r.entityOfMention.count)
        for ms in r.entityOfMention {
            count(ms.count)
            for m in ms { optionalInt(m) }
        }
        count(r.possibleDuplicates.count)
        for d in r.possibleDuplicates {
            count(d.first)
            count(d.second)
            text(d.reason)
        }
    }

    mutating func strings(_ v: [String]) {
        count(v.count)
        for s in v { string(s) }
    }
}

extension AnalysisDecoder {
    mutating func resolvedEntities() throws(BinaryReader.Corrupt) -> ResolvedEntities {
        let n = try count()
        var entities: [Entity] = []
        entities.reserveCapacity(n)
        for _ in 0..<n {
            let id = try r.shortString(), name = try string(), type = try choice(CodedCases.entityTypes)
            let variants = try strings(), aliases = try strings()
            var notes: [String] = []
            for _ in 0..<(try count()) { notes.append(try r.shortString()) }
            let mentionCount = try count()
            var mentions: [MentionRef] = []
            mentions.reserveCapacity(mentionCount)
            var article = 0
            for _ in 0..<mentionCount {
                article += try int()
                mentions.append(MentionRef(article: article, mention: try index()))
            }
            entities.append(Entity(id: id, name: name, type: type, variants: variants, aliases: aliases, mergeNotes: notes,
                                   mentions: mentions, curated: try optionalInt()))
        }
        let articles = try count()
        var entityOfMention: [[Int?]] = []
        entityOfMention.reserveCapacity(articles)
        for _ in 0..<articles {
            let m = try count()
            var row: [Int?] = []
            row.reserveCapacity(m)
            for _ in 0..<m { row.append(try optionalInt()) }
            entityOfMention.append(row)
        }
        var dups: [PossibleDuplicate] = []
        for _ in 0..<(try count()) {
            dups.append(PossibleDuplicate(first: try index(), second: try index(), reason: try r.shortString()))
        }
        // every index points where it should (a damaged file must not crash the build)
        for e in entities {
            for m in e.mentions where !(m.article >= 0 && m.article < articles && m.mention < entityOfMention[m.article].count) {
                throw BinaryReader.Corrupt()
            }
        }
        for row in entityOfMention { for case let e? in row where e < 0 || e >= n { throw BinaryReader.Corrupt() } }
        for d in dups where d.first >= n || d.second >= n { throw BinaryReader.Corrupt() }
        return ResolvedEntities(entities: entities, entityOfMention: entityOfMention, possibleDuplicates: dups)
    }

    /// A non-negative number (an index into a list read elsewhere).
    mutating func index() throws(BinaryReader.Corrupt) -> Int {
        let v = try r.uvarint()
        guard v >= 0 else { throw BinaryReader.Corrupt() }
        return v
    }

    mutating func strings() throws(BinaryReader.Corrupt) -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }
}
