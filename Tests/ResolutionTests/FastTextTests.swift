import Testing
import ArabicDates
import ArabicText
import Extraction
@testable import Resolution

/// The byte-wise and scalar-wise shortcuts of the resolvers give what the plain `String` code gives.
@Suite struct FastTextTests {
    /// Spellings that stress the shortcuts: composed and decomposed hamza (canonically equal),
    /// tashkeel in both orders, Latin accents, presentation forms, spaces, joiners, empty.
    static let samples = ["قاآني", "قا آني", "أحمد", "\u{0627}\u{0654}حمد", "إسماعيل", "الكاظمي", "كاظمي",
                          "مُحَمَّد", "محمد", "م\u{0651}\u{064E}", "م\u{064E}\u{0651}", "café", "cafe\u{0301}",
                          "ﻻ", "لا", "عبد الله", "عبدالله", "Ω", "\u{2126}", "a\u{200D}b", "", " ", "الولايات المتحدة",
                          "قاعدة عين الأسد", "F-16", "٣ صواريخ", "بغداد،", "ABC", "abc"]

    @Test func plainStringsCompareByBytesAsStringsDo() {
        for a in Self.samples {
            for b in Self.samples {
                let plain = TextOrder.isPlain(a) && TextOrder.isPlain(b)
                #expect(TextOrder.less(a, b, plain: plain) == (a < b), "\(a) < \(b)")
                #expect(TextOrder.equal(a, b) == (a == b), "\(a) == \(b)")
                if plain { #expect(TextOrder.sameBytes(a, b) == (a == b)) }
            }
        }
        #expect(TextOrder.uniqued(["ب", "أ", "\u{0627}\u{0654}", "ب", "ج"]) == ["ب", "أ", "ج"])
    }

    @Test func stringIDsGroupWhatStringEqualityGroups() {
        var ids = StringIDs()
        let numbered = Self.samples.map { ids.id($0) }
        #expect(numbered == Self.samples.map { ids.id($0) })  // stable
        for (i, a) in Self.samples.enumerated() {
            #expect(ids[numbered[i]] == a)
            for (j, b) in Self.samples.enumerated() {
                #expect((ids.classOf[numbered[i]] == ids.classOf[numbered[j]]) == (a == b), "\(a) ~ \(b)")
                #expect(ids.less(numbered[i], numbered[j]) == (a < b))
            }
        }
    }

    @Test func spellingTableNumbersManyStrings() {
        var table = SpellingTable()
        for i in 0..<5000 { #expect(table.insert("اسم \(i)") == (i, true)) }
        for i in stride(from: 0, to: 5000, by: 7) { #expect(table.insert("اسم \(i)") == (i, false)) }
        #expect(table.count == 5000)
    }

    @Test func nameTableMatchesTheNameHelpers() {
        let names = NameTable()
        for s in Self.samples {
            let id = names.id(s)
            #expect(names.words(id).map { names[$0] } == NameSkeleton.words(s), "\(s)")
            #expect(names[names.bare(id)] == NameSkeleton.withoutArticle(s))
            #expect(names[names.matchKey(id)] == ArabicNormalizer.matchKey(s))
            #expect(names[names.skeleton(id)] == NameSkeleton.of(s))
        }
    }

    /// A run of marks alone between spaces (a tatweel dash, «بيروت ـ من») is no word for the tokenizer: the table's
    /// words of a spelling skip it as `NameSkeleton.words` does (an earlier split of its own gave an empty word there).
    @Test func nameTableWordsSkipRunsOfMarksAlone() {
        let names = NameTable()
        for s in ["بيروت ـ من", "ـ تونس", "علي ـــ", "ً محمد", "سيدي  ـ بوزيد"] {
            let words = names.words(names.id(s)).map { names[$0] }
            #expect(words == Tokenizer.tokenize(s).filter { $0.kind == .word }.map(\.key), "\(s)")
            #expect(!words.contains(""), "\(s)")
        }
    }

    @Test func demonymMatchKeysFoldAsMatchKeyDoes() {
        let keys = Self.samples.map(ArabicNormalizer.matchKey) + ["الولاياتالمتحده", "امريكا"]
        for name in Self.samples + ["الولايات  المتحدة", "أمريكا", "آمريكا"] {
            for key in keys {
                #expect(DemonymActors.hasMatchKey(name, key) == (ArabicNormalizer.matchKey(name) == key), "\(name) / \(key)")
            }
        }
    }

    @Test func airstrikeActorFromDemonymWithAndWithoutTashkeel() {
        for text in ["شنت طائرات غارة أمريكية على موقع قرب بغداد يوم 3 يناير 2020.",
                     "شنّت طائرات غارة أمريكية على موقع قرب بغداد يوم 3 يناير 2020."] {
            let docs = [Document(id: "d0", blocks: ["قالت الولايات المتحدة إنها سترد.", text], date: PartialDate(year: 2020, month: 1, day: 5))]
            let x = EntityExtractor(known: [])
            let g = x.pool(docs.map { x.discover(in: $0) })
            let exs = docs.map { x.extract($0, gazetteer: g) }
            var corpus = EntityResolver().resolve(documents: docs, extractions: exs, curated: [])
            EventResolver().resolve(documents: docs, extractions: exs, corpus: &corpus, curated: [])
            let strike = corpus.events.first { $0.type == .airstrike }
            if let strike, let actor = strike.actors.first {
                #expect(corpus.entities[actor].name == "الولايات المتحدة")
            }
        }
    }
}
