import ArabicDates
import Testing
@testable import Extraction

/// Places of arrests and killings the name finder left without a mention: the title's dateline as written when the
/// text names it where a place stands (or the lexicon knows it), a unit's seat before an adjunct; and places that
/// are not where the arrest was: where the arrested were sent or meant to go. Made-up towns: قرطوبة, الزهراوية, الربوة.
@Suite struct EventDatelineWrittenTests {
    let day = PartialDate(year: 2023, month: 5, day: 10)

    func arrests(_ lines: [String], title: String, mentions: [(String, EntityType)] = []) -> [EventMention] {
        var (doc, ex) = makeDoc(lines, date: day, mentions: mentions)
        doc.title = title
        EventExtractor().extract(doc, into: &ex)
        return ex.events.filter { $0.type == .arrest }
    }

    @Test func aDatelineTheTextNamesWhereAPlaceStands() {
        let next = "وفي سياق متصل تم إيقاف شخصين بالجهة أيضا من أجل السرقة."
        // a unit's seat, a town in its governorate, a coast
        for first in ["تمكنت الوحدات الأمنية بقرطوبة من حجز سيارة مسروقة.", "جرت حملة أمنية في قرطوبة من ولاية الربوة.",
                      "تم إحباط عملية إبحار خلسة من سواحل قرطوبة."] {
            let found = arrests([first, next], title: "قرطوبة : حجز سيارة مسروقة", mentions: [("الربوة", .place)])
            #expect(found.map(\.placePhrase) == ["قرطوبة"], "\(first)")
        }
        // a name the text gives no place's slot, or a person's, is no place
        #expect(arrests(["وقال قرطوبة إن الوضع مستقر.", next], title: "قرطوبة : الوضع مستقر").map(\.placePhrase) == [nil])
        #expect(arrests(["وقال سامي الهادي في قرطوبة إن الوضع مستقر.", next], title: "سامي الهادي : الوضع مستقر",
                        mentions: [("سامي الهادي", .person)]).map(\.placePhrase) == [nil])
    }

    @Test func aDatelineTheLexiconKnows() {
        let found = arrests(["وقد تم إيقاف 11 شخصا من بينهم 3 فتيات."], title: "قابس : إيقاف 11 شخصا")
        #expect(found.map(\.placePhrase) == ["قابس"])
        // a clause's own unnamed place stays
        let own = arrests(["وقد تم إيقاف 11 شخصا بمعتمدية قرطوبة."], title: "قابس : إيقاف 11 شخصا")
        #expect(own.map(\.placePhrase) == ["قرطوبة"])
    }

    @Test func whereTheArrestedWereSentIsNotWhere() {
        let sent = events(["وقد تم إيقاف شخصين وإحالتهما إلى فرقة مكافحة الإرهاب بالربوة لمزيد البحث."], mentions: [("الربوة", .place)])
        #expect(sent.events.first { $0.type == .arrest }?.places == [])
        let joining = events(["تم إيقاف عنصرين كانا يستعدان للالتحاق بالجماعات الإرهابية بالربوة."], mentions: [("الربوة", .place)])
        #expect(joining.events.first { $0.type == .arrest }?.places == [])
        // a place before the referral stays; a transfer word with no إلى is no referral
        let before = events(["وقد تم إيقاف شخصين بقرطوبة وإحالتهما إلى النيابة بالربوة."], mentions: [("قرطوبة", .place), ("الربوة", .place)])
        #expect(before.events.first { $0.type == .arrest }.map { $0.places.map { before.mentions[$0].surface } } == ["قرطوبة"])
        let carrying = events(["تم إيقاف شاب أثناء نقله كمية من البنزين بالربوة."], mentions: [("الربوة", .place)])
        #expect(carrying.events.first { $0.type == .arrest }.map { $0.places.map { carrying.mentions[$0].surface } } == ["الربوة"])
    }

    @Test func aUnitsSeatBeforeAnAdjunctAndADelegationsName() {
        let seat = events(["تمكن أعوان مركز الأمن الوطني بالزهراوية على إثر شكاية تقدم بها تاجر من إيقاف شخص."])
        #expect(seat.events.first { $0.type == .arrest }?.placePhrase == "الزهراوية")
        // a delegation's name that is also an ordinary word
        let delegation = events(["وقد ألقت الفرقة القبض على عنصرين بمعتمدية النصر وبالتحري معهما تبين أنهما يتواصلان."])
        #expect(delegation.events.first { $0.type == .arrest }?.placePhrase == "النصر")
    }

    @Test func theCoastOfTheArrestBesideTheUnitsSeat() {
        let level = events(["تمكنت وحدات الحرس البحري بالربوة على مستوى سواحل الزهراوية خلال الليلة الماضية من إيقاف 19 شخصا."],
                           mentions: [("الربوة", .place)])
        #expect(level.events.first { $0.type == .arrest }?.placePhrase == "الزهراوية")
        // where a crossing was to start from is not where it was stopped
        let from = events(["تمكنت وحدات الحرس البحري بالربوة من إيقاف 19 شخصا خططوا للإبحار خلسة انطلاقا من سواحل الزهراوية."],
                          mentions: [("الربوة", .place)])
        #expect(from.events.first { $0.type == .arrest }?.placePhrase == nil)
    }

    @Test func whatTheArrestedWereDoingAndWhere() {
        let ex = events(["تمكنت الوحدات الأمنية بالربوة من القبض على عنصرين كانا يقومان برصد تحركات الأمنيين بقرطوبة."],
                        mentions: [("الربوة", .place), ("قرطوبة", .place)])
        #expect(ex.events.first { $0.type == .arrest }.map { $0.places.map { ex.mentions[$0].surface } } == ["الربوة"])
        // caught in the act: where they were
        let act = events(["تم القبض على عنصرين كانا بصدد التنقيب عن الآثار بقرطوبة."], mentions: [("قرطوبة", .place)])
        #expect(act.events.first { $0.type == .arrest }.map { $0.places.map { act.mentions[$0].surface } } == ["قرطوبة"])
    }

    @Test func aPlaceAtTheLevelOfAStreetIsNoTarget() {
        let ex = events(["استهدفت العملية الإرهابية حافلة للأمن الرئاسي على مستوى شارع الربوة عشية أمس."], mentions: [("شارع الربوة", .place)])
        let attack = ex.events.first { $0.type == .attack }
        #expect(attack?.targets == [])
        #expect(attack.map { $0.places.map { ex.mentions[$0].surface } } == ["شارع الربوة"])
    }

    @Test func aTwoWordTownAfterAToponymHead() {
        let seat = events(["تمكن أعوان مركز الحرس الوطني بسيدي الزهراوي، ليلة البارحة، من إيقاف شخصين."])
        #expect(seat.events.first { $0.type == .arrest }?.placePhrase == "سيدي الزهراوي")
        // a name that may go on is unsure
        let longer = events(["تمكن أعوان مركز الحرس الوطني بسيدي علي الزهراوي ليلة البارحة من إيقاف شخصين."])
        #expect(longer.events.first { $0.type == .arrest }?.placePhrase == nil)
    }

    @Test func aTwoWordTownAfterAnAreaNoun() {
        // a word and a definite word that ends the name, after an area noun with its ب
        for (line, place) in [("تم أمس إيقاف 3 أشخاص بمدينة قرطوبة الصغرى، وفق مصدر أمني.", "قرطوبة الصغرى"),
                              ("تمكن الأعوان من إيقاف منحرف خطير بجهة غار الربوة.", "غار الربوة"),
                              ("تمكن الأعوان من إيقاف منحرف خطير بجهة قرطوبة الغربية.", "قرطوبة الغربية")] {
            #expect(events([line]).events.first { $0.type == .arrest }?.placePhrase == place, "\(line)")
        }
        // a description is not a name, nor a name that may go on
        for line in ["تمكن الأعوان من إيقاف منحرف خطير بمنطقة الحدود الزهراوية.",
                     "تمكن الأعوان من إيقاف منحرف خطير بجهة غار الربوة الزهراوي البعيد.",
                     "تمكنت الوحدات العاملة بالمنطقة الحدودية العازلة من إيقاف منحرف خطير.",
                     "تم إيقاف شخصين من الأجانب المقيمين بجهة غار الربوة."] {
            #expect(events([line]).events.first { $0.type == .arrest }?.placePhrase == nil, "\(line)")
        }
        // one word and the delegation it belongs to
        let belonging = events(["تمكن الأعوان من إيقاف منحرف خطير بمنطقة قرطوبة التابعة لمعتمدية الربوة."])
        #expect(belonging.events.first { $0.type == .arrest }?.placePhrase == "قرطوبة")
        // a unit's seat after a head of two-word Maghreb names («رأس», «شط»)
        let seat = events(["تمكن جيش البحر المتمركز بنقطة الرصد برأس قرطوبة، مساء أمس، من إيقاف 4 أشخاص."])
        #expect(seat.events.first { $0.type == .arrest }?.placePhrase == "رأس قرطوبة")
        // the unit found as an organization's name
        let named = events(["تمكن العنصر المتقدم لجيش البحر المتمركز بنقطة الرصد برأس قرطوبة، مساء أمس، من إيقاف 4 أشخاص."],
                           mentions: [("جيش البحر", .organization)])
        #expect(named.events.first { $0.type == .arrest }?.placePhrase == "رأس قرطوبة")
        // not a national unit's seat
        let national = events(["تمكنت الفرقة الوطنية للأبحاث المتمركزة برأس قرطوبة من إيقاف 4 أشخاص."],
                              mentions: [("الفرقة الوطنية للأبحاث", .organization)])
        #expect(national.events.first { $0.type == .arrest }?.placePhrase == nil)
    }

    @Test func aTownBeforeTheReportsSource() {
        let ex = events(["تمكن الجيش أمس من القضاء على عنصرين إرهابيين بقرطوبة، وفق بلاغ لوزارة الدفاع."])
        #expect(ex.events.first { $0.type == .killing }?.placePhrase == "قرطوبة")
        // an ordinary word before the source is none
        let word = events(["تمكن الجيش أمس من القضاء على عنصرين إرهابيين بالجبال، وفق بلاغ لوزارة الدفاع."])
        #expect(word.events.first { $0.type == .killing }?.placePhrase == nil)
    }

    @Test func theAttackAKillingResultedFrom() {
        let ex = events(["فجر انتحاري شاحنة ملغومة في سوق شعبي بمدينة الربوة مما أسفر عن مقتل 15 شخصا."], mentions: [("الربوة", .place)])
        #expect(ex.events.first { $0.type == .killing }.map { $0.places.map { ex.mentions[$0].surface } } == ["الربوة"])
    }
}
