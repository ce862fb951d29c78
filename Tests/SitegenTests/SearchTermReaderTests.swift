import Testing
import ArabicText
@testable import Sitegen
import TestSupport

@Suite struct SearchTermReaderTests {
    /// Made-up documents with the cases a word's terms depend on: clitics, hamza and alef forms,
    /// diacritics and tatweel, digits of both kinds, Latin words, stop words, repeated words and titles.
    static let documents: [SearchDocument] = [
        SearchDocument(title: "وزير الخارجية الإيراني", kind: .person, label: "شخص", path: SitePath("entities/a"),
                       altTitles: ["وزير خارجية إيران", "الوزير"],
                       text: "قال وزير الخارجية إنّ الوفد وصل إلى بغداد، وبالعراق التقى الوزير بنظيره العراقيّ."),
        SearchDocument(title: "مباراة الفريقين", kind: .event, label: "حدث: مباراة", path: SitePath("events/b"),
                       text: "سجّل اللاعب هدفين في الدقيقة ٤٥ و 90، وفاز الفريق 2-1 على ضيفه في Stade de France"),
        SearchDocument(title: "أمريكا وامريكا", kind: .article, label: "مقال", path: SitePath("articles/c"),
                       text: "أمريكا امريكا آمريكا لأمريكا بأمريكا ـ ـ في من على العراق العراق العراق"),
        SearchDocument(title: "", kind: .article, label: "مقال", path: SitePath("articles/d"), text: ""),
        SearchDocument(title: "مؤتمر صحفي", kind: .article, label: "مقال", path: SitePath("articles/e"),
                       text: String(repeating: "عقد المؤتمر الصحفي في العاصمة ", count: 1100)),
    ]

    /// (with the stems shared by readers, and each worked out anew by a reader on its own: `SearchStems(shared:)`)
    @Test(arguments: [true, false]) func readerGivesTheTermsAndWeightsOfWeightedTerms(sharedStems: Bool) {
        var reader = SearchTermReader(id: 0, stems: SearchStems(shared: sharedStems))
        // twice over, so that the second round reads every word from the reader's table
        for round in 0..<2 {
            for doc in Self.documents {
                let read = reader.weightedTerms(of: doc)
                var got: [String: Int] = [:]
                var i = 0
                while i < read.count {
                    #expect(got[reader.names[Int(read[i])]] == nil, "a term once")
                    got[reader.names[Int(read[i])]] = Int(read[i + 1])
                    i += 2
                }
                let expected = Dictionary(uniqueKeysWithValues: SearchIndex.weightedTerms(of: doc).map { ($0.term, $0.weight) })
                #expect(got == expected, "round \(round): \(doc.title)")
            }
        }
        #expect(reader.names.contains("العراق") && reader.names.contains("امريكا"))
    }

    /// The stop set (sized for four times its words) holds the stop words and nothing else.
    @Test func stopSetHoldsTheStopWords() {
        #expect(SearchIndex.stopSet == Set(SearchIndex.stopWords.map(UTF8Key.init)))
        #expect(SearchIndex.stopSet.count == Set(SearchIndex.stopWords).count)
        for word in ["العراق", "وزير", "x", ""] { #expect(!SearchIndex.stopSet.contains(UTF8Key(word))) }
    }

    /// `hasTwoScalars` against the scalar view's count, on random strings of one- to four-byte scalars.
    @Test func twoScalarsAreCountedOnTheBytes() {
        var random = SeededRandom(seed: 0x1234_5678_9ABC_DEF1)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x80...0x7FF, 0x0600...0x06FF, 0x0800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
        for _ in 0..<5_000 {
            let s = random.scalars(from: ranges, maxScalars: 5)
            #expect(SearchIndex.hasTwoScalars(s) == (s.unicodeScalars.count >= 2), "\(s)")
        }
    }

    @Test func indexIsTheSameForAnyNumberOfThreads() {
        let docs = (0..<40).flatMap { _ in Self.documents }
        let one = SearchIndex(documents: docs, jobs: 1), three = SearchIndex(documents: docs, jobs: 3)
        #expect(one.shards == three.shards)
        #expect(!one.shards.isEmpty)
        for key in one.shardTerms.keys { #expect(one.shardScript(key) == three.shardScript(key)) }
    }

    /// Many words (thousands, so the reader's table grows several times), most alike (a few letters, clitics
    /// and diacritics, words that differ in one scalar or only in length): the reader's look-up through its
    /// buffers gives what `SearchIndex.weightedTerms` gives, word by word, whether the words are new or met.
    @Test(arguments: [true, false]) func readerAgreesOnManyAlikeWords(sharedStems: Bool) {
        var generator = SystemRandomNumberGenerator()
        let letters: [String] = ["ب", "ت", "س", "ل", "م", "ن", "ي", "ا", "أ", "ة", "و", "ـ", "\u{64E}", "ك", "a", "7", "٣"]
        func word() -> String {
            let prefix = ["", "", "ال", "و", "بال", "ل"].randomElement(using: &generator)!
            return prefix + (0..<Int.random(in: 1...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
        }
        let vocabulary = (0..<6000).map { _ in word() }
        var reader = SearchTermReader(id: 0, stems: SearchStems(shared: sharedStems))
        for n in 0..<60 {
            let text = (0..<400).map { _ in vocabulary.randomElement(using: &generator)! }.joined(separator: n % 2 == 0 ? " " : "، ")
            let doc = SearchDocument(title: vocabulary.randomElement(using: &generator)!, kind: .article, label: "مقال",
                                     path: SitePath("articles/\(n)"), text: text)
            let read = reader.weightedTerms(of: doc)
            var got: [String: Int] = [:]
            for i in stride(from: 0, to: read.count, by: 2) { got[reader.names[Int(read[i])]] = Int(read[i + 1]) }
            let expected = Dictionary(uniqueKeysWithValues: SearchIndex.weightedTerms(of: doc).map { ($0.term, $0.weight) })
            #expect(got == expected, "document \(n)")
        }
    }
}
