import ArabicDates
import Testing
@testable import Extraction

/// Deaths in accidents are no killings, what investigators believe did not happen, a committee's meeting is not its
/// parliament's, and described roles as titles write them.
@Suite struct EventAccidentAndBeliefTests {
    @Test func deathsInAStampedeACrashOrARoadAccidentAreNoKillings() {
        #expect(events(["أدى تدافع بين الحجاج عند مدخل الجسر إلى مقتل 12 شخصا يوم الأحد."]).events.allSatisfy { $0.type != .killing })
        #expect(events(["تحطمت طائرة عسكرية على جبل صباح اليوم مما أدى إلى مقتل ثمانية عسكريين كانوا على متنها."])
            .events.allSatisfy { $0.type != .killing })
        // a motorbike ("دراجة نارية") is no gunfire
        #expect(events(["وتمثل الحادث في اصطدام سيارة بدراجة نارية ما تسبب في مصرع سائق الدراجة النارية."])
            .events.allSatisfy { $0.type != .killing })
        // a shot fired is violence still
        #expect(events(["قتل مسلحون سائق دراجة بطلقات نارية يوم الأحد."]).events.contains { $0.type == .killing })
    }

    @Test func whatInvestigatorsBelieveDidNotHappen() {
        #expect(events(["ويعتقد المحققون أن الرجل قتل زوجته وألقى جثتها في البحر."]).events.allSatisfy { $0.type != .killing })
        #expect(events(["قتل الرجل زوجته يوم الأحد في منزلهما."]).events.contains { $0.type == .killing })
    }

    @Test func aCommitteesMeetingIsNotItsParliaments() {
        let committee = events(["أفاد النائب خالد العمر في اجتماع لجنة المالية بمجلس الشورى المنعقد اليوم الجمعة بأن الحاضرين اتفقوا على المشروع."],
                               mentions: [("خالد العمر", .person), ("مجلس الشورى", .organization)])
        #expect(committee.events.allSatisfy { $0.type != .meeting })
        let council = events(["انعقد اليوم الجمعة اجتماع مجلس الشورى برئاسة خالد العمر."],
                             mentions: [("خالد العمر", .person), ("مجلس الشورى", .organization)])
        #expect(council.events.contains { $0.type == .meeting })
    }

    @Test func aTitleWritesADescribedRoleWithoutItsAccusativeOrItsRelativeClause() {
        #expect(DescribedRoles.titlePhrase("مسجدا") == "مسجد")
        #expect(DescribedRoles.titlePhrase("منزلا") == "منزل")
        #expect(DescribedRoles.titlePhrase("الوفد الحكومي الذي واكب فعاليات هذا") == "الوفد الحكومي")
        // a counted noun and its adjective stay accusative; names and plurals in ايا keep their alif
        #expect(DescribedRoles.titlePhrase("24 شخصا مفتشا عنهم") == "24 شخصا مفتشا عنهم")
        #expect(DescribedRoles.titlePhrase("سلطات العاصمة الإثيوبية أديس أبابا") == "سلطات العاصمة الإثيوبية أديس أبابا")
        #expect(DescribedRoles.titlePhrase("سوريا") == "سوريا")
        #expect(DescribedRoles.titlePhrase("ضحايا") == "ضحايا")
        // out of its article a title cannot point back: no demonstrative, no "the said" after the noun
        #expect(DescribedRoles.titlePhrase("أحد أفراد هذه الخلية") == "أحد أفراد الخلية")
        #expect(DescribedRoles.titlePhrase("أحد هذين المهربين") == "أحد المهربين")
        #expect(DescribedRoles.titlePhrase("عناصر هذه") == "عناصر")
        #expect(DescribedRoles.titlePhrase("الشاب المذكور") == "الشاب")
        #expect(DescribedRoles.headKey("المسجد الكندي") == DescribedRoles.headKey("مسجدا"))
        // a speaker described without a name, as a role; not a phrase that ran on into the time or what was said
        #expect(DescribedRoles.describedSpeaker("الوفد الحكومي الذي واكب فعاليات هذا") == "الوفد الحكومي")
        #expect(DescribedRoles.describedSpeaker("وزير الفلاحة") == "وزير الفلاحة")
        #expect(DescribedRoles.describedSpeaker("وزير الدفاع على هامش") == nil)
        #expect(DescribedRoles.describedSpeaker("وزارة الصحة اليوم الثلاثاء") == nil)
        #expect(DescribedRoles.describedSpeaker("المتحدث") == nil)
        #expect(DescribedRoles.describedSpeaker("المواطنين الغاضبين") == nil)
        #expect(DescribedRoles.namesAttacker("المنفذ"))
        #expect(!DescribedRoles.namesAttacker("المسجد الكبير"))
    }
}

/// What a firing verb hit, named after its weapon.
@Suite struct EventFiredAtTargetTests {
    @Test func theTargetAfterTheWeaponOfAFiringVerb() {
        let ex = events(["أطلقت القوات مجموعة من الصواريخ البالستية من شمال البلاد على مواقع للمتمردين قرب مدينة السهل يوم الأحد."],
                        mentions: [("مدينة السهل", .place)])
        #expect(ex.events.contains { $0.type == .attack && $0.targetPhrase?.hasPrefix("مواقع") == true })
    }
}
