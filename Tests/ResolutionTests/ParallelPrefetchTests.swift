import Testing
import ArabicText
import Extraction
@testable import Resolution

/// The parts of entity resolution worked out on all the cores give what the serial code gave, however the work is
/// split (session 34: `NameContext` name forms, `ConstructPlaces.ownHeads`, `NameTable.prefetchWords`).
@Suite struct ParallelPrefetchTests {
    static let surfaces = ["نهر دجلة", "دجلة", "وادي دجلة", "إسماعيل قاآني", "قاآني", "قا آني", "الرئيس دونالد ترامب",
                           "مطار بغداد الدولي", "مطار بغداد", "كتائب سيد الشهداء", "عبد الله", "F-16", "أمريكا", "بغداد،",
                           "محمد بن سعود", "م\u{0651}\u{064E}حمد", "", " "]

    /// Articles of one mention a sentence, "في " + surface + " أمس.", some of them lexicon places with a longer canonical name.
    static func corpus() -> ([Document], [DocumentExtraction]) {
        var docs: [Document] = [], exs: [DocumentExtraction] = []
        for a in 0..<12 {
            var ex = DocumentExtraction()
            var blocks: [String] = []
            for (i, surface) in surfaces.enumerated() where (i + a) % 3 != 0 {
                let before = i % 2 == 0 ? "قرب " : "في "
                let b = blocks.count
                blocks.append(before + surface + " أمس.")
                let start = before.unicodeScalars.count
                ex.sentences.append(Sentence(span: TextSpan(block: b, start: 0, end: blocks[b].unicodeScalars.count)))
                let place = surface == "دجلة" || surface == "مطار بغداد"
                ex.mentions.append(Mention(span: TextSpan(block: b, start: start, end: start + surface.unicodeScalars.count), sentence: b,
                                           surface: surface, type: place ? .place : .person, key: ArabicNormalizer.matchKey(surface),
                                           canonical: surface == "دجلة" ? "نهر دجلة" : nil, rule: place ? .lexicon : .pooled))
            }
            docs.append(Document(id: "d\(a)", blocks: blocks))
            exs.append(ex)
        }
        return (docs, exs)
    }

    @Test func nameFormsAreTheJoinedKeysAndTheirShorterStartsAndEnds() {
        for s in Self.surfaces {
            let keys = NameContext.keys(s)
            guard let f = NameContext.nameForms(s) else {
                #expect(keys.isEmpty)
                continue
            }
            #expect(f.whole == keys.joined(separator: " "))
            #expect(f.prefixes == (1..<max(1, keys.count)).map { keys[..<$0].joined(separator: " ") })
            #expect(f.suffixes == (1..<max(1, keys.count)).map { keys[$0...].joined(separator: " ") })
        }
    }

    @Test func nameCountsDoNotDependOnHowTheSurfacesAreSplit() {
        let (docs, exs) = Self.corpus()
        let one = NameContext(documents: docs, extractions: exs, jobs: 1, surfaceChunk: 1_000_000)
        let many = NameContext(documents: docs, extractions: exs, jobs: 2, surfaceChunk: 1)
        var asked = 0
        for s in Self.surfaces {
            let keys = NameContext.keys(s)
            for lo in 0..<keys.count {
                for hi in (lo + 1)...keys.count {
                    let part = Array(keys[lo..<hi])
                    #expect(one.mentions(of: part) == many.mentions(of: part))
                    #expect(one.mentionsStarting(with: part) == many.mentionsStarting(with: part))
                    #expect(one.mentionsEnding(with: part) == many.mentionsEnding(with: part))
                    // the three counts with the words joined once are the three asked one by one
                    let nested = many.nesting(of: part)
                    #expect(nested.own == one.mentions(of: part) && nested.starting == one.mentionsStarting(with: part)
                            && nested.ending == one.mentionsEnding(with: part))
                    asked += one.mentions(of: part) + one.mentionsStarting(with: part)
                }
            }
        }
        #expect(asked > 0)
        #expect(one.mentions(of: NameContext.keys("إسماعيل قاآني")) == 8)
        #expect(one.mentionsEnding(with: NameContext.keys("قاآني")) == 8)
    }

    @Test func ownHeadsAreEachMentionsOwnHead() {
        let (docs, exs) = Self.corpus()
        let context = NameContext(documents: docs, extractions: exs, jobs: 2)
        let heads = ConstructPlaces.ownHeads(extractions: exs, context: context, jobs: 2, minChunk: 1)
        #expect(heads.count == exs.count)
        var read = 0
        for (a, ex) in exs.enumerated() {
            #expect(heads[a].count == ex.mentions.count)
            for (m, mention) in ex.mentions.enumerated() {
                if ConstructPlaces.isLexiconPlace(mention), context.before[a][m] != nil {
                    #expect(heads[a][m] == .some(ConstructPlaces.ownHead(mention)))
                    read += 1
                } else {
                    #expect(heads[a][m] == .none)
                }
            }
        }
        #expect(read > 0)
        #expect(heads.joined().contains(.some("نهر")))
    }

    @Test func prefetchedWordsAreNumberedAsWithoutIt() {
        let plain = NameTable(), ahead = NameTable()
        let spellings = Self.surfaces + ["مطار", "بغداد"]
        let idsPlain = spellings.map { plain.id($0) }
        let idsAhead = spellings.map { ahead.id($0) }
        #expect(idsPlain == idsAhead)
        ahead.prefetchWords(idsAhead.reversed() + idsAhead, jobs: 2, minChunk: 1)
        // asked in another order than prefetched: the words get the numbers they get without the prefetch
        for id in idsPlain.reversed() + idsPlain { #expect(plain.words(id) == ahead.words(id)) }
        #expect(plain.ids.strings == ahead.ids.strings)
        #expect(plain.ids.classOf == ahead.ids.classOf)
    }

    @Test func resolutionOfTheCorpusIsTheSameEveryTime() {
        let (docs, exs) = Self.corpus()
        let first = EntityResolver(minimumConfidence: 0).resolve(documents: docs, extractions: exs, curated: [])
        let second = EntityResolver(minimumConfidence: 0).resolve(documents: docs, extractions: exs, curated: [])
        #expect(first.entities == second.entities)
        #expect(first.entityOfMention == second.entityOfMention)
        #expect(!first.entities.isEmpty)
    }
}
