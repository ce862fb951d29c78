import Extraction
import Testing
@testable import Resolution

/// The force that arrested or fired is the event's actor when it says which force it is («السلطات المغربية»,
/// «الشرطة الألمانية», «وحدات الحرس الوطني»), never a force any report may mean («الوحدات الأمنية»).
@Suite struct EventForceActorTests {
    func event(_ line: String, _ type: EventType, _ names: [(String, EntityType)] = []) -> Event? {
        resolveEvents([([line], nil, names)]).events.first { $0.type == type }
    }

    @Test func aForceSaysWhichByCountryBodyOrPlace() {
        #expect(DescribedRoles.namesForce("السلطات المغربية"))
        #expect(DescribedRoles.namesForce("الشرطة الألمانية"))
        #expect(DescribedRoles.namesForce("قوات الأمن العراقية"))
        #expect(DescribedRoles.namesForce("وحدات الحرس الوطني"))
        #expect(DescribedRoles.namesForce("شرطة نيويورك"))
        #expect(!DescribedRoles.namesForce("الوحدات الأمنية"))
        #expect(!DescribedRoles.namesForce("أعوان الأمن"))
        #expect(!DescribedRoles.namesForce("الشرطة"))
        #expect(!DescribedRoles.namesForce("السلطات المحلية"))
        #expect(!DescribedRoles.namesForce("وحدات الحرس"))
        #expect(!DescribedRoles.namesForce("مجموعة من المسلحين"))  // no force at all
        #expect(!DescribedRoles.namesForce("أعوان فرقة التفتيشات الديوانية"))  // a relative adjective, though a town's name too
    }

    @Test func aForceIsCutAfterWhatSaysWhich() {
        #expect(DescribedRoles.forceTitle("السلطات المغربية ألقت القبض") == "السلطات المغربية")
        #expect(DescribedRoles.forceTitle("وحدات الحرس الوطني التابعة") == "وحدات الحرس الوطني")
        #expect(DescribedRoles.forceTitle("لأعوان الحرس الوطني") == "أعوان الحرس الوطني")
        #expect(DescribedRoles.forceTitle("الشرطة العدلية سوسة الجنوبية") == "الشرطة العدلية سوسة الجنوبية")
        #expect(DescribedRoles.forceTitle("الشرطة المحلية") == nil)
    }

    /// A force's seat says which units: «الوحدات الأمنية بقبلي», «… بمنطقة حمام سوسة»; a place noun with no name after
    /// it («بالجهة») does not.
    @Test func aForceSaysWhichByItsSeat() {
        #expect(DescribedRoles.forceTitle("الوحدات الأمنية بقبلي") == "الوحدات الأمنية بقبلي")
        #expect(DescribedRoles.forceTitle("وحدات الحرس البحري بالمنستير") == "وحدات الحرس البحري بالمنستير")
        #expect(DescribedRoles.forceTitle("الوحدات الأمنية بمنطقة حمام سوسة") == "الوحدات الأمنية بمنطقة حمام سوسة")
        #expect(DescribedRoles.forceTitle("الوحدات الأمنية بالجهة") == nil)
        // a force that says which keeps its cut, then its seat
        #expect(DescribedRoles.forceTitle("وحدات الحرس الوطني بسيدي علي بن عون") == "وحدات الحرس الوطني بسيدي علي بن عون")
        #expect(DescribedRoles.forceTitle("وحدات الحرس الوطني التابعة بقبلي") == "وحدات الحرس الوطني بقبلي")
        #expect(EventTitles.names("وحدات الحرس الوطني ببنقردان", place: "بن قردان"))
        #expect(DescribedRoles.forceTitle("الوحدات الأمنية بسيدي علي بن عون") == "الوحدات الأمنية بسيدي علي بن عون")
        #expect(DescribedRoles.forceTitle("الوحدات الأمنية بمنطقة") == nil)
        // "the same units" point back: out of its article a title says which units only by their seat
        #expect(DescribedRoles.forceTitle("الوحدات ذاتها بولاية بنزرت") == "الوحدات بولاية بنزرت")
        #expect(EventTitles.names("الوحدات الأمنية بقبلي", place: "قبلي"))
        #expect(EventTitles.names("وحدات الحرس البحري بالمنستير", place: "المنستير"))
        #expect(!EventTitles.names("الوحدات الأمنية بقبلي", place: "قابس"))
    }

    @Test func anArrestByTheUnitsOfASeat() {
        let town = event("وتمكنت الوحدات الأمنية بقبلي أمس من إيقاف شخصين مشتبه بهما.", .arrest, [("قبلي", .place)])
        #expect(town?.actorNames == ["الوحدات الأمنية بقبلي"])
        #expect(town?.title == "اعتقال شخصين مشتبه بهما على يد الوحدات الأمنية بقبلي")
        let area = event("تمكنت الوحدات الامنية بمنطقة حمام سوسة امس من ايقاف شابين قاموا بعملية سلب.", .arrest, [("حمام سوسة", .place)])
        #expect(area?.actorNames == ["الوحدات الامنية بمنطقة حمام سوسة"])
        #expect(area?.title.contains("على يد الوحدات الامنية بمنطقة حمام سوسة") == true)
        #expect(area?.title.hasSuffix("في حمام سوسة") == false)
        // the force a unit belongs to says which, with or without its seat
        let owned = event("ألقت فرقة الأبحاث والتفتيش للحرس الوطني بسيدي بوزيد يوم أمس القبض على عنصر سلفي.", .arrest, [("سيدي بوزيد", .place)])
        #expect(owned?.actorNames == ["فرقة الأبحاث والتفتيش للحرس الوطني بسيدي بوزيد"])
        // a place noun that points back names no seat
        let region = event("وتمكنت الوحدات الأمنية بالجهة أمس من إيقاف شخصين مشتبه بهما.", .arrest)
        #expect(region?.actorNames == [])
    }

    @Test func aPassiveArrestByTheForceItsByPhraseNames() {
        let passive = event("وقد تم إيقاف المتهم من طرف وحدات الحرس الوطني بسيدي بوزيد مساء أمس.", .arrest, [("سيدي بوزيد", .place)])
        #expect(passive?.actorNames == ["وحدات الحرس الوطني بسيدي بوزيد"])
        #expect(passive?.title.contains("على يد وحدات الحرس الوطني بسيدي بوزيد") == true)
        let border = event("وتم ايقاف مهرب من قبل فرقة الحدود البرية للحرس الوطني أمس.", .arrest)
        #expect(border?.actorNames == ["فرقة الحدود البرية للحرس الوطني"])
        // the by-phrase of the warrants he was wanted by is no one who arrested him
        let warrant = event("وتم إيقاف شاب صادرة في حقه 3 مناشير تفتيش من قبل فرقة مكافحة الإرهاب بتونس.", .arrest, [("تونس", .place)])
        #expect(warrant != nil)
        #expect(warrant?.actorNames == [])
        // an active verb's by-phrase is not read so: only a passive arrest's
        let active = event("أوقفت الشرطة شابا مفتشا عنه من قبل وحدات الحرس الوطني.", .arrest)
        #expect(active?.actorNames.contains("وحدات الحرس الوطني") != true)
    }

    /// A word in «يا» keeps its alif unless it agrees with an accusative word before it: an adverb after a participle
    /// («متشدد دينيا», «متشددين دينيا») or a verb («توليا») is no adjective that lost its case.
    @Test func anAdverbInYaKeepsItsAlifInATitle() {
        let adverb = event("تمكنت الوحدات الأمنية بقبلي من إيقاف عنصر متشدد دينيا يبلغ من العمر 24 سنة.", .arrest, [("قبلي", .place)])
        #expect(adverb?.title.contains("عنصر متشدد دينيا") == true)
        let plural = event("تمكنت الوحدات الأمنية بقبلي من إيقاف 6 أشخاص متشددين دينيا.", .arrest, [("قبلي", .place)])
        #expect(plural?.title.contains("أشخاص متشددين دينيا") == true)
        // (an adjective that agrees with an accusative noun loses its alif with it)
        let agreeing = event("وتمكنت الوحدات الأمنية بقبلي من إيقاف شابا تونسيا أمس.", .arrest, [("قبلي", .place)])
        #expect(agreeing?.title.contains("شاب تونسي") == true)
    }

    @Test func anArrestTitleSaysByWhom() {
        var p = EventTitles.Parts(type: .arrest)
        p.targets = ["شخصين"]
        p.place = "طنجة"
        #expect(EventTitles.title(p) == "اعتقال شخصين في طنجة")
        p.actor = "السلطات المغربية"
        #expect(EventTitles.title(p) == "اعتقال شخصين على يد السلطات المغربية في طنجة")
        // a country that announced the arrest is no «على يد»
        p.actor = "المغرب"
        p.actorCountry = "المغرب"
        #expect(EventTitles.title(p) == "اعتقال شخصين في طنجة")
    }

    @Test func aForceThatNamesThePlaceSaysItOnce() {
        var p = EventTitles.Parts(type: .arrest)
        p.targets = ["شاب"]
        p.place = "طبرقة"
        p.actor = "فرقة الشرطة العدلية طبرقة"
        #expect(EventTitles.title(p) == "اعتقال شاب على يد فرقة الشرطة العدلية طبرقة")
        p.place = "الأردن"
        p.actor = "الشرطة الأردنية"
        #expect(EventTitles.title(p) == "اعتقال شاب على يد الشرطة الأردنية")
        p.place = "عمان"
        #expect(EventTitles.title(p) == "اعتقال شاب على يد الشرطة الأردنية في عمان")
        #expect(!EventTitles.names("قوات الأمن", place: "الأمنية"))
        #expect(EventTitles.names("الجيش الجزائري", place: "الجزائر"))
        #expect(!EventTitles.names("الجيش الجزائري", place: "الجزائر العاصمة"))
    }

    @Test func anArrestByAForceThatSaysWhich() {
        let named = event("وألقت السلطات المغربية أمس القبض على شخصين مشتبه بهما في مدينة طنجة.", .arrest, [("طنجة", .place)])
        #expect(named?.actorNames == ["السلطات المغربية"])
        #expect(named?.title.contains("على يد السلطات المغربية") == true)
        let vague = event("وتمكنت الوحدات الأمنية أمس من إيقاف شخصين مشتبه بهما في مدينة طنجة.", .arrest, [("طنجة", .place)])
        #expect(vague != nil)
        #expect(vague?.actorNames == [])
        #expect(vague?.title.contains("على يد") == false)
        // the force an office is of did not make the arrest
        let office = event("وقال آمر الحرس المغربي إنه تم اعتقال شخصين أمس في مدينة طنجة.", .arrest, [("طنجة", .place)])
        #expect(office?.actorNames == [])
        // nor did a force that speaks before a bare «إن» whose clause has its own subject
        let speaker = event("وقالت الشرطة المغربية إن النيابة أمرت باعتقال شخصين في مدينة طنجة.", .arrest, [("طنجة", .place)])
        #expect(speaker != nil)
        #expect(speaker?.actorNames == [])
    }

    @Test func theForceThatFired() {
        let police = event("وأطلقت الشرطة الألمانية النار على رجل هاجم المارة بسكين في هامبورغ.", .attack, [("هامبورغ", .place)])
        #expect(police?.title.hasPrefix("إطلاق الشرطة الألمانية النار على رجل") == true)
        #expect(police?.actorNames == ["الشرطة الألمانية"])
        // a force any report may mean fires unnamed, as before
        let vague = event("وأطلقت الوحدات الأمنية النار على رجل هاجم المارة بسكين في هامبورغ.", .attack, [("هامبورغ", .place)])
        #expect(vague?.title.hasPrefix("إطلاق نار على رجل") == true)
    }
}
