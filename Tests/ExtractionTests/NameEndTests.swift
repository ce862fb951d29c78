import Testing
@testable import Extraction

/// Where a person name ends before a و-word, a verb or the next name of a list, things named after a person,
/// and bilateral bodies.
@Suite struct NameEndTests {
    @Test func conjunctionAndAWordEndAName() {
        // و + a past verb in the dual, و + a verb with its pronoun: the next clause
        #expect(names(mentions(["وقال الوزير سامر الدليمي وتحدثا عن المشروع طويلا."])[0]) == ["سامر الدليمي:person"])
        #expect(names(mentions(["ونجحت مع ابنتها الكاتبة ريم وتمكنتا من السفر."])[0]).allSatisfy { !$0.contains("وتمكنتا") })
        #expect(names(mentions(["وتوجه الحارس إلى المدرب سامر الدليمي وصفعه أمام الجميع."])[0]) == ["سامر الدليمي:person"])
        // a verb of three letters in و that the dictionary knows
        #expect(names(mentions(["لكن الوزير سامر الدليمي وقف ضد القرار."])[0]) == ["سامر الدليمي:person"])
        // a family name in و whose rest is no word stays
        #expect(names(mentions(["وقال المدرب روبرت واتسون إن الفريق جاهز."])[0]) == ["روبرت واتسون:person"])
    }

    @Test func pastVerbShapes() {
        #expect(DiscoveryRules.isPastVerbDualOrPlural("تمكنتا"))
        #expect(DiscoveryRules.isPastVerbDualOrPlural("تحدثا"))
        #expect(DiscoveryRules.isPastVerbDualOrPlural("قالوا"))
        #expect(!DiscoveryRules.isPastVerbDualOrPlural("اتسون"))
        #expect(!DiscoveryRules.isPastVerbDualOrPlural("يلز"))
    }

    @Test func aVerbAfterTwoNameWordsEndsTheName() {
        // an imperfect and a past in ت that the dictionary knows
        #expect(names(mentions(["وأعلن أن المخرج سامر الدليمي يمتلك الحقوق."])[0]) == ["سامر الدليمي:person"])
        #expect(names(mentions(["وقال إن المدرب سامر دليمان تسند له المهمة."])[0]) == ["سامر دليمان:person"])
    }

    @Test func aPastVerbAfterALoneFirstNameEndsTheName() {
        // a past in ت and a past أفعل (known as أفعلت) right after a first name: the next clause
        #expect(!names(mentions(["وقالت الصحيفة إن سلمى فازت بالجائزة الكبرى هذا العام."])[0]).contains { $0.contains("فازت") })
        #expect(!names(mentions(["وذكرت الوثائق أن الأمير سلمان أودع مبالغ كبيرة في حساب سري."])[0]).contains { $0.contains("أودع") })
        // an imperfect shape after a first name may be a foreign family name
        #expect(names(mentions(["وتألق الحارس كيفن تراب في المباراة أمس."])[0]).contains("كيفن تراب:person"))
    }

    @Test func aGluedVerbOrPhraseEndsTheName() {
        // an imperfect the dictionary knows, in letters an ordinary word's, after a lone first name or a full name
        #expect(!names(mentions(["وقالت الصحيفة إن المدرب وجدي يطالب بتعديل العقد."])[0]).contains { $0.contains("يطالب") })
        #expect(names(mentions(["وقال إن الوزير سامر دليمان يطالب بتعديل العقد."])[0]) == ["سامر دليمان:person"])
        // ب + a word the dictionary knows
        #expect(names(mentions(["وأصيب المهاجم الكاميروني صامويل إيتو بتمزق في الركبة."])[0]).contains("صامويل إيتو:person"))
        // a foreign family name of the imperfect's shape stays (four letters, ا third; ب before و)
        #expect(names(mentions(["وتألق الحارس كيفن تراب في المباراة أمس."])[0]).contains("كيفن تراب:person"))
        #expect(DiscoveryRules.isKnownImperfect(Array("يطالب".unicodeScalars)[...]))
        #expect(!DiscoveryRules.isKnownImperfect(Array("تراب".unicodeScalars)[...]))
    }

    @Test func ibbanIsNoFirstName() {
        // «إبّان» (during) with a hamza under its alef is the adverb, not the first name «أبان»
        #expect(!names(mentions(["وتحسنت أوضاع المدينة إبان حكمه للبلاد."])[0]).contains { $0.hasPrefix("إبان") })
        #expect(!names(mentions(["وتراجعت الأسعار إبّان فترتها الأولى في الوزارة."])[0]).contains { $0.hasPrefix("إبّان") })
        #expect(DiscoveryRules.isIbbanAdverb("إبّان") && !DiscoveryRules.isIbbanAdverb("أبان"))
    }

    @Test func basmBeforeANounIsAPreposition() {
        // ب + اسم before a noun with a pronoun or an ordinary word, not the first name باسم
        #expect(!names(mentions(["وسجلت الشقة باسم زميله في العمل منذ عامين."])[0]).contains { $0.hasPrefix("باسم") })
        #expect(!names(mentions(["ويشارك الفيلم باسم منتجيه في المهرجان الدولي."])[0]).contains { $0.hasPrefix("باسم") })
        #expect(!names(mentions(["وتحدث الرجل باسم دفاع مزعوم عن الحقوق."])[0]).contains { $0.hasPrefix("باسم") })
    }

    @Test func anIndefiniteNisbaAfterAnAreaHeadIsNoPlace() {
        let found = names(mentions(["ودعا الحزب إلى إقليم سني مقابل إقليم شيعي في الشمال."])[0])
        #expect(!found.contains { $0.hasPrefix("سني") || $0.hasPrefix("شيعي") })
    }

    @Test func aFirstNameAfterADefiniteFamilyNameStartsTheNext() {
        // a list without commas: the next first name after a family name with ال
        let m = mentions(["وحضر الاجتماع الوزير سامر الدليمي خالد الموصلاوي أمس."])[0]
        #expect(!names(m).contains { $0.contains("الدليمي خالد") })
        // a compound first name goes on with its family name
        #expect(names(mentions(["وقال الوزير علاء الدين سليم إن الاتفاق نهائي."])[0]) == ["علاء الدين سليم:person"])
    }

    @Test func thingsNamedAfterAPerson() {
        // a street, a school, a unit and an association: the head and the name are one name, no person
        let street = mentions(["وقع الحادث في نهج سامر الدليمي بالعاصمة."])[0]
        #expect(names(street) == ["نهج سامر الدليمي:place"])
        let unit = mentions(["وانسحبت كتيبة الشهيد سامر الدليمي من المنطقة."])[0]
        #expect(names(unit) == ["كتيبة الشهيد سامر الدليمي:organization"])
        // a proclitic on the head stays out of the name
        let town = mentions(["وتقطن عائلته بدار سامر الموصلاوي منذ سنوات."])[0]
        #expect(names(town) == ["دار سامر الموصلاوي:place"])
        // a quoted person's name after a facility head is the facility's
        let airport = mentions(["وتم تحويل الرحلات إلى مطار \"جورج فيلمنتون\" أمس."])[0]
        #expect(names(airport) == ["مطار جورج فيلمنتون:place"])
        // a quoted project named after a person, the head inside the quotes; a place after an area head stays
        #expect(names(mentions(["في إطار المشروع المعروف باسم \"مدينة جورج فيلمنتون\" بالعاصمة."])[0])
                == ["مدينة جورج فيلمنتون:place"])
        // with a definite head only after its adjective: the school, but not the federation's president
        let school = mentions(["وتعطلت الدروس في المدرسة الابتدائية سامر الدليمي بسبب الأمطار."])[0]
        #expect(names(school) == ["المدرسة الابتدائية سامر الدليمي:organization"])
        let president = mentions(["وقال رئيس الجامعة سامر الدليمي إن البطولة ستنطلق."])[0]
        #expect(names(president).contains("سامر الدليمي:person"))
        // «عن طريق» is "by way of", «اللواء» a rank
        #expect(names(mentions(["وتم ذلك عن طريق سامر الدليمي شخصيا."])[0]).contains("سامر الدليمي:person"))
        #expect(names(mentions(["وقال اللواء سامر الدليمي إن القوات تقدمت."])[0]) == ["سامر الدليمي:person"])
    }

    @Test func bilateralBodyKeepsBothNationalities() {
        let m = mentions(["ونظم مجلس التعاون التونسي الصيني ندوة اقتصادية."])[0]
        #expect(names(m) == ["مجلس التعاون التونسي الصيني:organization"])
    }

    @Test func listOfTwoNamesWithoutAComma() {
        // two names the corpus writes apart, run together in a list: each is its own
        // (indefinite family names: after one with ال the next first name starts the next name anyway)
        let ms = mentions(["وقال الوزير سامر دليمان إن الاتفاق نهائي.", "وأكد الوزير رامي الموصلاوي ذلك.",
                           "وحضر سامر دليمان رامي الموصلاوي الحفل."])
        #expect(names(ms[2]) == ["سامر دليمان:person", "رامي الموصلاوي:person"])
        // written apart nowhere else, the run stays one (a grandfather's first name is no next name)
        #expect(names(mentions(["وحضر سامر دليمان رامي الموصلاوي الحفل."])[0]).count <= 1)
    }
}
