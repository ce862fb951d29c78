import Testing
@testable import Extraction

/// People the news names by their surname alone (`NotablePeople`, `NotablePersonRules`). Made-up sentences.
@Suite struct NotablePersonTests {
    func canonical(_ ms: [Mention], _ surface: String) -> String?? {
        ms.first { $0.surface == surface }.map { $0.canonical }
    }

    @Test func aSurnameAloneIsThePersonWithNoCue() {
        let m = mentions(["وانتقدت الصحيفة ميركل في مقال طويل عن الهجرة.",
                          "ويستعد ميسي للعودة إلى الملاعب بعد الإصابة."])
        #expect(names(m[0]).contains("ميركل:person"), "\(names(m[0]))")
        #expect(canonical(m[0], "ميركل") == .some("أنجيلا ميركل"))
        #expect(names(m[1]).contains("ميسي:person"), "\(names(m[1]))")
    }

    @Test func aProcliticIsLeftOutOfTheName() {
        let m = mentions(["وقالت مصادر مقربة لبوتين إن اللقاء سيعقد الأسبوع المقبل."])
        #expect(names(m[0]).contains("بوتين:person"), "\(names(m[0]))")
        #expect(!m[0].contains { $0.surface == "لبوتين" }, "\(names(m[0]))")
    }

    @Test func aWordInAPlaceNameIsNoSurnameOfTheArticlesPerson() {
        // «المدينة الرياضية بوزاهر»: a sports city named after the group, not its head named alone
        let m = mentions(["وأكد رئيس المجموعة الإماراتية كريم بوزاهر أن أشغال المدينة الرياضية بوزاهر ستنطلق قريبا.",
                          "وأكد رئيس المجموعة الإماراتية كريم بوزاهر أن بوزاهر سيزور الموقع قريبا."])
        #expect(m[0].filter { $0.surface == "بوزاهر" }.isEmpty, "\(names(m[0]))")
        #expect(m[1].contains { $0.surface == "بوزاهر" && $0.type == .person }, "\(names(m[1]))")
    }

    @Test func aShortNameTakesNoProclitic() {
        // «ببوش»: a word of its own (a place), not ب + a surname of three letters
        let m = mentions(["وتم إيقافه من طرف فرقة الحدود ببوش صباح اليوم."])
        #expect(!m[0].contains { $0.type == .person }, "\(names(m[0]))")
    }

    @Test func everySpellingOfAFullNameTakesTheDisplayName() {
        let m = mentions(["وأعلن الرئيس الباجي قايد السبسي عن مبادرة جديدة."])
        #expect(canonical(m[0], "الباجي قايد السبسي") == .some("الباجي قائد السبسي"), "\(m[0].map { ($0.surface, $0.canonical) })")
    }

    @Test func aSurnameThatIsAWordIsNeverTakenAlone() {
        // «بري» (land), «الأسد» (the lion), «عباس» (a first name) are left to the other rules
        let m = mentions(["وشاهد الأطفال الأسد في حديقة الحيوان.",
                          "وتم نقل البضائع عبر الطريق البري إلى الميناء."])
        for doc in m { #expect(!doc.contains { $0.type == .person }, "\(names(doc))") }
        #expect(NotablePersons.gazetteer.lookup("بري") == nil)
        #expect(NotablePersons.gazetteer.lookup("نبيه بري") != nil)
    }

    @Test func aSharedSurnameHasNoDisplayName() {
        let m = mentions(["وتحدث الكتاب عن سياسة بوش في المنطقة."])
        #expect(names(m[0]).contains("بوش:person"), "\(names(m[0]))")
        #expect(canonical(m[0], "بوش") == .some(nil))
    }

    @Test func anotherPersonOfTheSameSurnameInTheArticleKeepsTheSurname() {
        // the article names someone else «X ماكرون» and never the president in full: the bare surname is not his
        let other = mentions(["وقال ستيفان ماكرون، مدير المدرسة، إن الامتحانات ستجرى في موعدها. وأضاف ماكرون أن القاعات جاهزة."])
        #expect(canonical(other[0], "ماكرون") == .some(nil), "\(other[0].map { ($0.surface, $0.canonical) })")
        // a first name spelled otherwise is the same person («إمانويل» for «إيمانويل»)
        let same = mentions(["وقال إمانويل ماكرون إن فرنسا مستعدة. وأضاف ماكرون أن الحوار ضروري."])
        #expect(canonical(same[0], "ماكرون") == .some("إيمانويل ماكرون"), "\(same[0].map { ($0.surface, $0.canonical) })")
    }

    @Test func aLongerNameGoesOnAfterTheNotableOne() {
        let m = mentions(["واستقبل الأمير محمد بن سلمان بن عبد العزيز الوفد في الرياض.",
                          "وقال دونالد ترامب جونيور إن والده سيفوز."])
        #expect(!names(m[0]).contains("محمد بن سلمان:person"), "\(names(m[0]))")
        #expect(!names(m[1]).contains("دونالد ترامب:person"), "\(names(m[1]))")
    }

    @Test func aFullNameSpelledOtherwiseTakesTheDisplayName() {
        #expect(NotablePersons.display(ofFullName: "فرنسوا هولاند") == "فرانسوا هولاند")
        #expect(NotablePersons.display(ofFullName: "ليونال ميسي") == "ليونيل ميسي")
        #expect(NotablePersons.display(ofFullName: "غسان المرزوقي") == nil)
        #expect(NotablePersons.display(ofFullName: "ستيفان ماكرون") == nil)
        #expect(NotablePersons.display(ofFullName: "ولد إمانويل ماكرون") == nil)
    }

    @Test func aSurnameAfterAnUnknownFirstNameIsThatPersons() {
        // «بيلار» is no first name the lists know: «روبيو» here is hers, not the senator's
        let m = mentions(["وحضرت بيلار روبيو الحفل مع زوجها."])
        #expect(canonical(m[0], "روبيو") == nil || canonical(m[0], "روبيو") == .some(nil), "\(m[0].map { ($0.surface, $0.canonical) })")
    }

    @Test func aSurnameAfterAPlaceHeadIsAWordOfThePlaceName() {
        // «لمنزل X»: a place named in construct with a notable surname is no mention of the person, pooled or not
        let m = mentions(["وانتقد بوتين القرار أمس.",
                          "وفاز النادي الإفريقي لمنزل بوتين على ضيفه أمس."])
        #expect(names(m[0]).contains("بوتين:person"), "\(names(m[0]))")
        #expect(!m[1].contains { $0.type == .person }, "\(names(m[1]))")
    }
}
