import Testing
@testable import Extraction

/// Where a person name ends: و + a word written with a hamza, and a titled first name's regnal ordinal.
@Suite struct PersonNameEndTests {
    @Test func conjunctionBeforeAHamzaWordEndsAName() {
        // و + a noun with a pronoun, و + the next name of a list: neither is part of the name
        #expect(!names(mentions(["وحضر الحفل خالد وأخته في القاعة الكبرى."])[0]).contains { $0.contains("وأخته") })
        let list = names(mentions(["وغادر روبرت هيكس وأندرسون القاعة بعد الكلمة."])[0])
        #expect(list.contains("روبرت هيكس:person"))
        #expect(!list.contains { $0.contains("وأندرسون") })
        // a family name in و without a hamza stays («واتسون»)
        #expect(names(mentions(["وقال المدرب روبرت واتسون إن الفريق جاهز."])[0]) == ["روبرت واتسون:person"])
    }

    @Test func hamzaAlefShape() {
        #expect(DiscoveryRules.startsWithHamzaAlef("أسرته".unicodeScalars[...]))
        #expect(DiscoveryRules.startsWithHamzaAlef("إخوته".unicodeScalars[...]))
        #expect(!DiscoveryRules.startsWithHamzaAlef("اتسون".unicodeScalars[...]))
        #expect(!DiscoveryRules.startsWithHamzaAlef("يلز".unicodeScalars[...]))
    }

    @Test func aTitledFirstNameKeepsItsRegnalOrdinal() {
        #expect(names(mentions(["وزار الوفد قبر الملك فيصل الثاني في بغداد."])[0]).contains("فيصل الثاني:person"))
        // after a family name the ordinal is not taken
        #expect(!names(mentions(["وجاء الوزير سامر الدليمي الثاني في الترتيب."])[0]).contains { $0.contains("الثاني") })
    }

    @Test func aRegnalOrdinalIsNoSurname() {
        // «سليم الثالث» is a titled name; «الثالث» alone elsewhere stays an ordinal
        let m = mentions(["وبنى السلطان سليم الثالث القصر على الضفة.", "وحل الفريق في المركز الثالث هذا الموسم."])
        #expect(names(m[0]).contains("سليم الثالث:person"))
        #expect(!m[1].contains { $0.surface == "الثالث" })
    }
}

/// Titles the list lacked: the construct «سفير», «مبعوث», a goalkeeper, an emperor.
@Suite struct ConstructTitleTests {
    @Test func anEnvoyOfACountryIsATitle() {
        #expect(names(mentions(["وأكد سفير كندا لدى الأمم المتحدة داريو فيلانوفا أن الاتفاق قريب."])[0]).contains("داريو فيلانوفا:person"))
        #expect(names(mentions(["وقال مبعوث الأمم المتحدة غيرو بيدرسن إن المحادثات تتقدم."])[0]).contains("غيرو بيدرسن:person"))
        #expect(names(mentions(["وتألق حارس المرمى غورغي ميلوش في المباراة أمس."])[0]).contains("غورغي ميلوش:person"))
        #expect(names(mentions(["وأمر الإمبراطور كوانغ سو ببناء القصر."])[0]).contains("كوانغ سو:person"))
        // the title before an ordinary word names nobody
        #expect(!mentions(["وعين سفير جديد لدى فرنسا هذا الأسبوع."])[0].contains { $0.type == .person })
    }
}

/// A word written ل، ب، ك or ف + an alef with a hamza is a preposition or conjunction before a word, no family name.
@Suite struct ProcliticBeforeHamzaTests {
    @Test func aPrepositionBeforeAHamzaWordEndsTheName() {
        let m = mentions(["وصوت الأعضاء ضد القرار مقابل صوت واحد مؤيد لأوركيدا في المجلس.", "وكان سامي بأمستردام حين وقع الحادث."])
        #expect(!m[0].contains { $0.surface.contains("لأوركيدا") }, "\(names(m[0]))")
        #expect(!m[1].contains { $0.surface.contains("بأمستردام") && $0.type == .person }, "\(names(m[1]))")
        // a family name no list knows still follows a first name
        #expect(names(mentions(["وقال سامي لعيوني إن الفريق مستعد."])[0]).contains("سامي لعيوني:person"))
    }
}
