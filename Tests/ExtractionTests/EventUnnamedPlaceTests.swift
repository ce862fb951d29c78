import Testing
@testable import Extraction

/// The place of an arrest or a killing that the name finder left without a name, as written: the town a
/// security unit is based in, the place a governorate or delegation noun names; never an ordinary word,
/// where someone comes from, or a name that may go on.
@Suite struct EventUnnamedPlaceTests {
    func phrase(_ line: String, mentions: [(String, EntityType)] = []) -> String? {
        let ex = events([line], mentions: mentions)
        return ex.events.first?.placePhrase
    }

    @Test func theTownAUnitIsBasedIn() {
        let ex = events(["تمكن أعوان مركز الأمن الوطني بقرطوبة أمس من إيقاف شخص بتهمة ترويج المخدرات."])
        #expect(ex.events.first?.type == .arrest)
        #expect(ex.events.first?.placePhrase == "قرطوبة")
        #expect(ex.events.first?.places.isEmpty == true)
        #expect(phrase("تمكنت فرقة الشرطة العدلية بالزهراوية الإثنين من إيقاف كهل من أجل ترويج المخدرات.") == "الزهراوية")
    }

    @Test func aKnownTownTheNameFinderTookWithItsPreposition() {
        // the name finder found "بالقيروان" whole: the unit's seat is the town without the ب
        #expect(phrase("تمكنت فرقة شرطة النجدة بالقيروان صباح أمس من إيقاف شاب مفتش عنه.", mentions: [("بالقيروان", .place)]) == "القيروان")
        // a two-word name covering the seat is no clitic town
        #expect(phrase("تمكنت فرقة شرطة النجدة ببئر الزهراوية أمس من إيقاف شاب.", mentions: [("ببئر الزهراوية", .place)]) == nil)
    }

    @Test func thePlaceAnAreaNounNames() {
        #expect(phrase("قتلت قوات الجيش 5 إرهابيين في ولاية الزهراوية على بعد 100 كلم من العاصمة.") == "الزهراوية")
        #expect(phrase("تم أمس إيقاف شاب بمعتمدية قرطوبة، وفق مصدر أمني.") == "قرطوبة")
    }

    @Test func aTownThenItsGovernorate() {
        // "… بمعتمدية قرطوبة من ولاية الزهراوية": the governorate the town is in ends the town's name
        #expect(phrase("تمكنت وحدات الحرس الوطني بمعتمدية قرطوبة من ولاية الزهراوية، مساء اليوم، من إيقاف شخص مفتش عنه.") == "قرطوبة")
        #expect(phrase("تم أمس إيقاف شاب في مدينة قرطوبة ولاية الزهراوية بعد شكوى كيدية.") == "قرطوبة")
    }

    @Test func noOrdinaryWordOriginOrLongerName() {
        // "بالجهة" is a word, not a town
        #expect(phrase("تمكنت الوحدات الأمنية بالجهة من إيقاف شخص مفتش عنه.") == nil)
        // where he comes from is not where he was arrested
        #expect(phrase("تم أمس إيقاف شاب أصيل معتمدية الزهراوية بعد شكوى كيدية.") == nil)
        // a name that may go on is unsure
        #expect(phrase("تم أمس إيقاف شاب في مدينة قرطوبة الزهراوية بعد شكوى كيدية.") == nil)
        // a named place is the event's place, not a phrase
        let named = events(["تمكن أعوان مركز الأمن الوطني بقرطوبة من إيقاف شخص."], mentions: [("قرطوبة", .place)])
        #expect(named.events.first?.places.map { named.mentions[$0].surface } == ["قرطوبة"])
        #expect(named.events.first?.placePhrase == nil)
    }

    @Test func aPlaceFoundWithItsClitic() {
        // the name finder took "بالوادي" whole: still where the unit is
        let ex = events(["تمكنت فرقة شرطة النجدة بالوادي صباح اليوم من إلقاء القبض على شاب مفتش عنه."],
                        mentions: [("بالوادي", .place)])
        #expect(ex.events.first?.places.map { ex.mentions[$0].surface } == ["بالوادي"])
    }
}

@Suite struct EventUnnamedPlaceGuardTests {
    @Test func notAWordWithItsOwnBeOrAnotherPredicatesSeat() {
        let ex = events(["تمكن أعوان الحرس الوطني بقرطوبة صباح اليوم من القبض على شاب متهم بقتل فتاة."])
        #expect(ex.events.first { $0.type == .arrest }?.placePhrase == "قرطوبة")
        #expect(ex.events.first { $0.type == .killing }.map { $0.placePhrase == nil } ?? true)
        // "بناء على": a word, not ب and a name
        #expect(events(["وتحركت الوحدات الأمنية بناء على الأوصاف ومكنت من القبض على عنصرين."]).events.first?.placePhrase == nil)
    }
}

@Suite struct EventUnitSeatTests {
    @Test func aTownThatIsAlsoAWordAfterAUnit() {
        // "البحيرة" is a word (a lake) and a town: after a unit, before "من" of "تمكن … من", the town
        let ex = events(["تمكنت فرقة الشرطة العدلية بالبحيرة من إيقاف شخص متورط في قضايا سرقة."])
        #expect(ex.events.first?.placePhrase == "البحيرة")
        #expect(events(["تمكنت الوحدات الأمنية بالتنسيق مع الجيش من إيقاف شخص مفتش عنه."]).events.first?.placePhrase == nil)
    }

    @Test func theUnitAfterTheTrigger() {
        let ex = events(["تم القبض على شخص مفتش عنه من قبل الإدارة الفرعية للقضايا الإجرامية بقرطوبة."])
        #expect(ex.events.first?.placePhrase == "قرطوبة")
    }

    @Test func theAreaNounWhenTheUnitNamesNoTown() {
        let ex = events(["تمكنت قوات الأمن من إيقاف 4 أشخاص في مدينة الزهراوية، وفق بلاغ."])
        #expect(ex.events.first?.placePhrase == "الزهراوية")
    }
}
