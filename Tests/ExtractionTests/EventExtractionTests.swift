import ArabicDates
import Testing
@testable import Extraction

/// One block, one sentence per line; mentions given as (surface, type) found by text search.
func makeDoc(_ lines: [String], date: PartialDate? = nil, inferred: Bool = false,
             mentions names: [(String, EntityType)] = []) -> (Document, DocumentExtraction) {
    let doc = Document(id: "t", blocks: lines, date: date, dateIsInferred: inferred)
    var ex = DocumentExtraction()
    for (b, line) in lines.enumerated() {
        ex.sentences.append(Sentence(span: TextSpan(block: b, start: 0, end: line.unicodeScalars.count)))
        let scalars = Array(line.unicodeScalars)
        for (name, type) in names {
            let n = Array(name.unicodeScalars)
            var i = 0
            while i + n.count <= scalars.count {
                if Array(scalars[i..<(i + n.count)]) == n {
                    ex.mentions.append(Mention(span: TextSpan(block: b, start: i, end: i + n.count), sentence: b,
                                               surface: name, type: type, key: name))
                    i += n.count
                } else { i += 1 }
            }
        }
    }
    return (doc, ex)
}

extension DocumentExtraction {
    /// The first arrest or killing found: the events whose place the place-finding suites check.
    var firstArrestOrKilling: EventMention? { events.first { $0.type == .arrest || $0.type == .killing } }
    /// The surfaces of the places of `event`, as the site names them (none without an event).
    func placeSurfaces(of event: EventMention?) -> [String] { event?.places.map { mentions[$0].surface } ?? [] }
}

func events(_ lines: [String], date: PartialDate? = PartialDate(year: 2023, month: 5, day: 10),
            mentions: [(String, EntityType)] = []) -> DocumentExtraction {
    var (doc, ex) = makeDoc(lines, date: date, mentions: mentions)
    EventExtractor().extract(doc, into: &ex)
    return ex
}

/// What the event-dating suites share: a Sunday to date articles by, the day before it, and the dates the
/// events of one type took.
protocol EventDatingFixtures {}
extension EventDatingFixtures {
    /// Sunday 14 May 2023.
    var sunday: PartialDate { PartialDate(year: 2023, month: 5, day: 14) }
    var saturday: PartialDate { PartialDate(year: 2023, month: 5, day: 13) }

    func dates(of type: EventType, _ ex: DocumentExtraction) -> [PartialDate?] {
        ex.events.filter { $0.type == type }.map { $0.date.flatMap { ex.dates[$0].date } }
    }
}

@Suite struct EventExtractionTests {
    @Test func newsMediaAreNotActors() {
        let ex = events(["وذكرت صحيفة الأفق نقلا عن وكالة رويترز أن الحرس الوطني هدد باستهداف القاعدة."],
                        mentions: [("صحيفة الأفق", .organization), ("وكالة رويترز", .organization), ("الحرس الوطني", .organization)])
        let actors = ex.events.flatMap(\.actors).map { ex.mentions[$0].surface }
        #expect(actors == ["الحرس الوطني"])
        // an intelligence agency is not a news agency
        #expect(!EventLexicon.isMedia("وكالة الاستخبارات المركزية"))
        #expect(EventLexicon.isMedia("وكالة الأنباء العراقية") && EventLexicon.isMedia("رويترز") && EventLexicon.isMedia("قناة العهد"))
    }

    @Test func droneAttackWithPlaceDateAndCount() {
        let ex = events(["استهدفت طائرتان مسيرتان قاعدة الوادي يوم الاثنين بثلاثة صواريخ."], mentions: [("قاعدة الوادي", .place)])
        #expect(ex.events.count == 1)
        let e = ex.events[0]
        #expect(e.type == .attack)
        #expect(e.subtype == "drone-and-rocket")
        #expect(e.quantities.contains(EventQuantity(what: "rockets", value: 3)))
        #expect(e.places == [0])
        #expect(e.date.flatMap { ex.dates[$0].date } == PartialDate(year: 2023, month: 5, day: 8))
    }

    @Test func airstrikeAndKilledCount() {
        let ex = events(["شنت مقاتلات غارة جوية على بلدة النخيل أسفرت عن مقتل 7 مسلحين في 2 مايو 2023."], mentions: [("بلدة النخيل", .place)])
        #expect(ex.events.map(\.type) == [.airstrike])
        #expect(ex.events.first?.quantities.contains(EventQuantity(what: "killed", value: 7)) == true)
    }

    @Test func killedCountFromNouns() {
        let ex = events(["وقع انفجار أدى الهجوم إلى مقتل جندي فرنسي وجنديين ألمانيين قرب المعبر."])
        #expect(ex.events.first?.quantities.contains(EventQuantity(what: "killed", value: 3)) == true)
    }

    @Test func assassinationOfANamedPerson() {
        let ex = events(["أدى اغتيال القائد سمير الحداد بضربة بطائرة مسيرة في 4 مارس 2023 إلى توتر."],
                        mentions: [("سمير الحداد", .person)])
        #expect(ex.events.count == 1)
        #expect(ex.events.first?.type == .killing)
        #expect(ex.events.first?.targets == [0])
        #expect(ex.events.first?.subtype == "drone")
    }

    @Test func hypotheticalsAndNegationsAreNotEvents() {
        #expect(events(["وقال إنه سيتم استهداف القواعد إذا استمر القصف."]).events.isEmpty)
        #expect(events(["لم تتعرض القاعدة لأي هجوم منذ أشهر."]).events.isEmpty)
        #expect(events(["دعا المسؤول إلى تكثيف الهجمات على القوات."]).events.isEmpty)
    }

    @Test func threatContentIsNotAnEvent() {
        let ex = events(["توعد زعيم الحركة سالم النمر بقتل الجنود في البلاد يوم الأحد."], mentions: [("سالم النمر", .person)])
        #expect(ex.events.map(\.type) == [.threat])
    }

    @Test func causeAfterThreatIsAnEvent() {
        let ex = events(["هدد سالم النمر بالرد، ردا على قصف نفذته طائرات يوم الأحد الماضي على مخيم الريح."],
                        mentions: [("سالم النمر", .person), ("مخيم الريح", .place)])
        #expect(Set(ex.events.map(\.type)) == [.threat, .attack])
    }

    @Test func publishingIsNotDeployment() {
        #expect(events(["نشرت صحيفة محلية تقريرا عن الوضع يوم الأحد."]).events.isEmpty)
        #expect(events(["نشرت الحكومة قوات إضافية في المدينة يوم الأحد."]).events.map(\.type) == [.deployment])
    }

    @Test func statementNeedsSpeakerAndDate() {
        #expect(events(["قال المسؤول إن الوضع هادئ."]).events.isEmpty)
        let ex = events(["قال الوزير خالد العمر يوم الأحد إن الوضع هادئ."], mentions: [("خالد العمر", .person)])
        #expect(ex.events.map(\.type) == [.statement])
    }

    @Test func sameDayInheritsPreviousDate() {
        let ex = events(["تعرضت السفارة لهجوم فجر الثامن من أبريل.", "وفي اليوم نفسه، تعرض مطار الشمال لهجوم بطائرة مسيرة."],
                        mentions: [("مطار الشمال", .place)])
        #expect(ex.events.count == 2)
        #expect(ex.events.last.flatMap { $0.date }.flatMap { ex.dates[$0].date } == PartialDate(year: 2023, month: 4, day: 8))
    }

    @Test func theLeadsAttackIsTheArticlesNews() {
        let ex = events(["لقي عشرات الأشخاص مصرعهم في هجوم بسيارة مفخخة استهدفت قاعدة عسكرية بمدينة السهل."], mentions: [("مدينة السهل", .place)])
        let attack = ex.events.first { $0.type == .attack }
        #expect(attack?.date.flatMap { ex.dates[$0].date } == PartialDate(year: 2023, month: 5, day: 10))
        #expect(attack?.date.map { ex.dates[$0].inferred } == true)
    }

    @Test func anHourIsNoFutureVerb() {
        // "الساعات", "السابعة" read without their article look like سـ + a present verb; they are no plan
        let ex = events(["أعلنت الشرطة اعتقال منفذ عملية الدهس التي استهدفت المصلين في الساعات الأولى من اليوم الأربعاء."])
        #expect(ex.events.contains { $0.type == .attack && $0.date.flatMap { ex.dates[$0].date } == PartialDate(year: 2023, month: 5, day: 10) })
        let hour = events(["وأعلن الوزير خالد العمر عن تعرض مكتب المخابرات في مدينة السهل لهجوم إرهابي قبيل الساعة السابعة من صباح يوم الأربعاء."],
                          mentions: [("خالد العمر", .person), ("مدينة السهل", .place)])
        #expect(hour.events.contains { $0.type == .attack && $0.date.flatMap { hour.dates[$0].date } == PartialDate(year: 2023, month: 5, day: 10) })
    }

    @Test func inferredArticleDateFlagsRelativeDates() {
        var (doc, ex) = makeDoc(["صدر البيان الأحد 7 مايو 2023.", "وكان الهجوم قد وقع أمس على المعسكر."])
        EventExtractor().extract(doc, into: &ex)
        let yesterday = ex.dates.first { $0.text == "أمس" }
        #expect(yesterday?.date == PartialDate(year: 2023, month: 5, day: 6))
        #expect(yesterday?.inferred == true)
        #expect(ex.dates.first?.inferred == false)
    }
    @Test func theForcesPlaceIsWhereAnArrestOrKillingWas() {
        // a place inside the force's phrase is where it serves, never the actor of the arrest
        let arrest = events(["تمكنت فرقة الشرطة العدلية مدينة السهل أمس من القبض على شاب."], mentions: [("مدينة السهل", .place)])
        #expect(arrest.events.map(\.type) == [.arrest])
        #expect(arrest.events.first?.actors == [])
        #expect(arrest.events.first?.places == [0])
        // the unit that killed, with its place before the trigger
        let killing = events(["أفضت العملية التي قامت بها وحدات الأمن بمدينة السهل أمس إلى القضاء على ثلاثة إرهابيين."],
                             mentions: [("مدينة السهل", .place)])
        #expect(killing.events.map(\.type) == [.killing])
        #expect(killing.events.first?.places == [0])
    }

    @Test func describedPatientsEndAtTheirVerbOrReason() {
        let suspects = events(["قامت الوحدات الأمنية أمس بإيقاف 8 عناصر يشتبه في انتمائهم إلى تنظيم إرهابي."])
        #expect(suspects.events.first?.targetPhrase == "8 عناصر")
        let dangerous = events(["تمكنت الوحدات الأمنية أمس من القبض على شخص مصنف خطير جدا محل 17 منشور تفتيش."])
        #expect(dangerous.events.first?.targetPhrase == "شخص مصنف خطير جدا")
        let wanted = events(["تمكن الأعوان أمس من إيقاف أحد الأشخاص الصادرة في حقه برقيات تفتيش."])
        #expect(wanted.events.first?.targetPhrase == "أحد الأشخاص")
        let gang = events(["تمكن الأعوان أمس من إيقاف أحد أفراد العصابة."])
        #expect(gang.events.first?.targetPhrase == "أحد أفراد العصابة")
        let suspected = events(["تمكن الأعوان أمس من إيقاف 5 عناصر مشتبه في انتمائهم إلى تنظيم إرهابي."])
        #expect(suspected.events.first?.targetPhrase == "5 عناصر")
        let killed = events(["وقد تم أمس مقتل أحد المواطنين والتعدي على الممتلكات العامة."])
        #expect(killed.events.first?.targetPhrase == "أحد المواطنين")
    }

    @Test func aStreetNamedAfterACityIsNotThatCity() {
        let ex = events(["ألقت الشرطة أمس القبض على شاب بحي الرياض في مدينة السهل."], mentions: [("الرياض", .place), ("مدينة السهل", .place)])
        #expect(ex.events.map(\.type) == [.arrest])
        #expect(ex.events.first?.places == [1])
    }
}

/// «مسيرة» is a march or a drone: a drone after an aircraft noun or as an instrument, a march with a protest word.
@Suite struct MarchOrDroneTests {
    @Test func marchesAreNoDrones() {
        let march = events(["وخرج السكان في مسيرات منددة بالهجوم على الفندق في المنارة."], mentions: [("المنارة", .place)])
        #expect(march.events.allSatisfy { $0.subtype != "drone" })
        let drone = events(["استهدفت طائرة مسيرة قاعدة الوادي يوم الاثنين."], mentions: [("قاعدة الوادي", .place)])
        #expect(drone.events.first?.subtype == "drone")
        let instrument = events(["تعرضت قاعدة الوادي لهجوم بمسيرة يوم الاثنين."], mentions: [("قاعدة الوادي", .place)])
        #expect(instrument.events.first?.subtype == "drone")
    }
}

@Suite struct DualPronounPhraseTests {
    @Test func aDualKeepsItsPronoun() {
        let ex = events(["وتمكنت الوحدات الأمنية من إيقاف شخصين مشتبه فيهما في المحطة."])
        #expect(ex.events.first { $0.type == .arrest }?.targetPhrase == "شخصين مشتبه فيهما")
    }
}
