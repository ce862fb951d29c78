import Testing
@testable import Extraction

/// A lexicon body of some kind followed by whose it is, an area's plural with its adjective (made-up sentences).
@Suite struct KindOfBodyTests {
    @Test func aLexiconKindOfBodyFollowedByWhoseItIsIsAnotherBody() {
        let m = mentions(["وانعقد مجلس الأمن القومي برئاسة الرئيس لبحث الوضع.", "ودعا الوزير إلى اجتماع مجلس الأمن الروسي غدا.",
                          "وصوت مجلس الأمن الدولي على القرار أمس."])
        #expect(names(m[0]) == ["مجلس الأمن القومي:organization"], "\(names(m[0]))")
        #expect(names(m[1]) == ["مجلس الأمن الروسي:organization"], "\(names(m[1]))")
        #expect(names(m[2]) == ["مجلس الأمن الدولي:organization"], "\(names(m[2]))")
    }

    @Test func aBodyOfTheLexiconKindAfterATitleTakesItsCountry() {
        // after a title (the role's complement) as in running text; a nationality after the scope adjective is its country
        let m = mentions(["وقال رئيس مجلس الأمن القومي الأمريكي إن الوضع خطير.", "وعقد مجلس الأمن القومي التركي اجتماعا أمس."])
        #expect(names(m[0]).contains("مجلس الأمن القومي الأمريكي:organization"), "\(names(m[0]))")
        #expect(names(m[1]) == ["مجلس الأمن القومي التركي:organization"], "\(names(m[1]))")
    }

    @Test func aBodyOfProperNamesOrAnAdjectiveOfAnotherNounIsStillTheLexiconBody() {
        // «الله» is no common word: the nationality describes the body; a feminine adjective after a masculine head
        // describes another noun («ميليشيا … اللبنانية»)
        let m = mentions(["وقال حزب الله السوري إن مقاتليه انسحبوا.", "وقالت ميليشيا حزب الله اللبنانية إن المعارك توقفت."])
        for doc in m { #expect(names(doc).first == "حزب الله:organization", "\(names(doc))") }
    }

    @Test func aNationalityWrittenOnceAfterABodyTheCorpusWritesOftenIsKept() {
        // «وزارة الخارجية» alone in five articles: «وزارة الخارجية الكويتية» of one article is the Kuwaiti ministry,
        // not a descriptor to trim («وزارة الخارجية» of the country the articles are about)
        var texts = Array(repeating: "وأعلنت وزارة الخارجية أن السفير عاد.", count: 5)
        texts.append("وقالت وزارة الخارجية الكويتية إن الوفد وصل.")
        texts.append("وأكدت وزارة الخارجية الكورية الجنوبية أن الرعايا بخير.")
        let m = mentions(texts)
        #expect(names(m[5]) == ["وزارة الخارجية الكويتية:organization"], "\(names(m[5]))")
        #expect(names(m[6]) == ["وزارة الخارجية الكورية الجنوبية:organization"], "\(names(m[6]))")
    }

    @Test func anAreasPluralWithItsAdjectiveIsNoPlaceName() {
        let m = mentions(["وانقلبت الحافلة في منطقة منعرجات خطرة قرب القرية.", "ووقع الحادث في منطقة منعرجات الريح أمس."])
        #expect(!m[0].contains { $0.surface.contains("منعرجات") }, "\(names(m[0]))")
        #expect(names(m[1]).contains { $0.contains("منعرجات") }, "\(names(m[1]))")
    }
}
