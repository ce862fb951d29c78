import Foundation
import ArabicDates
import ArabicText
import Extraction

/// Merges event mentions across articles into `ResolvedCorpus.events`.
///
/// Call after the entity resolver filled `corpus.entities` and `corpus.entityOfMention`:
/// ```swift
/// EventResolver().resolve(documents: docs, extractions: exs, corpus: &corpus, curated: curatedEvents)
/// ```
/// Rules:
/// - years are first anchored across articles (`EventDateAnchoring`) for articles that state none;
/// - mentions are merged greedily, most precise dates first. A mention joins an event of a compatible
///   type (equal, or attack ~ airstrike) whose date is compatible (`PartialDate.isCompatible`) when
///   they share a place, target or actor entity; two mentions with the same day-precise date also
///   merge when one of them names no place, or when one is an airstrike reported by another article. A killing merges with any killing of the same person;
/// - an undated definite or demonstrative mention ("الهجوم", "هذه الهجمات") joins the last earlier
///   event of a compatible type in the same article (a plural one, "هذه الاعتداءات", only an event that
///   counts several too, or as a dual); other undated mentions join only an event of the same article
///   sharing an entity (killings: any article; an attack: also a dated attack of another article at most
///   `EventClustering.laterReportDays` before its own article, in the same place below the country and on a target
///   of the same kind, "استهدف مسجدا في كيبيك" days after "الهجوم على المسجد … في كيبيك"); arrests of a described
///   group ("شخصين") merge across articles only on the same day and place;
/// - an undated mention never joins an event of its article across a sentence between them that tells a deed (an
///   attack, killing, arrest…) on a stated date the event cannot have: the text moved on to another deed ("- في 2004
///   اغتيل فلان؛ بتفجير سيارته في دمشق. - في 2008 اغتيل فلان؛ في تفجير سيارته في دمشق."); no mention joins an event
///   whose places are in other countries than its own (a country, or a city whose country the place lexicon knows:
///   `PlaceKinds.country(of:)`, «دمشق» and «بلغاريا»), and an anaphoric one naming a country the placed event does
///   not name is another event (`EventSeparation.swift`);
/// - an attack report that names no place (nor a series, nor a shot at the attacker) joins the one attack of the same
///   day its article names, when there is only one ("الهجوم على المسجد الكندي" after "هجوم داخل مسجد في مدينة كيبيك");
/// - undated events are kept only when one mention is a singular, non-anaphoric report naming a
///   place or target; undated statements and threats are dropped;
/// - differing quantities stay visible in `Event.quantities` (quantity → indexes into `sources`);
/// - a curated event overrides the title and date of the event with its type, a compatible date and
///   a shared place (or no place), else it is added.
///
/// What it reads is listed in `EventResolutionInputs` (Sitegen target), whose digest lets a build reuse the
/// last build's events: keep the two in step (and `MentionReadWindow` with what it reads around a mention:
/// `setApart`, `standsWhole`, `namedAsGovernorate`, `EventMaking.preposition`).
public struct EventResolver: Sendable {
    /// Threads the parallel parts may use: the build's `-j` (one: everything on the calling thread). The result is the
    /// same for any number.
    public var jobs: Int
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount) { self.jobs = max(1, jobs) }

    public func resolve(documents: [Document], extractions: [DocumentExtraction], corpus: inout ResolvedCorpus,
                        curated: [CuratedEvent]) {
        let entityOfMention = corpus.entityOfMention
        func entity(_ a: Int, _ m: Int) -> Int? {
            a < entityOfMention.count && m < entityOfMention[a].count ? entityOfMention[a][m] : nil
        }
        let anchoring = EventDateAnchoring(documents: documents, extractions: extractions, entityOf: entity)
        corpus.anchoredArticleDates = anchoring.articleDates
        for a in anchoring.articleDates.keys {
            corpus.anchoredDateMentions[a] = extractions[a].dates.enumerated().map { i, dm in
                var m = dm
                (m.date, m.inferred) = anchoring.dates[a][i]
                return m
            }
        }
        // the place index (serial: a match key per place name) is made beside the records, from the entities alone
        let entities = corpus, dates = anchoring.dates
        let (records, places) = ParallelChunks.beside(jobs: jobs, {
            Self.records(documents: documents, extractions: extractions, entities: entities.entities, dates: dates, jobs: jobs,
                         entityOf: entity)
        }, side: { PlaceIndex(corpus: entities) })
        let clustering = EventClustering(records: records, order: Self.mergeOrder(records), places: places)
        var events = Self.madeEvents(clustering.clusters.filter(clustering.keep), making: EventMaking(
            records: records, documents: documents, extractions: extractions, corpus: corpus, places: places), jobs: jobs)
        EventMaking.applyCurated(curated, to: &events, corpus: &corpus)
        events = Self.sortedByDate(events)
        let ids = EventTitles.dedupe(events.map { EventTitles.id($0, corpus: corpus) })
        for i in events.indices { events[i].id = ids[i] }
        corpus.events = events
    }

    /// The order records are merged in: most precise dates first, then in text order.
    static func mergeOrder(_ records: [EventRecord]) -> [Int] {
        records.indices.sorted { i, j in
            let a = records[i], b = records[j]
            let pa = a.date?.precision.rank ?? -1, pb = b.date?.precision.rank ?? -1
            if pa != pb { return pa > pb }
            return (a.article, a.sentence, a.index) < (b.article, b.sentence, b.index)
        }
    }

    /// `making.makeEvent` of each cluster, in their order, on parallel chunks of clusters. A lookup fills the place index's
    /// memo tables, so with more than one chunk each reads its own copy (the chunks only read the original, to copy it);
    /// one chunk uses the original.
    static func madeEvents(_ clusters: [EventCluster], making: EventMaking, jobs: Int) -> [Event] {
        let places = making.places
        // (chunks of about as many records: an event is made from each of its records)
        return Array(ParallelChunks.map(clusters.count, jobs: jobs, minChunk: 32, weight: { 4 + clusters[$0].records.count }) { range -> [Event] in
            var own = making
            if range.count < clusters.count { own.places = places.copy() }
            return clusters[range].compactMap(own.makeEvent)
        }.joined())
    }

    /// One record per event mention, in article order; articles are read in parallel chunks, each with
    /// its own memo tables.
    static func records(documents: [Document], extractions: [DocumentExtraction], entities: [Entity],
                        dates: [[(PartialDate?, Bool)]], jobs: Int, entityOf entity: (Int, Int) -> Int?) -> [EventRecord] {
        let personNamed = personsByName(entities, jobs: jobs)
        let chunks = ParallelChunks.map(extractions.count, jobs: jobs) { articles -> (records: [EventRecord], wordIDs: StringIDs) in
            var demonyms = DemonymActors(entities: entities)
            var traitsOf: [UTF8Key: EventTriggerTraits] = [:]
            var wordIDs = StringIDs()
            var records: [EventRecord] = []
            for a in articles {
                let ex = extractions[a]
                for (i, e) in ex.events.enumerated() {
                    let (date, inferred) = e.date.map { dates[a][$0] } ?? (nil, false)
                    var traits = traitsOf[UTF8Key(e.trigger)] ?? EventTriggerTraits(trigger: e.trigger)
                    traitsOf[UTF8Key(e.trigger)] = traits
                    if e.series { traits.plural = true }
                    var r = EventRecord(article: a, index: i, sentence: e.sentence, type: e.type, date: date, inferred: inferred,
                                        weekday: e.date.flatMap { statedWeekday(ex.dates[$0].text) },
                                        places: unique(e.places.compactMap { entity(a, $0) }),
                                        actors: unique(e.actors.compactMap { entity(a, $0) }),
                                        targets: unique(e.targets.compactMap { entity(a, $0) }),
                                        actorPhrase: e.actorPhrase, targetPhrase: e.targetPhrase, placePhrase: e.placePhrase,
                                        traits: traits)
                    r.reported = e.date.map { ex.dates[$0].isReportedDay } ?? false
                    if let d = documents[a].date, d.precision == .day { r.published = d }
                    r.namesPlace = !e.places.isEmpty || e.placePhrase != nil
                    // "على مستوى مفترق منطقة صولة بفريانة": a place the clause names whose name got no page (too few
                    // mentions to be sure of it as an entity) still says where, as written.
                    // (not a name that may be cut or read inside a longer phrase: "بن [قردان]", "منطقة هنشير [التلة]",
                    // "قفصه [الصدري]")
                    // (also a town with no page named before the one place that has one, its governorate: "بمعتمدية سيدي X
                    // من ولاية Y")
                    let townInPagedArea = e.places.count == 2 && ex.mentions[e.places[0]].type == .place && entity(a, e.places[0]) == nil
                        && entity(a, e.places[1]) != nil && Self.namedAsGovernorate(ex.mentions[e.places[1]], in: documents[a])
                    if r.placePhrase == nil,
                       let m = r.places.isEmpty ? e.places.first(where: { ex.mentions[$0].type == .place && entity(a, $0) == nil })
                        : (townInPagedArea ? e.places[0] : nil),
                       Self.standsWhole(ex.mentions[m], in: documents[a]),
                       // (an attack's place referred back by «المدينة» from the sentence before is no place as written:
                       // «مسجد المنشاوي في طنطا» beside the bombed church)
                       ex.mentions[m].sentence == e.sentence || (e.type != .attack && e.type != .airstrike) {
                        r.placePhrase = ex.mentions[m].surface
                    }
                    (r.actorName, r.targetName) = Self.namesWithoutPage(e, article: a, in: documents[a], ex, entityOf: entity)
                    // "حسين العباسي : نحن مستعدون …" over a lead's "قال الأمين العام للاتحاد …": an office that speaks in
                    // the article's first sentences is the person its headline quotes.
                    if e.type == .statement, e.sentence <= 2, let office = e.actorPhrase, DescribedRoles.namesAnOffice(office),
                       !r.actors.contains(where: { entities[$0].type == .person }), let p = headlineSpeaker(documents[a].title, personNamed) {
                        r.actors = [p]
                        r.actorName = nil
                    }
                    // "اختطاف شقيقه" under the headline "إرهابيون يختطفون شقيق مبروك السلطاني": whose, as the headline says.
                    if let phrase = r.targetPhrase, let whose = headlinePossessor(of: phrase, documents[a].title, personNamed) {
                        r.targetPhrase = whose
                    }
                    if e.type == .attack || e.type == .airstrike || e.type == .killing || e.type == .deployment,
                       let ent = demonyms.actor(after: e, article: a, in: documents[a], ex) {
                        r.demonymActor = ent
                        if !r.actors.contains(ent) { r.actors.append(ent) }
                        r.places.removeAll { $0 == ent }
                        r.targets.removeAll { $0 == ent }
                    }
                    // "يتوعد الجنود الأمريكيين": the country a demonym in the target names.
                    if e.type == .threat, r.targets.isEmpty, let phrase = e.targetPhrase, let ent = demonyms.country(inPhrase: phrase) {
                        r.targets = [ent]
                    }
                    if e.type == .statement || e.type == .threat, e.sentence < ex.sentences.count {
                        // What was said: the sentence's words without the speaker's and the date's.
                        var said = contentWords(of: ex.sentences[e.sentence].span, in: documents[a], ids: &wordIDs)
                        var speaker = r.actors.map { entities[$0].name } + [e.actorPhrase].compactMap { $0 }
                        if let d = e.date { speaker.append(ex.dates[d].text) }
                        for s in speaker { said.subtract(words(of: s, ids: &wordIDs)) }
                        r.words = said
                    }
                    r.entities = unique(r.places + r.actors + r.targets)
                    records.append(r)
                }
            }
            return (records, wordIDs)
        }
        return withSharedWordIDs(chunks)
    }

    /// The records of all the chunks, their words' class ids renumbered from each chunk's own table into one: chunk
    /// by chunk, each chunk's classes in the order it numbered them. That is the order one table numbering every
    /// article in turn gives them, so the ids are those of one job, and equal ids mean the same word in any two
    /// records (`EventClustering` compares the reports of a speaker by them).
    static func withSharedWordIDs(_ chunks: [(records: [EventRecord], wordIDs: StringIDs)]) -> [EventRecord] {
        if chunks.count == 1 { return chunks[0].records }
        var shared = StringIDs()
        var out: [EventRecord] = []
        out.reserveCapacity(chunks.reduce(0) { $0 + $1.records.count })
        for chunk in chunks {
            let ids = chunk.wordIDs
            var sharedClass = [Int](repeating: -1, count: ids.classCount)
            for s in ids.strings.indices where sharedClass[ids.classOf[s]] < 0 {
                sharedClass[ids.classOf[s]] = shared.cls(ids.strings[s])
            }
            for var r in chunk.records {
                if !r.words.isEmpty { r.words = Set(r.words.map { sharedClass[$0] }) }
                out.append(r)
            }
        }
        return out
    }

    /// The actor and target of a mention as written when no entity page names them: a person the clause names
    /// who got no page (the speaker of a report, who was arrested, killed or taken), an attacker or a killer the
    /// clause describes ("من طرف شاب", "على يد أعوان الأمن"), the force that made an arrest when it says which
    /// (`DescribedRoles.namesForce`), and a facility, unit or people an attack hit
    /// ("مقر حرس السواحل", "دورية أمنية", "عون أمن"), a speaker described by his office or body ("الوفد الحكومي",
    /// `DescribedRoles.describedSpeaker`). A name that may be cut or read inside a longer one is left out (`standsWhole`).
    static func namesWithoutPage(_ e: EventMention, article a: Int, in doc: Document, _ ex: DocumentExtraction,
                                 entityOf entity: (Int, Int) -> Int?) -> (actor: String?, target: String?) {
        // Only beside the phrase the event already has (a name without a page never makes an event), and only a
        // full name set apart by commas ("المديرة العامة للمرصد، نصاف بوعفيف،"): a name cut by the name finder
        // ("الرئيس التركي رجب طيب [أردوغان]") or a common noun read as one ("عون", "المدعو") has no page either.
        func unpaged(_ list: [Int], beside phrase: String?) -> String? {
            guard phrase != nil, list.allSatisfy({ entity(a, $0) == nil }), let m = list.first(where: { ex.mentions[$0].type == .person }),
                  ex.mentions[m].surface.split(separator: " ").count >= 2, standsWhole(ex.mentions[m], in: doc),
                  setApart(ex.mentions[m], in: doc) else { return nil }
            return ex.mentions[m].surface
        }
        var actor: String?, target: String?
        switch e.type {
        case .statement, .threat:
            actor = unpaged(e.actors, beside: e.actorPhrase)
            // "أكد الوفد الحكومي الذي واكب …": a speaker described without a name is the role as a title writes it.
            if actor == nil, e.type == .statement, e.actors.allSatisfy({ entity(a, $0) == nil }), let p = e.actorPhrase {
                actor = DescribedRoles.describedSpeaker(p)
            }
        case .killing, .arrest, .other:
            target = unpaged(e.targets, beside: e.targetPhrase)
            // (an arrest's force only when it says which: "السلطات الليبية", not "الوحدات الأمنية" of any report)
            if e.actors.allSatisfy({ entity(a, $0) == nil }) { actor = e.type == .arrest ? e.actorPhrase.flatMap(DescribedRoles.forceTitle) : e.actorPhrase }
        case .attack, .airstrike:
            if e.actors.allSatisfy({ entity(a, $0) == nil }) { actor = e.actorPhrase }
            if e.targets.allSatisfy({ entity(a, $0) == nil }), let p = e.targetPhrase, DescribedRoles.namesDescribedTarget(p) {
                target = DescribedRoles.titlePhrase(DescribedRoles.withoutClause(p))
            }
        default:
            break
        }
        return (actor, target)
    }

    /// Person entities by each of their names (matchKey form); a name two persons share names neither.
    /// (The names' match keys are made in parallel chunks; a name's entity does not depend on the order they are read in.)
    static func personsByName(_ entities: [Entity], jobs: Int) -> [String: Int] {
        let keys = ParallelChunks.map(entities.count, jobs: jobs) { range in
            range.map { i -> Set<String> in
                let e = entities[i]
                guard e.type == .person else { return [] }
                return Set(([e.name] + e.variants + e.aliases).filter(NameSpacing.hasSpace).map(ArabicNormalizer.matchKey))
            }
        }
        var out: [String: Int] = [:]
        for (i, names) in keys.joined().enumerated() {
            for n in names { out[n] = out[n] == nil ? i : -1 }
        }
        return out.filter { $0.value >= 0 }
    }

    /// The person a quote headline opens with ("حسين العباسي : نحن مستعدون …"): the two to four words before its
    /// colon when they are the full name of one person.
    static func headlineSpeaker(_ title: String?, _ personNamed: [String: Int]) -> Int? {
        guard let title, let colon = title.firstIndex(of: ":") else { return nil }
        let head = title[..<colon].split(whereSeparator: \.isWhitespace)
        guard head.count >= 2, head.count <= 4 else { return nil }
        return personNamed[ArabicNormalizer.matchKey(head.joined(separator: " "))]
    }

    /// A one-word phrase with a possessive pronoun ("شقيقه", "زوجته") written with its possessor in the headline
    /// ("… شقيق مبروك السلطاني"): the noun and the person's full name as the headline gives them.
    static func headlinePossessor(of phrase: String, _ title: String?, _ personNamed: [String: Int]) -> String? {
        guard let title, !phrase.contains(" "), let suffix = ["هما", "هم", "ها", "ه"].first(where: phrase.hasSuffix) else { return nil }
        var stem = String(phrase.dropLast(suffix.count))
        if stem.hasSuffix("ت") { stem = String(stem.dropLast()) + "ة" }  // "زوجته" → "زوجة"
        guard stem.count >= 2 else { return nil }
        let words = title.split { $0.isWhitespace || $0 == ":" }.map(String.init)
        let stemKey = ArabicNormalizer.matchKey(stem)
        for (i, w) in words.enumerated() where ArabicNormalizer.matchKey(w) == stemKey {
            for n in [3, 2] where i + n < words.count {
                let name = words[(i + 1)...(i + n)].joined(separator: " ")
                if personNamed[ArabicNormalizer.matchKey(name)] != nil { return w + " " + name }
            }
        }
        return nil
    }

    /// Whether a mention stands between commas (an apposition: "، نصاف بوعفيف،").
    static func setApart(_ mention: Mention, in doc: Document) -> Bool {
        guard mention.span.block < doc.blocks.count else { return false }
        let scalars = Array(doc.blocks[mention.span.block].unicodeScalars)
        guard mention.span.start <= scalars.count, mention.span.end <= scalars.count else { return false }
        let comma = { (s: Unicode.Scalar) in s == "،" || s == "," }
        let before = scalars[..<mention.span.start].last { $0 != " " }
        let after = scalars[mention.span.end...].first { $0 != " " }
        return before.map(comma) == true && after.map(comma) == true
    }

    /// The weekday a date expression states ("الثلاثاء", "الخميس 4 ماي"), if any.
    static func statedWeekday(_ text: String) -> Int? {
        guard let e = ArabicDateParser.parse(text).first else { return nil }
        if case .weekday(let w, _) = e.anchor { return w }
        return e.weekday
    }

    /// The words of four letters or more of a name or phrase, as class ids.
    static func words(of text: String, ids: inout StringIDs) -> Set<Int> {
        Set(text.split { !$0.isLetter }.filter { $0.count >= 4 }.map { ids.cls(ArabicNormalizer.matchKey(String($0))) })
    }

    /// The words of a sentence of four letters or more, as class ids (a rough content signature).
    /// Whether a place mention stands as a whole name: its last word is no connector that a name goes on after,
    /// and the word after it neither continues it ("سيدي علي بن عون") nor is a definite adjective or name that it
    /// may be the head of ("قفصه الصدري", "هنشير التلة").
    static func standsWhole(_ mention: Mention, in doc: Document) -> Bool {
        let words = mention.surface.split(separator: " ")
        guard let last = words.last, !NameConnectors.contains(ArabicNormalizer.matchKey(String(last))),
              mention.span.block < doc.blocks.count else { return false }
        // "منطقة أمن سوسة الشمالية الشابين": a side adjective closes a place's name
        if words.count >= 2, mention.type == .place, PlaceKinds.isSideAdjective(String(last)) { return true }
        let scalars = doc.blocks[mention.span.block].unicodeScalars
        guard mention.span.end <= scalars.count else { return false }
        var next = String.UnicodeScalarView()
        var i = scalars.index(scalars.startIndex, offsetBy: mention.span.end)
        while i < scalars.endIndex, scalars[i] == " " { i = scalars.index(after: i) }
        while i < scalars.endIndex, scalars[i].properties.isAlphabetic || scalars[i].properties.generalCategory == .nonspacingMark {
            next.append(scalars[i]); i = scalars.index(after: i)
        }
        let key = ArabicNormalizer.matchKey(String(next))
        return !(key.hasPrefix("ال") || key == "بن" || key == "ابن")
    }

    /// Whether a governorate noun stands right before the mention ("من ولاية نابل", "بولاية قسنطينة", "التابعة لولاية").
    static func namedAsGovernorate(_ mention: Mention, in doc: Document) -> Bool {
        guard mention.span.block < doc.blocks.count else { return false }
        let scalars = Array(doc.blocks[mention.span.block].unicodeScalars)
        var i = min(mention.span.start, scalars.count) - 1
        while i >= 0, scalars[i] == " " { i -= 1 }
        var word = String.UnicodeScalarView()
        while i >= 0, scalars[i].properties.isAlphabetic || scalars[i].properties.generalCategory == .nonspacingMark { i -= 1 }
        word.append(contentsOf: scalars[(i + 1)..<max(i + 1, min(mention.span.start, scalars.count))].filter { $0 != " " })
        var key = ArabicNormalizer.matchKey(String(word))
        for _ in 0..<2 where key.count > 5 && ["ب", "ل", "و", "ف"].contains(key.first!) { key.removeFirst() }
        return ["ولايه", "محافظه"].contains(key)
    }

    /// (each word the run of alphabetic scalars between two others, made into a string once: `isAlphabetic` answers the
    /// ASCII and Arabic letters without the scalar's properties, and a word's scalars appended one by one to a
    /// `String.UnicodeScalarView` cost ~320 instructions a scalar)
    static func contentWords(of span: TextSpan, in doc: Document, ids: inout StringIDs) -> Set<Int> {
        guard span.block < doc.blocks.count else { return [] }
        let scalars = ScalarString.scalars(of: doc.blocks[span.block])
        let lo = max(0, min(span.start, scalars.count)), hi = max(lo, min(span.end, scalars.count))
        var out = Set<Int>()
        var start = lo
        func flush(_ end: Int) {
            if end - start >= 4 { out.insert(ids.cls(ArabicNormalizer.matchKey(ScalarString.make(scalars[start..<end])))) }
        }
        for k in lo..<hi where !isAlphabetic(scalars[k]) {
            flush(k)
            start = k + 1
        }
        flush(hi)
        return out
    }

    /// `s.properties.isAlphabetic`, answered for ASCII and the Arabic letters U+0621…U+064A (all alphabetic) from the
    /// value.
    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0x0621 && v <= 0x064A { return true }
        return s.properties.isAlphabetic
    }

    /// Each element once, first occurrences in order.
    static func unique(_ list: [Int]) -> [Int] {
        if list.count < 2 { return list }
        var out: [Int] = []
        for x in list where !out.contains(x) { out.append(x) }
        return out
    }

    /// Events by (date, type, title); undated last. Same order as sorting by the tuple
    /// `(date?.iso ?? "9999", type, title)`, with each key computed once.
    static func sortedByDate(_ events: [Event]) -> [Event] {
        let iso = events.map { $0.date?.iso ?? "9999" }
        let plain = events.map { TextOrder.isPlain($0.title) }
        let order = events.indices.sorted { i, j in
            if iso[i] != iso[j] { return iso[i] < iso[j] }
            if events[i].type != events[j].type { return events[i].type < events[j].type }
            return TextOrder.less(events[i].title, events[j].title, plain: plain[i] && plain[j])
        }
        return order.map { events[$0] }
    }
}
