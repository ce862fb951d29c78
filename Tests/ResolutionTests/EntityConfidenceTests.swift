import Foundation
import Testing
import ArabicText
import Extraction
@testable import Resolution

@Suite struct EntityConfidenceTests {
    /// Each `Feature` case is the feature of its position in `featureNames` (the name in camel case), and every feature
    /// has its case: `features` sets them by position.
    @Test func featureCasesAreTheNamedFeaturesInOrder() {
        #expect(EntityConfidence.Feature.allCases.count == EntityConfidence.featureNames.count)
        for f in EntityConfidence.Feature.allCases {
            let parts = EntityConfidence.featureNames[f.rawValue].split(separator: "_")
            let camel = parts[0] + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            #expect("\(f)" == camel)
            #expect(EntityConfidence.featureIndex[EntityConfidence.featureNames[f.rawValue]] == f.rawValue)
        }
    }

    func features(of name: String, in texts: [[String]]) -> [String: Double]? {
        let docs = texts.enumerated().map { Document(id: "d\($0.offset)", blocks: $0.element) }
        let x = EntityExtractor()
        let g = x.pool(docs.map { x.discover(in: $0) })
        let exs = docs.map { x.extract($0, gazetteer: g) }
        let context = NameContext(documents: docs, extractions: exs, jobs: 2)
        var refs: [MentionRef] = []
        for (a, ex) in exs.enumerated() {
            for (m, mention) in ex.mentions.enumerated() where mention.surface == name { refs.append(MentionRef(article: a, mention: m)) }
        }
        guard !refs.isEmpty else { return nil }
        let f = EntityConfidence.features(name: name, type: .organization, mentions: refs, extractions: exs,
                                          perSentence: EntityConfidence.mentionsPerSentence(exs), context: context,
                                          variants: 1, topVariantCount: refs.count)
        return Dictionary(uniqueKeysWithValues: zip(EntityConfidence.featureNames, f))
    }

    @Test func neighboursAndNestingOfACutName() throws {
        // «وكالة تونس» is always followed by the same word, and starts a longer name found elsewhere
        let texts = [["وقالت وكالة تونس افريقيا للأنباء إن الوفد وصل."], ["ونقلت وكالة تونس افريقيا عن مصدر أمني أن الطريق مغلق."],
                     ["وأضافت وكالة تونس افريقيا أن الاجتماع انتهى."]]
        let f = try #require(features(of: "وكالة تونس", in: texts) ?? features(of: "وكالة تونس افريقيا", in: texts))
        #expect(f["next_sticky"]! > 0 || f["start_of_longer"]! > 0)
    }

    @Test func quotedNameAfterAnOutletHead() throws {
        // «قناة "الفجر"»: a channel's own name between quotes; «قناة» before a common word is a canal
        let texts = [["وبثت قناة \"الفجر\" الفضائية خطابا للأمين العام للحركة."]]
        let f = try #require(features(of: "الفجر", in: texts))
        #expect(f["quoted"] == 1)
        #expect(f["quoted_outlet"] == 1)
        #expect(EntityConfidence.isQuotedOutlet(EntityConfidence.featureNames.map { f[$0]! }))
        let (c, _) = resolveTexts(texts, minimumConfidence: EntityConfidence.threshold)
        #expect(c.entities.contains { $0.name == "الفجر" && $0.type == .organization })
    }

    @Test func headAfterAMentionIsNoNameWord() throws {
        // «معسكر أشرف بمحافظة ديالى»: the word after the name is an area head with a proclitic, not a name word
        let f = try #require(features(of: "معسكر أشرف", in: [["واجتمع القادة في معسكر أشرف بمحافظة ديالى أمس."]]))
        #expect(f["next_name_word"] == 0)
    }

    @Test func wordAroundAMentionStopsAtPunctuation() {
        let s = Array("قال: محمد العربي، ثم".unicodeScalars)
        // "قال" is cut from "محمد" by a colon; "ثم" by a comma
        #expect(Tokenizer.edgeWordKey(in: s, from: 0, to: 5, last: true) == nil)
        #expect(Tokenizer.edgeWordKey(in: s, from: 0, to: 3, last: true) == ArabicNormalizer.matchKey("قال"))
        #expect(Tokenizer.edgeWordKey(in: s, from: 16, to: s.count, last: false) == nil)
        #expect(Tokenizer.edgeWordKey(in: s, from: 10, to: s.count, last: false) == ArabicNormalizer.matchKey("العربي"))
    }

    @Test func aPhraseStartingWithAPrepositionHasNoPage() {
        #expect(EntityConfidence.startsWithPreposition("على هامش"))
        #expect(EntityConfidence.startsWithPreposition("في كل"))
        #expect(!EntityConfidence.startsWithPreposition("علي العريض"))
    }

    @Test func aNameWithTheParticleAnnGluedOnHasNoPage() {
        #expect(EntityConfidence.hasParticleWord("سامر الدليمي أنّهم"))
        #expect(EntityConfidence.hasParticleWord("بأن العبيدي"))
        #expect(EntityConfidence.hasParticleWord("لأنه الوزير"))
        for name in ["أنور السادات", "أنس جابر", "بان كي مون", "إنجي أفلاطون", "آنا ماريا"] {
            #expect(!EntityConfidence.hasParticleWord(name), "\(name)")
        }
    }

    @Test func firstNamesOnlyThatLongerNamesFollowAreNoPerson() {
        func features(nextNameWord: Double, mentions: Double) -> [Double] {
            var f = [Double](repeating: 0, count: EntityConfidence.featureNames.count)
            f[EntityConfidence.featureIndex["next_name_word"]!] = nextNameWord
            f[EntityConfidence.featureIndex["log_mentions"]!] = log(mentions + 1)
            return f
        }
        #expect(EntityConfidence.isFirstNamesOfLongerNames("محمد علي", features(nextNameWord: 0.7, mentions: 43)))
        // few mentions: a list of full names says nothing
        #expect(!EntityConfidence.isFirstNamesOfLongerNames("محمد علي", features(nextNameWord: 0.7, mentions: 3)))
        // a full name is followed by the next name of a list now and then
        #expect(!EntityConfidence.isFirstNamesOfLongerNames("محمد علي", features(nextNameWord: 0.2, mentions: 43)))
        // a family name is no first name
        #expect(!EntityConfidence.isFirstNamesOfLongerNames("محمد الغنوشي", features(nextNameWord: 0.7, mentions: 43)))
    }

    @Test func inflectedOrdinaryWordsAreNoNameWords() {
        func ordinary(_ w: String) -> Bool { NameEvidence.isInflectedOrdinaryWord(w) }
        // proclitics, enclitic pronouns, dual and feminine endings, the future prefix on a verb
        for w in ["ونائبتين", "وطيرانهم", "سيجمعها", "فبالطيران", "نائبتان", "بكثرة", "يغير"] { #expect(ordinary(w), "\(w)") }
        // a feminine noun whose ة is written ت before a pronoun
        for w in ["مهمتنا", "فترتهم", "حكومتها"] { #expect(ordinary(w), "\(w)") }
        // first names and names that are also words, with or without a proclitic; nisba and dual family names;
        // a dictionary word as written is left to the entity confidence
        for w in ["سليم", "وسليم", "منصور", "صباح", "كريم", "أمل", "منصوري", "العامري", "سعيدان", "بمنصور", "الطيران"] {
            #expect(!ordinary(w), "\(w)")
        }
        var f = [Double](repeating: 0, count: EntityConfidence.featureNames.count)
        f[EntityConfidence.featureIndex["one_article"]!] = 1
        let none: (String) -> Int = { _ in 0 }
        #expect(EntityConfidence.endsOnOrdinaryWord("منتظر سيجمعها", f, otherNamesEndingWith: none))
        #expect(EntityConfidence.endsOnOrdinaryWord("رمزي ونائبتين", f, otherNamesEndingWith: none))
        #expect(!EntityConfidence.endsOnOrdinaryWord("رمزي منصور", f, otherNamesEndingWith: none))
        #expect(!EntityConfidence.endsOnOrdinaryWord("لمياء العامري", f, otherNamesEndingWith: none))
        // one word alone is left to the score
        #expect(!EntityConfidence.endsOnOrdinaryWord("ونائبتين", f, otherNamesEndingWith: none))
        // a family name that is also a word ends other names of the corpus
        #expect(!EntityConfidence.endsOnOrdinaryWord("رمزي ونائبتين", f, otherNamesEndingWith: { _ in 2 }))
        // a possessed feminine noun ends no family name, whatever other names end with it
        #expect(EntityConfidence.endsOnOrdinaryWord("سامي مهمتها", f, otherNamesEndingWith: { _ in 2 }))
        #expect(NameEvidence.isFeminineNounWithPronoun("وحكومتهم") && !NameEvidence.isFeminineNounWithPronoun("حكومة"))
        // a month name that is also a first name, before an ordinary word, a verb or an adjective: a phrase
        #expect(EntityConfidence.endsOnOrdinaryWord("رمضان المنقضي", f, otherNamesEndingWith: none))
        #expect(EntityConfidence.endsOnOrdinaryWord("رمضان يكثر", f, otherNamesEndingWith: none))
        #expect(EntityConfidence.endsOnOrdinaryWord("شعبان بكثرة", f, otherNamesEndingWith: none))
        #expect(!EntityConfidence.endsOnOrdinaryWord("رمضان عبيدي", f, otherNamesEndingWith: none))
        #expect(!EntityConfidence.endsOnOrdinaryWord("شعبان منصور", f, otherNamesEndingWith: none))
        #expect(!EntityConfidence.endsOnOrdinaryWord("منير يكثر", f, otherNamesEndingWith: none))  // no month: left to the score
        // named in several articles: the rule leaves it to the score
        f[EntityConfidence.featureIndex["one_article"]!] = 0
        #expect(!EntityConfidence.endsOnOrdinaryWord("منتظر سيجمعها", f, otherNamesEndingWith: none))
    }

    @Test func lexiconPlacesAreKeptWhateverTheScore() {
        let (c, _) = resolveTexts([["وصل الوفد إلى أربيل مساء أمس."]], minimumConfidence: 1.01)
        #expect(c.entities.contains { $0.name == "أربيل" && $0.type == .place })
    }

    @Test func fittedWeightsScoreACutNameUnderItsFullName() {
        var cut = [Double](repeating: 0, count: EntityConfidence.featureNames.count)
        cut[0] = 1
        let full = cut
        let i = EntityConfidence.featureNames.firstIndex(of: "next_sticky")!
        let j = EntityConfidence.featureNames.firstIndex(of: "start_of_longer")!
        cut[i] = 1
        cut[j] = 0.9
        #expect(EntityConfidence.score(cut) < EntityConfidence.score(full))
        #expect(EntityConfidence.threshold > 0.5)
    }
}

@Suite struct EdgeWordTests {
    /// `Tokenizer.edgeWordKey` gives what tokenizing the window gives, on windows around every word of texts
    /// with punctuation, digits, tashkeel, joiners and Latin.
    @Test func edgeWordKeyAgreesWithTheTokenizer() {
        let texts = ["قال: محمد العربي، ثم غادر.", "وصل 12 شخصا إلى مطار «قرطاج» الدولي", "الرئيسُ عبدُ الله‌الثاني (2020) زار F-16 اليوم",
                     "  ميشال   عون أرضا!", "٣ آلاف جندي في بغداد؟ نعم"]
        for text in texts {
            let s = Array(text.unicodeScalars)
            for from in 0..<s.count {
                for to in stride(from: from + 1, through: min(s.count, from + 20), by: 1) {
                    let tokens = Tokenizer.tokenize(scalars: Array(s[from..<to]))
                    var expectFirst: String? = nil, expectLast: String? = nil
                    if let t = tokens.first, t.kind == .word, !(t.end == to - from && to < s.count) { expectFirst = t.key }
                    if let t = tokens.last, t.kind == .word, !(t.start == 0 && from > 0) { expectLast = t.key }
                    #expect(Tokenizer.edgeWordKey(in: s, from: from, to: to, last: false) == expectFirst, "\(text) \(from)..<\(to)")
                    #expect(Tokenizer.edgeWordKey(in: s, from: from, to: to, last: true) == expectLast, "\(text) \(from)..<\(to) last")
                }
            }
        }
    }
}
