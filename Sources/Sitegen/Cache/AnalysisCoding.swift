import ArabicDates
import ArabicText
import Extraction

/// Writes cached analyses compactly: numbers as varints and every short string (names, keys, cues,
/// triggers) once per file in a string table, referred to by number. A shard holds hundreds of
/// articles naming the same entities, so the table keeps both the file and its decoding small.
struct AnalysisEncoder {
    private(set) var body = BinaryWriter()
    /// Each string's number, by its UTF-8 bytes: `String`'s hashing and `==` normalize Arabic text on every look-up
    /// (a shard's names, keys and cues made writing it cost a third more). Strings of the same bytes are the same
    /// entry; two spellings that are only canonically equivalent keep their own bytes, as a build without the cache has them.
    private var index: [UTF8Key: Int] = [:]
    private var table: [String] = []

    /// The string table, then the body.
    var bytes: [UInt8] {
        var w = BinaryWriter()
        w.uvarint(table.count)
        for s in table { w.shortString(s) }
        return w.bytes + body.bytes
    }

    mutating func string(_ s: String) {
        let key = UTF8Key(s)
        if let id = index[key] { body.uvarint(id); return }
        index[key] = table.count
        body.uvarint(table.count)
        table.append(s)
    }

    mutating func optionalString(_ s: String?) {
        guard let s else { body.uvarint(0); return }
        body.uvarint(1)
        string(s)
    }

    /// A string written out in place (long or unique text: no use in the table).
    mutating func text(_ s: String) { body.shortString(s) }

    mutating func int(_ v: Int) { body.optionalVarint(v) }
    mutating func optionalInt(_ v: Int?) { body.optionalVarint(v) }
    mutating func count(_ n: Int) { body.uvarint(n) }

    mutating func span(_ s: TextSpan) {
        int(s.block)
        int(s.start)
        int(s.end)
    }

    mutating func date(_ d: PartialDate?) {
        guard let d else { body.uvarint(0); return }
        body.uvarint(1)
        int(d.year)
        optionalInt(d.month)
        optionalInt(d.day)
    }

    mutating func ints(_ v: [Int]) {
        count(v.count)
        for x in v { int(x) }
    }
}

/// Reads what `AnalysisEncoder` wrote; any inconsistency throws (the file is then ignored).
struct AnalysisDecoder {
    var r: BinaryReader
    /// The string table the body refers to by number (`AnalysisStringTable`).
    let table: AnalysisStringTable
    /// The strings of `table` this decoder made so far (nil: not read yet), each made once.
    private var made: [String?]

    /// Reads the string table at the reader's position (its strings are made where the body reads them).
    init(_ reader: BinaryReader) throws(BinaryReader.Corrupt) {
        r = reader
        table = try AnalysisStringTable(&r)
        made = [String?](repeating: nil, count: table.count)
    }

    /// A reader of a body whose string table was read already (`CachedVotes`), with all its strings made.
    init(_ reader: BinaryReader, table: AnalysisStringTable) {
        r = reader
        self.table = table
        made = table.allStrings()
    }

    mutating func string() throws(BinaryReader.Corrupt) -> String {
        let id = try r.count(atMost: made.count - 1)
        if let s = made[id] { return s }
        let s = table.string(id)
        made[id] = s
        return s
    }

    mutating func optionalString() throws(BinaryReader.Corrupt) -> String? {
        try r.uvarint() == 0 ? nil : try string()
    }

    /// Moves past what `string()` reads, checking it.
    mutating func skipString() throws(BinaryReader.Corrupt) { _ = try r.count(atMost: made.count - 1) }

    /// Moves past what `optionalString()` reads, checking it.
    mutating func skipOptionalString() throws(BinaryReader.Corrupt) {
        if try r.uvarint() != 0 { try skipString() }
    }

    @inline(__always)
    mutating func int() throws(BinaryReader.Corrupt) -> Int {
        guard let v = try r.optionalVarint() else { throw BinaryReader.Corrupt() }
        return v
    }

    @inline(__always)
    mutating func optionalInt() throws(BinaryReader.Corrupt) -> Int? { try r.optionalVarint() }

    /// A count of items still to read (each takes at least one byte).
    @inline(__always)
    mutating func count() throws(BinaryReader.Corrupt) -> Int { try r.count(atMost: r.remaining) }

    mutating func span() throws(BinaryReader.Corrupt) -> TextSpan {
        TextSpan(block: try int(), start: try int(), end: try int())
    }

    mutating func date() throws(BinaryReader.Corrupt) -> PartialDate? {
        guard try r.uvarint() != 0 else { return nil }
        return PartialDate(year: try int(), month: try optionalInt(), day: try optionalInt())
    }

    mutating func ints() throws(BinaryReader.Corrupt) -> [Int] {
        let n = try count()
        var out: [Int] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try int()) }
        return out
    }

    @inline(__always)
    mutating func choice<T>(_ all: [T]) throws(BinaryReader.Corrupt) -> T {
        all[try r.count(atMost: all.count - 1)]
    }
}

// MARK: - Cached analyses

extension AnalysisEncoder {
    mutating func analysis(_ a: CachedAnalysis) {
        body.hash(a.key)
        a.blocks.encode(into: &body)
        date(a.inferredDate)
        votes(a.storedVotes.decoded)  // (the shard's string table is this encoder's: stored votes are written anew)
        extraction(a.extraction)
        bytes(a.tokenKeyText)
        body.hash(a.votesDigest)
        body.bool(a.resolutionDigests != nil)
        if let d = a.resolutionDigests {
            body.hash(d.entities)
            body.hash(d.events)
        }
    }

    mutating func votes(_ v: PoolVotes) {
        count(v.votes.count)
        for x in v.votes {
            string(x.key)
            string(x.surface)
            count(CodedCases.entityTypes.firstIndex(of: x.type)!)
            int(x.weight)
            optionalString(x.cue)
        }
        count(v.surnames.count)
        for s in v.surnames {
            string(s.key)
            string(s.surface)
        }
        count(v.extensions.count)
        for x in v.extensions {
            string(x.key)
            string(x.surface)
            optionalString(x.cue)
        }
        count(v.followers.count)
        for w in v.followers { string(w) }
        count(v.shortFormTies.count)
        for t in v.shortFormTies {
            string(t.key)
            string(t.surface)
            count(t.before.count)
            for w in t.before { string(w) }
        }
    }

    mutating func extraction(_ ex: DocumentExtraction) {
        count(ex.sentences.count)
        for s in ex.sentences { span(s.span) }
        count(ex.mentions.count)
        for m in ex.mentions {
            span(m.span)
            int(m.sentence)
            string(m.surface)
            count(CodedCases.entityTypes.firstIndex(of: m.type)!)
            string(m.key)
            optionalString(m.cue)
            optionalString(m.canonical)
            count(CodedCases.rules.firstIndex(of: m.rule)!)
        }
        count(ex.dates.count)
        for d in ex.dates {
            span(d.span)
            int(d.sentence)
            body.shortString(d.text)
            date(d.date)
            body.bool(d.inferred)
        }
        count(ex.events.count)
        for e in ex.events {
            count(CodedCases.eventTypes.firstIndex(of: e.type)!)
            optionalString(e.subtype)
            int(e.sentence)
            string(e.trigger)
            count(e.quantities.count)
            for q in e.quantities {
                string(q.what)
                int(q.value)
            }
            optionalInt(e.date)
            ints(e.places)
            ints(e.actors)
            ints(e.targets)
            optionalString(e.actorPhrase)
            optionalString(e.targetPhrase)
            optionalString(e.placePhrase)
            body.bool(e.series)
        }
        count(ex.quotes.count)
        for q in ex.quotes {
            optionalInt(q.speaker)
            span(q.span)
            body.shortString(q.text)
        }
    }
}

extension AnalysisDecoder {
    mutating func analysis() throws(BinaryReader.Corrupt) -> CachedAnalysis {
        let key = try r.hash()
        let blocks = try encodedBlocks()  // (made `String`s where read: an edit reads few articles' blocks)
        let inferred = try date()
        let votes = try encodedVotes()  // (decoded when asked: an edit that pools nothing never does)
        let ex = try extraction()
        let text = try bytes()
        let votesDigest = try r.hash()
        let digests = try r.bool() ? ResolutionDigests(entities: try r.hash(), events: try r.hash()) : nil
        return CachedAnalysis(key: key, blocks: blocks, inferredDate: inferred, storedVotes: votes, extraction: ex,
                              tokenKeyText: text, votesDigest: votesDigest, resolutionDigests: digests)
    }

    mutating func votes() throws(BinaryReader.Corrupt) -> PoolVotes {
        var v = PoolVotes()
        let n = try count()
        v.votes.reserveCapacity(n)
        for _ in 0..<n {
            v.votes.append(.init(key: try string(), surface: try string(), type: try choice(CodedCases.entityTypes),
                                 weight: try int(), cue: try optionalString()))
        }
        let s = try count()
        for _ in 0..<s { v.surnames.append(.init(key: try string(), surface: try string())) }
        let e = try count()
        for _ in 0..<e {
            v.extensions.append(.init(key: try string(), surface: try string(), type: .organization, weight: 1,
                                      cue: try optionalString()))
        }
        let f = try count()
        v.followers.reserveCapacity(f)
        for _ in 0..<f { v.followers.append(try string()) }
        let ties = try count()
        for _ in 0..<ties {
            let key = try string(), surface = try string()
            let n = try count()
            var before: [String] = []
            for _ in 0..<n { before.append(try string()) }
            v.shortFormTies.append(ShortFormTie(key: key, surface: surface, before: before))
        }
        return v
    }

    mutating func extraction() throws(BinaryReader.Corrupt) -> DocumentExtraction {
        var ex = DocumentExtraction()
        let sentences = try count()
        ex.sentences.reserveCapacity(sentences)
        for _ in 0..<sentences { ex.sentences.append(Sentence(span: try span())) }
        let mentions = try count()
        ex.mentions.reserveCapacity(mentions)
        for _ in 0..<mentions {
            ex.mentions.append(Mention(span: try span(), sentence: try int(), surface: try string(),
                                       type: try choice(CodedCases.entityTypes), key: try string(),
                                       cue: try optionalString(), canonical: try optionalString(),
                                       rule: try choice(CodedCases.rules)))
        }
        let dates = try count()
        ex.dates.reserveCapacity(dates)
        for _ in 0..<dates {
            ex.dates.append(DateMention(span: try span(), sentence: try int(), text: try r.shortString(),
                                        date: try date(), inferred: try r.bool()))
        }
        let events = try count()
        ex.events.reserveCapacity(events)
        for _ in 0..<events {
            let type = try choice(CodedCases.eventTypes), subtype = try optionalString()
            let sentence = try int(), trigger = try string()
            var quantities: [EventQuantity] = []
            let q = try count()
            quantities.reserveCapacity(q)
            for _ in 0..<q { quantities.append(EventQuantity(what: try string(), value: try int())) }
            ex.events.append(EventMention(type: type, subtype: subtype, sentence: sentence, trigger: trigger,
                                          quantities: quantities, date: try optionalInt(), places: try ints(),
                                          actors: try ints(), targets: try ints(),
                                          actorPhrase: try optionalString(), targetPhrase: try optionalString(),
                                          placePhrase: try optionalString(), series: try r.bool()))
        }
        let quotes = try count()
        ex.quotes.reserveCapacity(quotes)
        for _ in 0..<quotes {
            ex.quotes.append(Quote(speaker: try optionalInt(), span: try span(), text: try r.shortString()))
        }
        return ex
    }
}

// MARK: - Gazetteer view

extension AnalysisEncoder {
    mutating func gazetteerView(_ v: GazetteerView) {
        int(v.maxTokens)
        count(v.names.count)
        for n in v.names {
            bytes(n.key)
            count(CodedCases.entityTypes.firstIndex(of: n.type)!)
            if let cue = n.cue {
                count(1)
                bytes(cue)
            } else {
                count(0)
            }
        }
        count(v.typeOfKey.count)
        for t in v.typeOfKey {
            bytes(t.key)
            count(CodedCases.entityTypes.firstIndex(of: t.type)!)
        }
        count(v.trims.count)
        for t in v.trims {
            bytes(t.key)
            count(t.words)
        }
    }

    /// Bytes with their count.
    mutating func bytes(_ b: [UInt8]) {
        body.uvarint(b.count)
        body.raw(b)
    }
}

extension AnalysisDecoder {
    mutating func gazetteerView() throws(BinaryReader.Corrupt) -> GazetteerView {
        let maxTokens = try int()
        let n = try count()
        var names: [GazetteerView.Name] = []
        names.reserveCapacity(n)
        for _ in 0..<n {
            names.append(GazetteerView.Name(key: try bytes(), type: try choice(CodedCases.entityTypes),
                                            cue: try r.uvarint() == 0 ? nil : try bytes()))
        }
        let t = try count()
        var types: [GazetteerView.KeyType] = []
        types.reserveCapacity(t)
        for _ in 0..<t { types.append(GazetteerView.KeyType(key: try bytes(), type: try choice(CodedCases.entityTypes))) }
        let m = try count()
        var trims: [GazetteerView.KeyTrim] = []
        // (a word count, not a count of items still to read: the last trim's count can pass the bytes left)
        for _ in 0..<m { trims.append(GazetteerView.KeyTrim(key: try bytes(), words: try r.count(atMost: Int(Int32.max)))) }
        return GazetteerView(names: names, typeOfKey: types, trims: trims, maxTokens: maxTokens)
    }

    mutating func bytes() throws(BinaryReader.Corrupt) -> [UInt8] { try r.bytes(try count()) }
}
