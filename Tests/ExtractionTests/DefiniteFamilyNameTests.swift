import Testing
@testable import Extraction

/// A lexicon first name followed by a definite word that no word list knows: the family name, with no title.
@Suite struct DefiniteFamilyNameTests {
    @Test func unknownDefiniteWordAfterAFirstNameIsTheFamilyName() {
        let m = mentions(["وحضر الحفل فؤاد الشنقار إلى جانب عدد من الفنانين.",
                          "وأشار طارق الحداد، في ندوة صحفية، إلى ارتفاع الأسعار.",
                          "والتقى شوقي الطبيب، رئيس الهيئة، ممثلين عن المجتمع المدني."])
        #expect(names(m[0]) == ["فؤاد الشنقار:person"])
        #expect(names(m[1]).contains("طارق الحداد:person"))
        // a trade or a quality with the article is a family name too
        #expect(names(m[2]).contains("شوقي الطبيب:person"))
    }

    @Test func notAFamilyName() {
        // a Hijri month that is also a first name
        let month = mentions(["ويحل شهر رمضان المعظم بعد أيام قليلة."])[0]
        #expect(month.allSatisfy { $0.type != .person }, "\(names(month))")
        // a participle, a verbal noun in ت, a feminine noun, a feminine nisba with the article
        for text in ["وأصبح القانون ساري المفعول منذ أمس.", "ونال فؤاد التميز في المسابقة.",
                     "وتحدث جوهر البساطة في الحياة.", "وتحدث فؤاد الثورية في خطابه."] {
            let m = mentions([text])[0]
            #expect(m.allSatisfy { $0.type != .person || !$0.surface.contains(" ") }, "\(names(m))")
        }
    }

    @Test func theNameStopsBeforeTheNextClause() {
        // a verb after the family name is not part of the name
        let verb = mentions(["وكان فؤاد الشنقار يرتدي قميصا أبيض."])[0]
        #expect(names(verb) == ["فؤاد الشنقار:person"])
        // nor a word in a form no family name takes
        let dual = mentions(["وكان فؤاد الشنقار ناقشا المسألة مع الوفد."])[0]
        #expect(!names(dual).contains { $0.hasSuffix("ناقشا:person") }, "\(names(dual))")
        // not inside a longer name the rules did not take whole (after بن)
        let inside = mentions(["وزار الضريح علي بن موسى الشنقار في الصباح."])[0]
        #expect(!names(inside).contains("موسى الشنقار:person"), "\(names(inside))")
    }

    @Test func namesOnceListedAsFrequentWords() {
        // first names that the frequent-word list blocked
        let m = mentions(["وقال أردوغان إن بلاده مستعدة للحوار.", "وسجل كريستيانو رونالدو هدفين."])
        #expect(names(m[0]) == ["أردوغان:person"], "\(names(m[0]))")
        #expect(names(m[1]).contains("كريستيانو رونالدو:person"), "\(names(m[1]))")
    }
}
