import Testing
import ArabicText
import Extraction
@testable import Resolution

@Suite struct EntityConfidenceTests {
    func features(of name: String, in texts: [[String]]) -> [String: Double]? {
        let docs = texts.enumerated().map { Document(id: "d\($0.offset)", blocks: $0.element) }
        let x = EntityExtractor()
        let g = x.pool(docs.map { x.discover(in: $0) })
        let exs = docs.map { x.extract($0, gazetteer: g) }
        let context = NameContext(documents: docs, extractions: exs)
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

    @Test func wordAroundAMentionStopsAtPunctuation() {
        let s = Array("قال: محمد العربي، ثم".unicodeScalars)
        // "قال" is cut from "محمد" by a colon; "ثم" by a comma
        #expect(NameContext.word(in: s, from: 0, to: 5, last: true) == nil)
        #expect(NameContext.word(in: s, from: 0, to: 3, last: true) == ArabicNormalizer.matchKey("قال"))
        #expect(NameContext.word(in: s, from: 16, to: s.count, last: false) == nil)
        #expect(NameContext.word(in: s, from: 10, to: s.count, last: false) == ArabicNormalizer.matchKey("العربي"))
    }

    @Test func aPhraseStartingWithAPrepositionHasNoPage() {
        #expect(EntityConfidence.startsWithPreposition("على هامش"))
        #expect(EntityConfidence.startsWithPreposition("في كل"))
        #expect(!EntityConfidence.startsWithPreposition("علي العريض"))
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
