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

    /// (with the reader's table of words kept, and emptied every few words: `wordLimit`)
    @Test(arguments: [SearchTermReader.wordLimit, 7]) func readerGivesTheTermsAndWeightsOfWeightedTerms(wordLimit: Int) {
        var reader = SearchTermReader(id: 0, wordLimit: wordLimit)
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
    @Test(arguments: [SearchTermReader.wordLimit, 1000]) func readerAgreesOnManyAlikeWords(wordLimit: Int) {
        var generator = SystemRandomNumberGenerator()
        let letters: [String] = ["ب", "ت", "س", "ل", "م", "ن", "ي", "ا", "أ", "ة", "و", "ـ", "\u{64E}", "ك", "a", "7", "٣"]
        func word() -> String {
            let prefix = ["", "", "ال", "و", "بال", "ل"].randomElement(using: &generator)!
            return prefix + (0..<Int.random(in: 1...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
        }
        let vocabulary = (0..<6000).map { _ in word() }
        var reader = SearchTermReader(id: 0, wordLimit: wordLimit)
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

    /// The stems of a key worked out on its bytes (`SearchStemTable`) are `SearchIndex.stems(of:)`, in order, on
    /// seeded random keys: clitic prefixes (و ف ب ك ل, لل, ولل, فبال), one- to three-scalar keys, stop words,
    /// spaces inside a key (a compatibility fold can make them), Latin, digits and scalars of every UTF-8 length.
    @Test func stemsOnBytesAreThoseOfTheStrings() {
        var random = SeededRandom(seed: 0x5EA2_C4_0042)
        let prefixes = ["", "", "و", "ف", "ب", "ك", "ل", "لل", "ولل", "فلل", "وب", "فك", "بال", "وبال", "فبال", "ال", "لا", "و ل"]
        let pieces = ["ا", "ل", "ع", "ر", "ق", "ب", "و", "ف", "ك", "ة", "ه", "ي", "ن", "a", "7", "٣", " ", "é", "€", "😀"]
        var keys = SearchIndex.stopWords + ["", "ل", "لل", "للل", "لللا", "وللا", "ولل", "فل", "وب", "بب", "وو", "x"]
        for _ in 0..<6_000 {
            let rest = random.below(4) == 0
                ? random.scalars(from: [0x20...0x7E, 0x80...0x7FF, 0x0600...0x06FF, 0x0800...0xFFFF, 0x10000...0x10FFFF], maxScalars: 4)
                : random.text(of: pieces, maxPieces: 6)
            keys.append(prefixes[random.below(prefixes.count)] + rest)
            keys.append(prefixes[random.below(prefixes.count)] + SearchIndex.stopWords[random.below(SearchIndex.stopWords.count)])
        }
        var table = SearchStemTable()
        for round in 0..<2 {  // the second time every stem is known
            for key in keys {
                var ids: [UInt32] = []
                table.appendTerms(ofKey: key, to: &ids)
                let got = ids.map { table.names[Int($0)] }
                #expect(got == SearchIndex.stems(of: key).map(\.string), "round \(round): \(key)")
            }
        }
        #expect(Set(table.names).count == table.names.count, "each term once")
        #expect(Set(table.names).isDisjoint(with: SearchIndex.stopWords))
    }

    /// Many documents of seeded random words (the alike words above, and words of any scalar), read by readers whose
    /// table of words is kept or emptied often: each gives what `SearchIndex.weightedTerms` gives.
    @Test(arguments: [SearchTermReader.wordLimit, 300, 1]) func readerAgreesOnSeededDocuments(wordLimit: Int) {
        var random = SeededRandom(seed: 0xD0C5_0042 &+ UInt64(wordLimit))
        let pieces = ["ب", "ت", "س", "ل", "م", "ن", "ي", "ا", "أ", "إ", "آ", "ة", "و", "ف", "ـ", "\u{64E}", "\u{651}", "ك", "a", "Q",
                      "7", "٣", "،", ".", "-", "\u{200C}", "ﻻ", "ﷲ", "😀"]
        let prefixes = ["", "", "", "ال", "و", "وال", "بال", "ل", "لل", "فلل"]
        var vocabulary: [String] = SearchIndex.stopWords
        for _ in 0..<3_000 {
            vocabulary.append(prefixes[random.below(prefixes.count)] + random.text(of: pieces, maxPieces: 6))
            if random.below(8) == 0 {
                vocabulary.append(random.scalars(from: [0x21...0x7E, 0x80...0x7FF, 0x0600...0x06FF, 0xFB50...0xFEFF, 0x10000...0x1FFFF],
                                                 maxScalars: 5))
            }
        }
        var reader = SearchTermReader(id: 0, wordLimit: wordLimit)
        for n in 0..<40 {
            let words = (0..<(1 + random.below(300))).map { _ in vocabulary[random.below(vocabulary.count)] }
            let separators = [" ", "، ", "\n", " … ", "  "]
            let text = words.map { $0 + separators[random.below(separators.count)] }.joined()
            let doc = SearchDocument(title: vocabulary[random.below(vocabulary.count)], kind: .article, label: "مقال",
                                     path: SitePath("articles/\(n)"),
                                     altTitles: (0..<random.below(3)).map { _ in vocabulary[random.below(vocabulary.count)] }, text: text)
            let read = reader.weightedTerms(of: doc)
            var got: [String: Int] = [:]
            for i in stride(from: 0, to: read.count, by: 2) {
                #expect(got[reader.names[Int(read[i])]] == nil, "a term once")
                got[reader.names[Int(read[i])]] = Int(read[i + 1])
            }
            let expected = Dictionary(uniqueKeysWithValues: SearchIndex.weightedTerms(of: doc).map { ($0.term, $0.weight) })
            #expect(got == expected, "document \(n)")
            #expect(reader.globalIDs.count == reader.names.count)
        }
    }
}
