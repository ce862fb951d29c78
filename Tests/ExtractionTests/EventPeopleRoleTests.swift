import Testing
@testable import Extraction

/// People named or described in the sentence in their role: the person an office phrase ends with (not its
/// institution), the object of a plural verb (not its subject), the force that «تمكن … من» a killing, the
/// people described right after an active verb (its subject, then whom), the person a described target names.
@Suite struct EventPeopleRoleTests {
    func names(_ ex: DocumentExtraction, _ list: [Int]?) -> [String]? { list?.map { ex.mentions[$0].surface } }

    @Test func theSpeakerIsThePersonAtTheEndOfTheOffice() {
        let placed = events(["أكد الكاتب ومدير المرصد الوطني للدراسات بقابس سامي الورتاني اليوم أن الكتاب صدر."],
                            mentions: [("المرصد الوطني للدراسات", .organization), ("قابس", .place), ("سامي الورتاني", .person)])
        #expect(names(placed, placed.events.first { $0.type == .statement }?.actors) == ["سامي الورتاني"])
        let apposed = events(["قال اليوم الوزير المكلف بالعلاقة مع مجلس الجهات والناطق باسم الحكومة، منير الغرياني، إن الحكومة ملتزمة."],
                             mentions: [("مجلس الجهات", .organization), ("منير الغرياني", .person)])
        #expect(names(apposed, apposed.events.first { $0.type == .statement }?.actors) == ["منير الغرياني"])
    }

    @Test func aCounterpartOrAnIndefiniteWordIsNoOfficeHolder() {
        // after «مع» and a new office without و, the person named is the counterpart; after «في» and a plain noun
        // («في الندوة») the phrase is no office: neither man speaks
        for line in ["قال الوزير المكلف بالعلاقة مع الرئيس الفرنسي، جان مارتان، إن اللقاء كان مثمرا.",
                     "قال مدير المرصد في الندوة الصحفية، سامي الورتاني، إن الوضع مستقر."] {
            let ex = events([line], mentions: [("المرصد", .organization), ("جان مارتان", .person), ("سامي الورتاني", .person)])
            #expect(!ex.events.contains { $0.actors.contains { ex.mentions[$0].type == .person } })
        }
    }

    @Test func whoSpeaksAfterAKillingIsNoVictim() {
        // a verb of saying between the killing and the name: the name is the speaker's
        let spoken = events(["وأسفر الهجوم عن مقتل 5 من عناصر الحرس وقال سامي الورتاني إن الأبحاث متواصلة."],
                            mentions: [("سامي الورتاني", .person)])
        #expect(!spoken.events.contains { $0.type == .killing && $0.targets.contains { spoken.mentions[$0].surface == "سامي الورتاني" } })
        // the victim named before the verb of saying stays the victim
        let named = events(["وأسفر الهجوم عن مقتل سامي الورتاني وقال الناطق باسم الحرس إن الأبحاث متواصلة."],
                           mentions: [("سامي الورتاني", .person)])
        #expect(names(named, named.events.first { $0.type == .killing }?.targets) == ["سامي الورتاني"])
    }

    @Test func aPluralVerbsObjectIsNoActor() {
        let ex = events(["قالت المصادر إن مسلحين اقتحموا المقر و اختطفوا مدير إدارة المالية كمال الزواوي."],
                        mentions: [("كمال الزواوي", .person)])
        let taken = ex.events.first { $0.type == .other }
        #expect(names(ex, taken?.actors) == [])
        #expect(names(ex, taken?.targets) == ["كمال الزواوي"])
    }

    @Test func theForceThatManagedAKillingKilled() {
        let after = events(["تمكنت الوحدات العسكرية مساء أمس من القضاء على عنصرين إرهابيين في الجبل."])
        #expect(after.events.first { $0.type == .killing }?.actorPhrase == "الوحدات العسكرية")
        let stationed = events(["كما تمكنت قوات الجيش الوطني المتمركزة بالمنطقة من القضاء على عنصرين إرهابيين."])
        #expect(stationed.events.first { $0.type == .killing }?.actorPhrase == "قوات الجيش الوطني")
        let did = events(["وقامت الشرطة بقتل المشتبه به عندما أشهر سلاحه."])
        #expect(did.events.first { $0.type == .killing }?.actorPhrase == "الشرطة")
        let before = events(["وأكد المصدر أن وحدات الحرس الوطني تمكنت اليوم من القضاء على إرهابي خطير."])
        #expect(before.events.first { $0.type == .killing }?.actorPhrase?.hasPrefix("وحدات الحرس") == true)
        // no «تمكن … من»: no one
        let none = events(["أسفرت العملية عن القضاء على عنصرين إرهابيين في الجبل."])
        #expect(none.events.first { $0.type == .killing }?.actorPhrase == nil)
    }

    @Test func describedPeopleAfterTheVerbKilledTheOnesAfterThem() {
        let ex = events(["وقتل مفجرون انتحاريون 14 شخصا في محطة القطار في مارس الماضي."])
        let k = ex.events.first { $0.type == .killing }
        #expect(k?.actorPhrase == "مفجرين انتحاريين")  // as a title quotes it: «على يد مفجرين انتحاريين»
        #expect(k?.targetPhrase == "14 شخصا")
        // a passive verb has one phrase: who was killed
        let passive = events(["وقتل 14 شخصا في محطة القطار في مارس الماضي."]).events.first { $0.type == .killing }
        #expect(passive?.actorPhrase == nil)
    }

    @Test func aDescribedTargetNamesThePerson() {
        let ex = events(["وكانت تعرضت نجمة \"الغناء الشعبي\" سلمى العياري في 3 أكتوبر إلى هجوم مسلح من طرف مسلحين."],
                        mentions: [("الغناء الشعبي", .organization), ("سلمى العياري", .person)])
        let a = ex.events.first { $0.type == .attack }
        #expect(names(ex, a?.targets) == ["سلمى العياري"])
    }

    @Test func theSubjectOfAnEarlierVerbJoinedByWaIsTheKidnapper() {
        for line in ["وقالت المصادر إن مسلحين ملثمين اقتحموا مساء أمس مقر البلدية (الحي الجديد) و اختطفوا رئيسها سامي الدريدي.",
                     "وقالت المصادر إن مسلحين ملثمين اقتحموا مساء أمس مقر البلدية واختطفوا رئيسها سامي الدريدي."] {
            let ex = events([line], mentions: [("سامي الدريدي", .person)])
            let taken = ex.events.first { $0.type == .other }
            #expect(taken?.actorPhrase == "مسلحين ملثمين")
            #expect(names(ex, taken?.targets) == ["سامي الدريدي"])
        }
        // a relative clause, a pronoun subject, a comma or another person between: no one
        for line in ["وقالت المصادر إن الرجال الذين اقتحموا مقر البلدية و اختطفوا رئيسها سامي الدريدي فروا.",
                     "وقالت المصادر إنهم اقتحموا مقر البلدية و اختطفوا رئيسها سامي الدريدي.",
                     "وقالت المصادر إن مسلحين ملثمين اقتحموا مقر البلدية، واختطفوا رئيسها سامي الدريدي."] {
            let ex = events([line], mentions: [("سامي الدريدي", .person)])
            #expect(ex.events.first { $0.type == .other }?.actorPhrase == nil)
        }
    }

    @Test func aDescribedCounterpartKeepsWhomItRepresents() {
        let ex = events(["استقبل اليوم الخميس والي سوسة كمال الزواوي ممثلين عن جمعية التجار بالجهة."],
                        mentions: [("سوسة", .place), ("كمال الزواوي", .person)])
        let met = ex.events.first { $0.type == .meeting }
        #expect(names(ex, met?.actors) == ["كمال الزواوي"])
        #expect(met?.targetPhrase == "وممثلين عن جمعية التجار")
    }

    @Test func theBodyHousingTheVenueIsNoParty() {
        // "بمكتبه بوزارة الفلاحة": where the minister received his guest, not whom he met
        let named = { (line: String) -> [String] in
            let ex = events([line], mentions: [("سمير بالطيب", .person), ("وزارة الفلاحة", .organization)])
            return self.names(ex, ex.events.first { $0.type == .meeting }?.actors) ?? []
        }
        #expect(!named("استقبل وزير الفلاحة سمير بالطيب أمس الجمعة 31 مارس 2017، بمكتبه بوزارة الفلاحة، وزيرة الزراعة الفرنسية ماري دوبون.").contains("وزارة الفلاحة"))
        // the same body named with مع is the other party
        #expect(named("التقى سمير بالطيب أمس مع وزارة الفلاحة.").contains("وزارة الفلاحة"))
    }
}
