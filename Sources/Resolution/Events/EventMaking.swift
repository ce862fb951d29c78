import ArabicDates
import ArabicText
import Extraction

/// Turns kept clusters into `Event` values (sources, quantities, entities, title) and applies the
/// curated events.
struct EventMaking {
    let records: [EventRecord]
    let documents: [Document]
    let extractions: [DocumentExtraction]
    let corpus: ResolvedCorpus
    var places: PlaceIndex

    init(records: [EventRecord], documents: [Document], extractions: [DocumentExtraction], corpus: ResolvedCorpus,
         places: PlaceIndex) {
        self.records = records
        self.documents = documents
        self.extractions = extractions
        self.corpus = corpus
        self.places = places
    }

    func makeEvent(_ c: EventCluster) -> Event? {
        let ordered = c.records.map { records[$0] }.sorted { ($0.article, $0.sentence, $0.index) < ($1.article, $1.sentence, $1.index) }
        var sources: [EventSource] = []
        var quantities: [EventQuantity: [Int]] = [:]
        var subtypes: [String: Int] = [:]
        for r in ordered {
            let ex = extractions[r.article]
            let mention = ex.events[r.index]
            // (article, event) names one record, so every source is new
            let si = sources.count
            let dateText = mention.date.map { ex.dates[$0].text }.flatMap { $0.isEmpty ? nil : $0 }
            sources.append(EventSource(article: r.article, event: r.index, dateText: dateText))
            for q in mention.quantities where !(quantities[q]?.contains(si) ?? false) { quantities[q, default: []].append(si) }
            if let st = mention.subtype { subtypes[st, default: 0] += 1 }
        }
        // Most reported first; ties in the order the reports name them.
        func ranked(_ pick: (EventRecord) -> [Int]) -> [Int] {
            var count: [Int: Int] = [:]
            var first: [Int: Int] = [:]
            for r in ordered { for e in pick(r) { count[e, default: 0] += 1; if first[e] == nil { first[e] = first.count } } }
            return count.keys.sorted { (count[$1]!, first[$0]!) < (count[$0]!, first[$1]!) }
        }
        func rankedPhrase(_ pick: (EventRecord) -> String?) -> String? {
            var count: [String: Int] = [:]
            var order: [String] = []
            for r in ordered { if let p = pick(r), !p.isEmpty { if count[p] == nil { order.append(p) }; count[p, default: 0] += 1 } }
            return order.max { count[$0]! < count[$1]! || (count[$0]! == count[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
        }
        // Reported by several articles, a place or actor only one of them names is left out (a passing
        // mention in one report), as long as the others agree on at least one.
        let articleCount = Set(ordered.map(\.article)).count
        // Another article supports a place when it names it or a place sharing a word with it ("بغداد",
        // "مطار بغداد"); actors read from agent positions are kept when none is supported twice.
        func corroborated(_ list: [Int], _ pick: (EventRecord) -> [Int], keepAll: Bool = false) -> [Int] {
            guard articleCount >= 3 else { return list }
            let kept = list.filter { e in
                Set(ordered.filter { r in pick(r).contains { $0 == e || places.related($0, e) } }.map(\.article)).count >= 2
            }
            return kept.isEmpty && keepAll ? list : kept
        }
        var actors = corroborated(ranked { $0.actors }, \.actors, keepAll: true)
        // A city or a country is where an attack was, not what it hit ("هجوم في إسطنبول"), unless a facility
        // is named with it ("على قاعدة عين الأسد وأربيل").
        let allTargets = ranked { $0.targets }
        let isArea = { (e: Int) in self.corpus.entities[e].type == .place && self.places.kind(e) < .facility }
        let areaTargets = (c.type == .attack || c.type == .airstrike) && !allTargets.contains { corpus.entities[$0].type == .place && !isArea($0) }
            ? allTargets.filter(isArea) : []
        let targets = allTargets.filter { !areaTargets.contains($0) }
        // an actor (the country that struck) is not also where it happened
        var eventPlaces = corroborated(ranked { $0.places }, \.places).filter { !actors.contains($0) || targets.contains($0) }
        for p in areaTargets where !eventPlaces.contains(p) { eventPlaces.append(p) }
        // The actor a demonym or an agent phrase names comes first.
        let demonymActors = ranked { r in r.demonymActor.map { [$0] } ?? [] }
        if let d = demonymActors.first { actors.removeAll { $0 == d }; actors.insert(d, at: 0) }
        let subtype = subtypes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        let name = { (i: Int) in corpus.entities[i].name }
        // The most specific place (facility > city > region > country), then the most reported.
        let candidates = (targets.filter { corpus.entities[$0].type == .place } + eventPlaces).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        var placeForTitle = candidates.enumerated().max { a, b in
            (places.kind(a.element).rawValue, -a.offset) < (places.kind(b.element).rawValue, -b.offset)
        }?.element
        if let p = placeForTitle, eventPlaces.contains(p) { eventPlaces.removeAll { $0 == p }; eventPlaces.insert(p, at: 0) }
        // "مركز الأمن الوطني بطبلبة": a town the sources name in words the name finder left unnamed is the place
        // it has a page for, else plain text.
        var placeNames: [String] = []
        var titlePlaceName: String?
        if let phrase = rankedPhrase({ $0.placePhrase }), !targets.contains(where: { corpus.entities[$0].type == .place }) {
            if let e = places.place(named: phrase) {
                if !eventPlaces.contains(e) { eventPlaces.insert(e, at: 0) }
                if placeForTitle.map({ places.kind($0) < .city }) ?? true { placeForTitle = e }
            } else if !eventPlaces.contains(where: { name($0) == phrase }) {
                placeNames = [phrase]
                if placeForTitle.map({ places.kind($0) < .city }) ?? true { placeForTitle = nil; titlePlaceName = phrase }
            }
        }
        let mainActor = c.type == .airstrike || c.type == .attack || c.type == .deployment
            ? (demonymActors.first ?? actors.first { corpus.entities[$0].type != .person }) : actors.first
        let actorPhrase = rankedPhrase { $0.actorPhrase }
        // Who and whom as written where no entity page names them (most reported first).
        let actorName = actors.isEmpty ? rankedPhrase { $0.actorName } : nil
        let targetName = targets.isEmpty ? rankedPhrase { $0.targetName } : nil
        let traits = ordered.map(\.traits)
        var parts = EventTitles.Parts(type: c.type, subtype: subtype)
        parts.assassination = traits.filter(\.assassination).count * 2 >= traits.count
        if let a = mainActor {
            let n = name(a)
            parts.actorCountry = corpus.entities[a].type == .place ? (PlaceKinds.country(ofCapital: n) ?? n) : nil
            parts.actorIsPerson = corpus.entities[a].type == .person
            // "قائد سابق في الحرس الثوري": a role phrase around an organization says who better than its name.
            parts.actor = (c.type == .statement || c.type == .threat) && !parts.actorIsPerson ? (actorPhrase.map(DescribedRoles.titlePhrase) ?? n) : n
            // ("أعلنت وزارة الدفاع عن اعتقال …": a body that announced an arrest is no one it was made by)
            if c.type == .arrest, !DescribedRoles.opensWithForce(n) { parts.actor = nil }
        } else if let a = actorName, c.type == .statement || c.type == .threat {
            // "أكدت المديرة العامة للمرصد …، نصاف بوعفيف": the person named, though no page names her.
            parts.actor = a
            parts.actorIsPerson = true
        } else if c.type == .arrest {
            // (only a force that says which: an arrest's phrase otherwise is any report's "الوحدات الأمنية")
            parts.actor = actorName.map(DescribedRoles.titlePhrase)
        } else {
            parts.actor = actorPhrase.map(DescribedRoles.titlePhrase)
            parts.actorDescribed = c.type == .attack && actorPhrase != nil
        }
        var targetNames = targets.filter { c.type != .killing || corpus.entities[$0].type == .person }.map(name)
        if targetNames.isEmpty, let t = targetName, c.type == .arrest || c.type == .killing || c.type == .other {
            targetNames = [t]  // a person named, though no page names him ("اعتقال دونالد بيو")
        }
        // "يتوعد الجنود الأمريكيين": a threat's phrase says whom better than the country it names.
        let hitPhrase = { (p: String) in
            c.type == .attack || c.type == .airstrike ? DescribedRoles.titleTarget(p).map(DescribedRoles.titlePhrase) : p
        }
        if targetNames.isEmpty || c.type == .threat, let p = rankedPhrase({ $0.targetPhrase }).flatMap(hitPhrase),
           !eventPlaces.contains(where: { name($0) == p }), !areaTargets.contains(where: { name($0) == p }) {
            targetNames = [c.type == .arrest || c.type == .killing ? DescribedRoles.titlePhrase(EventTitles.indefinite(p)) : p]
        }
        if c.type == .meeting {
            // The parties in the order the first report names them.
            let first = ordered.first.map(\.actors) ?? []
            let inOrder = first + actors.filter { !first.contains($0) }
            if let a = inOrder.first { parts.actor = name(a) }
            // "السبسي" and "قايد السبسي" are one party spelled twice.
            let words = { (n: String) in Set(n.split(separator: " ").map { ArabicNormalizer.matchKey(String($0)) }) }
            let mainWords = words(inOrder.first.map(name) ?? "")
            parts.parties = inOrder.dropFirst().map(name).filter { words($0).isDisjoint(with: mainWords) }
            parts.counterpart = rankedPhrase { $0.targetPhrase }
            parts.collective = inOrder.first.map { a in
                corpus.entities[a].type == .organization && EventTitles.isCollective(corpus.entities[a].name)
            } ?? false
        } else {
            parts.targets = targetNames
        }
        if c.type == .clash { parts.parties = actors.filter { $0 != mainActor }.map(name) }
        parts.place = placeForTitle.map(name) ?? titlePlaceName
        if c.type == .deployment, let p = placeForTitle,
           let q = eventPlaces.first(where: { $0 != p && places.kind($0) >= .city && !places.same($0, p) }) {
            parts.place = name(q) + " و" + name(p)  // "في أربيل وقاعدة عين الأسد"
        }
        parts.placePreposition = placeForTitle.map { preposition(before: $0, in: ordered) } ?? "في"
        parts.killed = quantities.keys.filter { $0.what == "killed" }.map(\.value).max()
        parts.threatVerb = traits.compactMap(\.threatVerb).first
        parts.otherNoun = traits.compactMap(\.otherNoun).first
        parts.communique = traits.contains { $0.communique }
        parts.assault = traits.filter(\.assault).count * 2 > traits.count
        parts.firing = subtype == "gunfire" && traits.filter(\.firing).count * 2 > traits.count
        // "إطلاق الشرطة الفرنسية النار": a force that says which fires by name, as a page's would.
        if parts.firing, parts.actorDescribed, let force = actorPhrase.flatMap(DescribedRoles.forceTitle) {
            parts.actor = force
            parts.actorDescribed = false
        }
        guard let title = EventTitles.title(parts) else { return nil }
        var event = Event(id: "", title: title, type: c.type, subtype: subtype, date: c.date, dateInferred: c.inferred,
                          places: eventPlaces, actors: actors, targets: targets, sources: sources, quantities: quantities)
        event.placeNames = placeNames
        event.actorNames = actorName.map { [$0] } ?? []
        event.targetNames = targetName.map { [$0] } ?? []
        event.dateReported = c.date != nil && c.reported
        return event
    }

    /// "قرب" when a source writes "قرب <place>", else "في".
    private func preposition(before entity: Int, in records: [EventRecord]) -> String {
        for r in records {
            let mention = extractions[r.article].events[r.index]
            for m in mention.places + mention.targets where corpus.entityOfMention[r.article][m] == entity {
                let span = extractions[r.article].mentions[m].span
                let block = documents[r.article].blocks[span.block].unicodeScalars
                let lo = max(0, span.start - 6)
                let from = block.index(block.startIndex, offsetBy: lo)
                let window = block[from..<block.index(from, offsetBy: span.start - lo)]
                if window.allSatisfy(DemonymActors.standsAlone) {
                    // each scalar a character in NFC: `String.contains` is a scalar search
                    if Self.contains(window, "قرب") { return "قرب" }
                    if Self.contains(window, "على ") || Self.contains(window, "علي ") || Self.contains(window, "ضد ") { return "على" }
                } else {
                    let before = String(window)
                    if before.contains("قرب") { return "قرب" }
                    if before.contains("على ") || before.contains("علي ") || before.contains("ضد ") { return "على" }
                }
                // ("هجوم سوسة": a town or a country in construct with the attack is where it was, not what it hit)
                if mention.targets.contains(m), places.kind(entity) >= .facility { return "على" }
                // "قرب العاصمة الفرنسية باريس": the preposition before a place noun and its adjective.
                let wide = block.index(block.startIndex, offsetBy: max(0, span.start - 40))
                if Self.nearBeforeDescribedHead(String(block[wide..<block.index(block.startIndex, offsetBy: span.start)])) { return "قرب" }
            }
        }
        return "في"
    }

    /// Whether a text ends with "قرب <place noun> <adjective> " ("قرب العاصمة الفرنسية ").
    static func nearBeforeDescribedHead(_ before: String) -> Bool {
        var words = before.split(whereSeparator: { $0 == " " }).map { ArabicNormalizer.matchKey(String($0)) }
        guard let adjective = words.popLast(), adjective.hasPrefix("ال"), adjective.hasSuffix("يه") || adjective.hasSuffix("ي"),
              let head = words.popLast(), Self.placeHeads.contains(head) else { return false }
        return words.last.map { $0 == ArabicNormalizer.matchKey("قرب") || $0 == ArabicNormalizer.matchKey("بالقرب") } ?? false
    }

    static let placeHeads: Set<String> = Set(["العاصمة", "مدينة", "المدينة", "ولاية", "محافظة", "منطقة", "بلدة"].map(ArabicNormalizer.matchKey))

    private static func contains(_ text: Substring.UnicodeScalarView, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars), t = Array(text)
        guard t.count >= w.count else { return false }
        for i in 0...(t.count - w.count) where t[i..<(i + w.count)].elementsEqual(w) { return true }
        return false
    }

    /// A curated event overrides the title and date of the event with its type, a compatible date and a
    /// shared place (or no place), else it is added.
    static func applyCurated(_ curated: [CuratedEvent], to events: inout [Event], corpus: inout ResolvedCorpus) {
        let base = corpus.curatedEvents.count
        corpus.curatedEvents += curated
        guard !curated.isEmpty else { return }
        var keys = StringIDs()
        var byKey: [Int: Int] = [:]
        for (i, e) in corpus.entities.enumerated() {
            for n in [e.name] + e.variants + e.aliases {
                let k = keys.cls(ArabicNormalizer.matchKey(n))
                if byKey[k] == nil { byKey[k] = i }
            }
        }
        for (k, ce) in curated.enumerated() {
            let places = ce.places.compactMap { byKey[keys.cls(ArabicNormalizer.matchKey($0))] }
            let actors = ce.actors.compactMap { byKey[keys.cls(ArabicNormalizer.matchKey($0))] }
            let match = events.firstIndex { e in
                guard e.curated == nil, EventDateAnchoring.compatible(e.type, ce.type) else { return false }
                if let a = e.date, let b = ce.date, !a.isCompatible(with: b) { return false }
                return places.isEmpty || e.places.isEmpty || !Set(places).isDisjoint(with: e.places + e.targets)
            }
            if let i = match {
                events[i].title = ce.title
                if let d = ce.date { events[i].date = d; events[i].dateInferred = false; events[i].dateReported = false }
                events[i].type = ce.type
                events[i].curated = base + k
                for p in places where !events[i].places.contains(p) { events[i].places.append(p) }
                for a in actors where !events[i].actors.contains(a) { events[i].actors.append(a) }
            } else {
                events.append(Event(id: "", title: ce.title, type: ce.type, date: ce.date, places: places, actors: actors,
                                    curated: base + k))
            }
        }
    }
}
