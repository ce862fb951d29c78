import ArabicDates
import Testing
@testable import Extraction

/// The town of a local report named inside its governorate («بقرطوبة من ولاية الربوة») is the event's place
/// as written even when the governorate has a page; foreign areas after an area noun and a title's dateline
/// the text names after an area noun are places as written too. Made-up towns: قرطوبة, الزهراوية, الربوة.
@Suite struct EventTownPlaceTests {
    func places(_ ex: DocumentExtraction) -> [String] { ex.placeSurfaces(of: ex.firstArrestOrKilling) }

    @Test func aUnitsTownInItsGovernorate() {
        let ex = events(["تمكنت وحدات الأمن الوطني بقرطوبة من ولاية الربوة خلال حملة أمنية أمس من إيقاف 12 مفتشا عنهم."],
                        mentions: [("الربوة", .place)])
        #expect(places(ex) == ["الربوة"])
        #expect(ex.firstArrestOrKilling?.placePhrase == "قرطوبة")
        // "التابعة لولاية": the governorate the unit's area belongs to
        let area = events(["وأضاف أن أعوان الحرس الوطني بمنطقة الزهراوية التابعة لولاية الربوة قاموا اليوم بإيقاف شخصين."],
                          mentions: [("الربوة", .place)])
        #expect(area.firstArrestOrKilling?.placePhrase == "الزهراوية")
        // a definite town right before the governorate noun
        let seat = events(["أمكن لأعوان منطقة الأمن الوطني بالزهراوية ولاية الربوة القبض على منحرف خطير."], mentions: [("الربوة", .place)])
        #expect(seat.firstArrestOrKilling?.placePhrase == "الزهراوية")
    }

    @Test func aTownNamedOtherwiseBlocksNothingNew() {
        // a place named by a preposition, not as a governorate, is the place; no phrase is looked for
        let ex = events(["تمكنت وحدات الأمن الوطني بقرطوبة من إيقاف شخص بمدينة الربوة."], mentions: [("الربوة", .place)])
        #expect(places(ex) == ["الربوة"])
        #expect(ex.firstArrestOrKilling?.placePhrase == nil)
        // a governorate that is where he comes from gives no town either
        let origin = events(["تم أمس إيقاف شاب أصيل قرطوبة من ولاية الربوة."], mentions: [("الربوة", .place)])
        #expect(origin.firstArrestOrKilling?.placePhrase == nil)
    }

    @Test func aForeignAreaEndedByAConnectiveOrADemonym() {
        let ex = events(["انتهت عملية احتجاز الرهائن التي نفذها مسلحان صباح اليوم بكنيسة في إقليم قرطوبة وذلك بمقتل منفذي العملية."])
        #expect(ex.firstArrestOrKilling?.placePhrase == "قرطوبة")
        let county = events(["أعلنت الشرطة اعتقال المطلوب لديها بمقاطعة قرطوبة بولاية الربوة مؤكدة أن العملية تمت بسرعة."])
        #expect(county.firstArrestOrKilling?.placePhrase == "قرطوبة")
        // where the man arrested lives is no place of the arrest: the unit's seat is
        let home = events(["تمكنت فرقة الحرس الوطني بقرطوبة أمس من القبض على عنصر يقطن بجهة الزهراوية من ولاية الربوة."],
                          mentions: [("الربوة", .place)])
        #expect(home.firstArrestOrKilling?.placePhrase == "قرطوبة")
        // where the announcing police serve, before the trigger, is not where the arrest was
        let police = events(["أعلنت شرطة المدينة بولاية الزهراوية الأمريكية اعتقال المطلوب لديها بمقاطعة قرطوبة بولاية الربوة."])
        #expect(police.firstArrestOrKilling?.placePhrase == "قرطوبة")
        let state = events(["تم أمس القبض على شاب في ولاية قرطوبة الأمريكية بعد أن نام في المنزل."])
        #expect(state.firstArrestOrKilling?.placePhrase == "قرطوبة")
        // a name that goes on is unsure
        #expect(events(["تم أمس القبض على شاب في ولاية قرطوبة الجديدة بعد أن نام في المنزل."]).firstArrestOrKilling?.placePhrase == nil)
    }

    @Test func theTownOfAnAttackedPost() {
        let ex = events(["وتم قطع الطريق إضافة إلى هجوم بالحجارة على مركز الحرس بالزهراوية حسب ما أفادنا به مراسلنا."])
        #expect(ex.events.first { $0.type == .attack }?.placePhrase == "الزهراوية")
        // a town after a target that is no post is no seat
        let home = events(["وتم قطع الطريق إضافة إلى هجوم بالحجارة على منزل المواطن بالزهراوية حسب ما أفادنا به مراسلنا."])
        #expect(home.events.first { $0.type == .attack }?.placePhrase == nil)
    }

    @Test func theDatelineTheTextNamesAfterAnAreaNoun() {
        let lines = ["انشغل لص تسلل إلى منزل في ولاية قرطوبة الأمريكية بإعداد وجبة.", "وقد ألقت الشرطة القبض على شاب بعد أن نام."]
        var (doc, ex) = makeDoc(lines, date: PartialDate(year: 2023, month: 5, day: 10))
        doc.title = "قرطوبة : لص يتسلل إلى منزل"
        EventExtractor().extract(doc, into: &ex)
        #expect(ex.firstArrestOrKilling?.placePhrase == "قرطوبة")
        // the clause itself names the dateline after an area noun, and the name goes on into a known name
        var (own, exo) = makeDoc(["تمكنت الوحدات الأمنية بمنطقة حمام الربوة أمس من إيقاف شابين."],
                                 date: PartialDate(year: 2023, month: 5, day: 10), mentions: [("الربوة", .place)])
        own.title = "حمام الربوة : شابان يسلبان عسكريا"
        EventExtractor().extract(own, into: &exo)
        #expect(exo.firstArrestOrKilling?.placePhrase == "حمام الربوة")
        // a dateline the text does not name after an area noun is no place
        var (plain, ex2) = makeDoc(["انشغل لص تسلل إلى منزل بإعداد وجبة عند قرطوبة.", "وقد ألقت الشرطة القبض على شاب بعد أن نام."],
                                   date: PartialDate(year: 2023, month: 5, day: 10))
        plain.title = "قرطوبة : لص يتسلل إلى منزل"
        EventExtractor().extract(plain, into: &ex2)
        #expect(ex2.firstArrestOrKilling?.placePhrase == nil)
    }

    /// A town right before a governorate the event already takes as its place is kept beside it, whatever else
    /// found that governorate: another place of the clause, a trigger between the unit and the arrest.
    @Test func theTownBeforeTheGovernorateTheEventTakes() {
        // another place of the clause keeps the unit's town from being looked for by the unit's seat
        let ex = events(["اضطرت الوحدات الأمنية اليوم، بمدينة قرطوبة من ولاية الربوة إلى تفريق محتجين أغلقوا الطريق على مستوى منطقة الزهراوية، وإيقاف 12 شخصا منهم."],
                        mentions: [("الربوة", .place), ("الزهراوية", .place)])
        #expect(places(ex) == ["الربوة", "الزهراوية"])
        #expect(ex.firstArrestOrKilling?.placePhrase == "قرطوبة")
        // a toponym's two words before «من ولاية», for a killing
        let mountain = events(["تمكنت قوات الجيش اليوم من القضاء على عنصرين إرهابيين بالقرب من جبل قرطوبة من ولاية الربوة."],
                              mentions: [("الربوة", .place)])
        #expect(mountain.firstArrestOrKilling?.placePhrase == "جبل قرطوبة")
        // the unit's seat with its ب, when a «القضاء على» of another sense stands between the unit and the arrest
        let seat = events(["أكدت الوزارة أن أعوان منطقة الأمن الوطني بالزهراوية من ولاية الربوة تمكنوا في إطار القضاء على المظاهر المخلة بالأمن من القبض على عنصر خطير."],
                          mentions: [("الربوة", .place)])
        #expect(seat.firstArrestOrKilling?.placePhrase == "الزهراوية")
    }

    @Test func noTownBeforeTheGovernorateWhenNoneIsWrittenAsAPlace() {
        // a person, an ordinary word or where he comes from before «من ولاية» is no town
        let people = events(["تمكنت وحدات الحرس من القبض على شاب من ولاية الربوة."], mentions: [("الربوة", .place)])
        #expect(people.firstArrestOrKilling?.placePhrase == nil)
        let origin = events(["تمكنت وحدات الحرس بالمدينة من القبض على شاب يقطن بقرطوبة من ولاية الربوة."], mentions: [("الربوة", .place)])
        #expect(origin.firstArrestOrKilling?.placePhrase == nil)
        // a governorate named by a preposition, not as a governorate, brings no town
        let plain = events(["تمكنت وحدات الحرس من القبض على شاب قرطوبة في الربوة."], mentions: [("الربوة", .place)])
        #expect(plain.firstArrestOrKilling?.placePhrase == nil)
        // a noun in construct with the governorate's noun is no town («بأحواز ولاية X»: its outskirts)
        let outskirts = events(["تمكن أعوان الشرطة اليوم من إيقاف شخص فار وذلك بقرطوبة ولاية الربوة."], mentions: [("الربوة", .place)])
        #expect(outskirts.firstArrestOrKilling?.placePhrase == nil)
        // where protests followed the arrest is not where it was
        let protest = events(["وخلف إيقاف البحارة احتجاجات لدى أهاليهم خاصة بمعتمدية قرطوبة من ولاية الربوة."], mentions: [("الربوة", .place)])
        #expect(protest.firstArrestOrKilling?.placePhrase == nil)
        // where the reporter is
        let reporter = events(["أفاد مراسل \"إذاعة الأفق\" بقرطوبة من ولاية الربوة بأن حملة أمنية أسفرت عن إيقاف مفتش عنه."], mentions: [("الربوة", .place)])
        #expect(reporter.firstArrestOrKilling?.placePhrase == nil)
    }

    /// A town in ب after an area noun is not cut to «قرطوبة», and a place of the event before it that says where more closely
    /// keeps its word.
    @Test func theTownAfterAnAreaNounAndACloserPlace() {
        let area = events(["تمكنت الوحدة المختصة من القضاء على عنصر إرهابي خطير ليلة الثلاثاء، بجهة بقرطوبة من ولاية الربوة."],
                          mentions: [("الربوة", .place)])
        // (a word in ب after an area noun is unsure, «بجهة برقو»: never the name cut of its first letter)
        #expect(area.firstArrestOrKilling?.placePhrase == nil)
        let closer = events(["جد شجار مساء أمس بمنطقة الزهراوية من معتمدية قرطوبة بولاية الربوة أسفر عن مقتل شاب."],
                            mentions: [("الزهراوية", .place), ("الربوة", .place)])
        #expect(places(closer) == ["الزهراوية", "الربوة"])
        #expect(closer.firstArrestOrKilling?.placePhrase == nil)
    }
}
