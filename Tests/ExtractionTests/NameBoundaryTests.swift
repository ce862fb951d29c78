import Testing
@testable import Extraction

/// Name boundaries of person names: compound first names, آل + family name, علي, dashes.
@Suite struct NameBoundaryTests {
    @Test func compoundFirstNameEndsAName() {
        // "عبد المنعم" is one name word, not a dangling connector to drop
        #expect(names(mentions(["وقال نبيل عبد المنعم إن العرض يبدأ غدا."])[0]) == ["نبيل عبد المنعم:person"])
        #expect(names(mentions(["وأكد الوزير سامر عبد الرحيم الذي زار المعرض ذلك."])[0]) == ["سامر عبد الرحيم:person"])
    }

    @Test func alAndFamilyNameIsNotOneWord() {
        // "آل ثاني" is no spelling of "الثاني" (the second)
        let m = mentions(["واستقبل الشيخ حمد بن خليفة آل ثاني الوفد."])[0]
        #expect(names(m) == ["حمد بن خليفة آل ثاني:person"])
    }

    @Test func aliWrittenWithYaIsAFirstName() {
        #expect(names(mentions(["وقال الرئيس علي الحسيني إن الاتفاق نهائي."])[0]) == ["علي الحسيني:person"])
        #expect(names(mentions(["ونفى سامر علي الحسيني الخبر."])[0]) == ["سامر علي الحسيني:person"])
        // the preposition على is not a name, nor علي typed for it before an ordinary word
        #expect(mentions(["وقال الرئيس على الرغم من ذلك إن الاتفاق نهائي."])[0].isEmpty)
        #expect(names(mentions(["وحصل سامر علي دعم كبير من الوزارة."])[0]).allSatisfy { !$0.contains("علي") })
    }

    @Test func nationalityBeforeAFullName() {
        #expect(names(mentions(["وفازت البريطانية دوريس ليسينغ بالجائزة."])[0]) == ["دوريس ليسينغ:person"])
        // a plural nationality is a group, and a verb is no name
        #expect(mentions(["وقال إن الأمريكيين كاذبين بقولهم إنهم انسحبوا."])[0].allSatisfy { $0.type != .person })
        #expect(mentions(["وبدأت القوات الأمريكية تشن غارات جديدة."])[0].allSatisfy { $0.type != .person })
    }

    @Test func nationalitiesOfTheWorldAnnounceAName() {
        // not only the region's nationalities: any country's ("الكرواتي", "البلجيكي")
        #expect(names(mentions(["وتأهل الكرواتي زوران ميلوفيتش إلى الدور الثاني."])[0]) == ["زوران ميلوفيتش:person"])
        #expect(names(mentions(["وتوج البلجيكي فابيان كيرسمان بالجائزة."])[0]) == ["فابيان كيرسمان:person"])
        // without a nationality, an unknown pair of words is no name
        #expect(mentions(["وتأهل زوران ميلوفيتش إلى الدور الثاني."])[0].isEmpty)
        // a nationality after a noun is that noun's adjective, no person
        #expect(mentions(["وقال المدرب البرتغالي إن الفريق جاهز."])[0].allSatisfy { $0.type != .person })
    }

    @Test func firstNameAfterAProclitic() {
        // the next name of a list starts after its و: "وأحمد القرطبيني" is a person as "أحمد القرطبيني" is
        let m = mentions(["وحضر الاجتماع سامر الدليمي وأحمد القرطبيني وخالد الموصلاوي."])[0]
        #expect(names(m) == ["سامر الدليمي:person", "أحمد القرطبيني:person", "خالد الموصلاوي:person"])
        // a first name that is also an everyday word (علي typed for على) needs no proclitic reading
        #expect(mentions(["وكان اللقاء مع مسؤولين وعلي رأسهم الوزير."])[0].allSatisfy { $0.type != .person })
        // after a name that starts with its و, a verb or the next و-word is not part of it
        #expect(names(mentions(["وقالت إن سامية الدليمي وميرفت القرطبيني تصرفتا بحكمة."])[0])
                == ["سامية الدليمي:person", "ميرفت القرطبيني:person"])
        #expect(mentions(["وقال إن الشعب فيه كرامة وعزة وشموخ دائما."])[0].allSatisfy { $0.type != .person })
        // only و: "لسعد" is a first name of its own (Lassaad), not ل + سعد
        #expect(!names(mentions(["وأكد لسعد الدريدي أن الاجتماع تأجل."])[0]).contains("سعد الدريدي:person"))
    }

    @Test func speakerBeforeFi() {
        // "في" after the speaker ends in ي but is no adjective ("قائد شبه عسكري" is one)
        #expect(names(mentions(["وقال كوربانوف في مؤتمر صحفي إن المحادثات ستستمر."])[0]) == ["كوربانوف:person"])
        #expect(names(mentions(["وأكدت ليندستروم في بيان أن الشركة لن تغلق المصنع."])[0]) == ["ليندستروم:person"])
        #expect(mentions(["وقال قائد شبه عسكري إن الهجوم فشل."])[0].allSatisfy { $0.type != .person })
    }

    @Test func speakerBeforeAPrepositionalPhrase() {
        #expect(names(mentions(["وقال تريباثيان للصحفيين إن المحادثات ستبدأ."])[0]) == ["تريباثيان:person"])
        #expect(names(mentions(["وقال ليبرمانوف مثلما قال من قبل."])[0]) == ["ليبرمانوف:person"])
    }

    @Test func tatweelDashEndsAName() {
        let m = mentions(["بيروت ـ من فتحي محمود ـ اندلعت اشتباكات."])[0]
        #expect(names(m) == ["بيروت:place", "فتحي محمود:person"])
    }
}
