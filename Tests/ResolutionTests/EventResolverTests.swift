import ArabicDates
import Extraction
import Testing
@testable import Resolution

/// A corpus with one entity per name; each doc has one sentence and mentions of those names.
/// (`unpaged`: names found as mentions that get no entity page)
func resolveEvents(_ docs: [(lines: [String], date: PartialDate?, names: [(String, EntityType)])],
                   curated: [CuratedEvent] = [], unpaged: Set<String> = []) -> ResolvedCorpus {
    var corpus = ResolvedCorpus()
    var documents: [Document] = []
    var exs: [DocumentExtraction] = []
    var entityIndex: [String: Int] = [:]
    for (a, d) in docs.enumerated() {
        let doc = Document(id: "d\(a)", blocks: d.lines, date: d.date)
        var ex = DocumentExtraction()
        var ofMention: [Int?] = []
        for (b, line) in d.lines.enumerated() {
            ex.sentences.append(Sentence(span: TextSpan(block: b, start: 0, end: line.unicodeScalars.count)))
            let scalars = Array(line.unicodeScalars)
            for (name, type) in d.names {
                let n = Array(name.unicodeScalars)
                guard let i = (0...max(0, scalars.count - n.count)).first(where: { i in
                    i + n.count <= scalars.count && Array(scalars[i..<(i + n.count)]) == n }) else { continue }
                ex.mentions.append(Mention(span: TextSpan(block: b, start: i, end: i + n.count), sentence: b,
                                           surface: name, type: type, key: name))
                if unpaged.contains(name) { ofMention.append(nil); continue }
                if entityIndex[name] == nil {
                    entityIndex[name] = corpus.entities.count
                    corpus.entities.append(Entity(id: "e\(corpus.entities.count)", name: name, type: type))
                }
                ofMention.append(entityIndex[name])
            }
        }
        EventExtractor().extract(doc, into: &ex)
        documents.append(doc)
        exs.append(ex)
        corpus.entityOfMention.append(ofMention)
    }
    EventResolver().resolve(documents: documents, extractions: exs, corpus: &corpus, curated: curated)
    return corpus
}

@Suite struct EventResolverTests {
    let base = [("قاعدة الوادي", EntityType.place)]

    @Test func sameAttackInTwoArticlesMergesAndKeepsDifferentCounts() {
        let c = resolveEvents([
            (["أطلقت خمسة صواريخ على قاعدة الوادي في 3 مايو 2023."], nil, base),
            (["استهدف هجوم قاعدة الوادي بـ 14 صاروخا في 3 مايو 2023."], nil, base),
        ])
        #expect(c.events.count == 1)
        let e = c.events[0]
        #expect(e.sources.count == 2)
        #expect(e.date == PartialDate(year: 2023, month: 5, day: 3))
        #expect(e.quantities[EventQuantity(what: "rockets", value: 5)] == [0])
        #expect(e.quantities[EventQuantity(what: "rockets", value: 14)] == [1])
        #expect(e.title == "هجوم صاروخي على قاعدة الوادي")
        #expect(e.id == "2023-05-03-attack-qada-alwady")
    }

    @Test func aPlaceOnlyOneOfSeveralReportsNamesIsLeftOut() {
        let names: [(String, EntityType)] = [("قاعدة الوادي", .place), ("مدينة السهل", .place)]
        let c = resolveEvents([
            (["استهدف هجوم صاروخي قاعدة الوادي في 3 مايو 2023."], nil, names),
            (["هجوم صاروخي على قاعدة الوادي في 3 مايو 2023."], nil, names),
            (["هجوم صاروخي على قاعدة الوادي في 3 مايو 2023 قرب مدينة السهل."], nil, names),
        ])
        #expect(c.events.count == 1)
        #expect(c.events[0].places.map { c.entities[$0].name } == ["قاعدة الوادي"])
        // with two reports, both places stay
        let two = resolveEvents([
            (["استهدف هجوم صاروخي قاعدة الوادي في 3 مايو 2023."], nil, names),
            (["هجوم صاروخي على قاعدة الوادي في 3 مايو 2023 قرب مدينة السهل."], nil, names),
        ])
        #expect(two.events.count == 1)
        #expect(Set(two.events[0].places.map { two.entities[$0].name }) == ["قاعدة الوادي", "مدينة السهل"])
    }

    @Test func anUndatedDismissalIsNoEventButADatedOneAndAnUndatedKidnappingAre() {
        let minister = [("سامي الورغي", EntityType.person)]
        let undated = resolveEvents([(["وعلق النائب على قرار إقالة الوزير سامي الورغي."], nil, minister)])
        #expect(undated.events.isEmpty)
        let dated = resolveEvents([(["أعلنت الرئاسة يوم 3 مايو 2023 إقالة الوزير سامي الورغي."], nil, minister)])
        #expect(dated.events.map(\.type) == [.other])
        let kidnapping = resolveEvents([(["وقامت المجموعة باختطاف سامي الورغي قرب جبل المغيلة."], nil, minister)])
        #expect(kidnapping.events.map(\.type) == [.other])
    }

    @Test func incompatibleDatesStayApart() {
        let c = resolveEvents([
            (["أطلقت صواريخ على قاعدة الوادي في 3 مايو 2023."], nil, base),
            (["أطلقت صواريخ على قاعدة الوادي في 9 مايو 2023."], nil, base),
        ])
        #expect(c.events.count == 2)
        #expect(c.events.map(\.id) == ["2023-05-03-attack-qada-alwady", "2023-05-09-attack-qada-alwady"])
    }

    @Test func monthPreciseReportJoinsDayPreciseOne() {
        let c = resolveEvents([
            (["أطلقت صواريخ على قاعدة الوادي في 3 مايو 2023."], nil, base),
            (["أطلقت صواريخ على قاعدة الوادي في مايو 2023."], nil, base),
        ])
        #expect(c.events.count == 1)
        #expect(c.events.first?.date == PartialDate(year: 2023, month: 5, day: 3))
    }

    @Test func yearIsAnchoredFromAnotherArticle() {
        let person = [("سمير الحداد", EntityType.person)]
        let c = resolveEvents([
            (["أدى اغتيال سمير الحداد في 4 مارس 2019 إلى أزمة."], nil, person),
            (["أدى مقتل سمير الحداد في 4 مارس إلى أزمة.", "وفي 20 أبريل، أطلقت صواريخ على قاعدة الوادي."], nil, person + base),
        ])
        let killing = c.events.first { $0.type == .killing }
        #expect(killing?.sources.count == 2)
        #expect(killing?.date == PartialDate(year: 2019, month: 3, day: 4))
        let attack = c.events.first { $0.type == .attack }
        #expect(attack?.date == PartialDate(year: 2019, month: 4, day: 20))
        #expect(attack?.dateInferred == true)
    }

    @Test func curatedEventOverridesTitle() {
        let c = resolveEvents([(["أطلقت صواريخ على قاعدة الوادي في 3 مايو 2023."], nil, base)],
                              curated: [CuratedEvent(title: "هجوم الوادي", date: PartialDate(year: 2023, month: 5, day: 3),
                                                     type: .attack, places: ["قاعدة الوادي"])])
        #expect(c.events.count == 1)
        #expect(c.events.first?.title == "هجوم الوادي")
        #expect(c.events.first?.curated == 0)
    }
}

/// A town the sources name in words the name finder left unnamed: plain text, or the place page that has
/// that name.
@Suite struct EventUnnamedPlaceResolutionTests {
    @Test func aTownWithoutAPageIsPlainText() {
        let c = resolveEvents([(["تمكن أعوان مركز الأمن الوطني بقرطوبة أمس من إيقاف شخص بتهمة ترويج المخدرات."],
                                PartialDate(year: 2023, month: 5, day: 10), [])])
        #expect(c.events.count == 1)
        #expect(c.events.first?.placeNames == ["قرطوبة"])
        #expect(c.events.first?.places.isEmpty == true)
        #expect(c.events.first?.title == "اعتقال شخص على يد أعوان مركز الأمن الوطني في قرطوبة")  // the national force that says which
    }

    @Test func aTownWithoutAPageBeforeItsGovernorate() {
        // the raid's town has no page, its governorate has one: both, the town as written
        let c = resolveEvents([(["تمكنت فرقة الحرس الوطني إثر مداهمة منزل كائن بمعتمدية عين قرطوبة من ولاية الربوة من إيقاف شخص."],
                                PartialDate(year: 2023, month: 5, day: 10), [("عين قرطوبة", .place), ("الربوة", .place)])],
                              unpaged: ["عين قرطوبة"])
        #expect(c.events.first?.placeNames == ["عين قرطوبة"])
        #expect(c.events.first?.places.map { c.entities[$0].name } == ["الربوة"])
        // not before a place that is no governorate named so: the first name may be cut ("مستشفى قرطوبة [حشاد]")
        let cut = resolveEvents([(["تعرض ممرض بمستشفى قرطوبة حشاد بالربوة اليوم إلى الاعتداء بالعنف من طرف شاب."],
                                  PartialDate(year: 2023, month: 5, day: 10), [("مستشفى قرطوبة", .place), ("الربوة", .place)])],
                                unpaged: ["مستشفى قرطوبة"])
        #expect(cut.events.allSatisfy { $0.placeNames.isEmpty })
        #expect(cut.events.contains { $0.places.map { cut.entities[$0].name } == ["الربوة"] })
    }

    @Test func aTownWithAPageIsLinked() {
        let c = resolveEvents([
            (["تمكن أعوان مركز الأمن الوطني بقرطوبة أمس من إيقاف شخص بتهمة ترويج المخدرات."], PartialDate(year: 2023, month: 5, day: 10), []),
            (["افتتح الوزير أمس معرضا في مدينة قرطوبة."], PartialDate(year: 2023, month: 5, day: 12), [("قرطوبة", .place)]),
        ])
        let arrest = c.events.first { $0.type == .arrest }
        #expect(arrest?.placeNames.isEmpty == true)
        #expect(arrest?.places.map { c.entities[$0].name } == ["قرطوبة"])
    }
}
