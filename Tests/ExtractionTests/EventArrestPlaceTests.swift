import Testing
@testable import Extraction

/// Where an arrest was when its clause names a raid or the units that made it: the raid's place, every unit's
/// seat, the place «على مستوى» names, a digest's dateline; never a national unit's seat; the place of the incident
/// a killing resulted from. Made-up towns: قرطوبة, الزهراوية, الربوة.
@Suite struct EventArrestPlaceTests {
    func places(_ ex: DocumentExtraction) -> [String] { ex.placeSurfaces(of: ex.firstArrestOrKilling) }

    @Test func theRaidsPlaceNotTheUnitsSeat() {
        // the raid before the trigger names the town: not the unit's seat
        let before = events(["تمكنت الوحدات الأمنية بالربوة خلال مداهمة لمنزل بقرطوبة مساء أمس من إيقاف شاب مفتش عنه."],
                            mentions: [("الربوة", .place), ("قرطوبة", .place)])
        #expect(places(before) == ["قرطوبة"])
        // after the trigger, an unnamed town after an area noun, as written
        let after = events(["تمكنت مصالح الأمن بمنطقة الربوة اليوم من القبض على مروج مخدرات إثر مداهمة منزله بأحد أحياء مدينة الزهراوية."],
                           mentions: [("الربوة", .place)])
        #expect(places(after).isEmpty)
        #expect(after.firstArrestOrKilling?.placePhrase == "الزهراوية")
        // the governorate named right after the raid's town stays beside it
        let region = events(["تمكنت فرقة الحرس الوطني بالربوة إثر مداهمة منزل كائن بمعتمدية الزهراوية من ولاية الربوة من إيقاف شخص."],
                            mentions: [("الربوة", .place), ("الربوة", .place)])
        #expect(places(region) == ["الربوة"])
        #expect(region.firstArrestOrKilling?.placePhrase == "الزهراوية")
        // a raid that names no place leaves the seat
        let none = events(["تمكنت الوحدات الأمنية بالربوة بعد مداهمة منزل المتهم من إيقاف شاب مفتش عنه."], mentions: [("الربوة", .place)])
        #expect(places(none) == ["الربوة"])
    }

    @Test func everyUnitsSeatAndWhereTheLevelIs() {
        let joint = events(["تمكنت الوحدات الأمنية بقرطوبة والربوة في عمل مشترك ليلة البارحة من إيقاف متشدد ديني."],
                           mentions: [("قرطوبة", .place), ("الربوة", .place)])
        #expect(places(joint) == ["قرطوبة", "الربوة"])
        let level = events(["تمكنت وحدات الحرس البحري بالربوة على مستوى سواحل قرطوبة الليلة الماضية من إيقاف 9 أشخاص."],
                           mentions: [("الربوة", .place), ("قرطوبة", .place)])
        #expect(places(level) == ["الربوة", "قرطوبة"])
    }

    @Test func aNationalUnitsSeatIsNotWhere() {
        let ex = events(["قامت الفرقة الوطنية لمكافحة المخدرات التابعة للحرس الوطني بالربوة اليوم بإيقاف شاب."],
                        mentions: [("الربوة", .place)])
        #expect(ex.firstArrestOrKilling != nil)
        #expect(places(ex).isEmpty)
        #expect(ex.firstArrestOrKilling?.placePhrase == nil)
        // a local unit of the national guard is where it acts
        let local = events(["تمكنت وحدات الحرس الوطني بالربوة اليوم من إيقاف شاب."], mentions: [("الربوة", .place)])
        #expect(places(local) == ["الربوة"])
        let unnamed = events(["تمكنت الفرقة المركزية للشرطة العدلية بالزهراوية أمس من إيقاف كهل."])
        #expect(unnamed.firstArrestOrKilling?.placePhrase == nil)
        // where the network a national unit took apart was is no seat of the unit
        let network = events(["تمكنت الفرقة المركزية لمكافحة المخدرات من تفكيك شبكة تنشط بولاية الربوة وإيقاف شخصين."],
                             mentions: [("الربوة", .place)])
        #expect(places(network) == ["الربوة"])
    }

    @Test func aDigestsDatelineInTheSentence() {
        let ex = events(["قرطوبة : إيقاف عنصر بايع تنظيما إرهابيا عبر مواقع التواصل"], mentions: [("قرطوبة", .place)])
        #expect(places(ex) == ["قرطوبة"])
        // a place after the colon is not a dateline
        let inText = events(["وأضاف : تم إيقاف عنصر في الربوة"], mentions: [("الربوة", .place)])
        #expect(places(inText) == ["الربوة"])
    }

    @Test func aNameRunIntoACompassWordIsNoPlace() {
        let ex = events(["تمكنت قوات الأمن في منطقة قرطوبة بشمال البلاد من إيقاف شخص."], mentions: [("قرطوبة بشمال", .place)])
        #expect(ex.firstArrestOrKilling != nil)
        #expect(places(ex).isEmpty)
    }

    @Test func theIncidentAKillingResultedFrom() {
        let ex = events(["وقالت الوكالة إن عبوة ناسفة انفجرت على طريق في منطقة قرطوبة صباح اليوم، مما أدى إلى مقتل ثمانية عسكريين."],
                        mentions: [("قرطوبة", .place)])
        #expect(places(ex) == ["قرطوبة"])
        // the result verb opens the clause, its subject the incident
        let opening = events(["أدى انفجار سيارة مفخخة داخل سوق في شمال الربوة إلى مقتل 12 شخصا."], mentions: [("الربوة", .place)])
        #expect(places(opening) == ["الربوة"])
        // deaths in an accident (a crash, a stampede) are no killing at all, so they get no place either
        let crash = events(["وقالت الوكالة إن طائرة عسكرية تحطمت على جبل في منطقة قرطوبة صباح اليوم، مما أدى إلى مقتل ثمانية عسكريين."],
                           mentions: [("قرطوبة", .place)])
        #expect(crash.firstArrestOrKilling == nil)
    }

    @Test func aTownThatEndsTheSentence() {
        let ex = events(["وأضافت الوزارة أنه تم حجز أسلحة، في حين تم إيقاف عنصر دعم للجماعات الإرهابية بقرطوبة."])
        #expect(ex.firstArrestOrKilling?.placePhrase == "قرطوبة")
        // an ordinary word, or a word after a charge, is no town
        #expect(events(["وقد تم إيقاف عنصر دعم للجماعات الإرهابية بالجهة."]).firstArrestOrKilling?.placePhrase == nil)
        #expect(events(["وقد تم إيقاف شاب بتهمة الاتجار بقرطوبة."]).firstArrestOrKilling?.placePhrase == nil)
        // not far from the trigger
        #expect(events(["وقد تم إيقاف عنصر دعم للجماعات الإرهابية التي كانت تنشط في الجبال المحيطة منذ سنوات طويلة جدا بقرطوبة."]).firstArrestOrKilling?.placePhrase == nil)
    }

    @Test func wadhalikaTakesUpTheArrestAfterItsCharge() {
        let ex = events(["تمكنت فرقة الشرطة العدلية من إلقاء القبض على شاب صادر في حقه منشور تفتيش من أجل السرقة والعنف وذلك بمنطقة قرطوبة."],
                        mentions: [("قرطوبة", .place)])
        #expect(places(ex) == ["قرطوبة"])
        // without «وذلك» the place stays the charge's
        let charge = events(["تمكنت فرقة الشرطة العدلية من إلقاء القبض على شاب من أجل السرقة بمنطقة قرطوبة."],
                            mentions: [("قرطوبة", .place)])
        #expect(places(charge).isEmpty)
    }

    @Test func aTownBeforeAnotherPhrase() {
        let ex = events(["وقد ألقت الفرقة القبض على عنصرين من أفراد الخلية بمعتمدية الزهراوية وبالتحري معهما تبين أنهما يتواصلان."])
        #expect(ex.firstArrestOrKilling?.placePhrase == "الزهراوية")
    }

    @Test func aCourtsSeatIsNotWhere() {
        // the court a speaker speaks for, before the trigger, is not where the arrest was
        let speaker = events(["أعلن الناطق الرسمي باسم المحكمة الابتدائية بالربوة اليوم عن إيقاف عدد من عناصر المجموعة."],
                             mentions: [("الربوة", .place)])
        #expect(places(speaker).isEmpty)
        // nor the court that wanted the man, after it
        let wanted = events(["تمكنت فرقة الحرس الوطني اليوم من إلقاء القبض على عنصر مفتش عنه لفائدة المحكمة العسكرية الدائمة بالربوة."],
                            mentions: [("الربوة", .place)])
        #expect(places(wanted).isEmpty)
        // a unit's seat beside it still is
        let unit = events(["تمكنت الوحدات الأمنية بقرطوبة من إيقاف شاب مفتش عنه لفائدة النيابة العمومية بالربوة."],
                          mentions: [("قرطوبة", .place), ("الربوة", .place)])
        #expect(places(unit) == ["قرطوبة"])
        // nor the court of a ruling a clause the event is brought to names
        let ruling = events(["شهدت مدينة قرطوبة اليوم احتقانا على خلفية صدور حكم بمحكمة الاستئناف بالربوة على عون أطلق النار على شاب."],
                            mentions: [("قرطوبة", .place), ("الربوة", .place)])
        #expect(ruling.events.first { $0.type == .attack }.map { ruling.placeSurfaces(of: $0) } == ["قرطوبة"])
    }
}
