import Testing
import ArabicText
import Extraction
@testable import Resolution

/// Names cut at a hyphen, and a lexicon town written with ال by another place.
@Suite struct CutAndTwinPlaceTests {
    static func joined(_ text: String, _ name: String, mentionAfter: Bool = false, mentionBefore: Bool = false) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let start = Array(text.unicodeScalars).indices.first { i in
            Array(scalars[i...]).starts(with: Array(name.unicodeScalars))
        }!
        return NameContext.isHyphenJoined(scalars, start: start, end: start + name.unicodeScalars.count,
                                          mentionAfter: mentionAfter, mentionBefore: mentionBefore)
    }

    @Test func aHyphenWithNoSpaceJoinsOneName() {
        // a double surname, a town of two words written with a hyphen
        #expect(Self.joined("وقالت النائبة ماري شولتز-برانت أمس", "ماري شولتز"))
        #expect(Self.joined("في مدينة سان-كارلوس الساحلية", "كارلوس"))
        // a dash between spaces; a hyphen before another mention or a first name (a list of players)
        #expect(!Self.joined("قال ماري شولتز - أمس", "ماري شولتز"))
        #expect(!Self.joined("كريم العابد-رامي الحاج", "كريم العابد", mentionAfter: true))
        #expect(!Self.joined("كريم العابد-رامي الحاج", "كريم العابد"))
        #expect(!Self.joined("كريم العابد-رامي الحاج", "رامي الحاج", mentionBefore: true))
    }

    /// One article writes a lexicon town without ال, another a locality with ال after an area head.
    static func resolve(definiteRule: DiscoveryRule) -> ResolvedCorpus {
        let sentences = [("زار الوفد غرداية أمس.", "غرداية", DiscoveryRule.lexicon), ("وقع الحادث بمنطقة الغرداية أمس.", "الغرداية", definiteRule)]
        var docs: [Document] = [], exs: [DocumentExtraction] = []
        for (a, (text, name, rule)) in sentences.enumerated() {
            let scalars = Array(text.unicodeScalars), n = Array(name.unicodeScalars)
            let start = scalars.indices.first { Array(scalars[$0...]).starts(with: n) }!
            var ex = DocumentExtraction()
            ex.sentences.append(Sentence(span: TextSpan(block: 0, start: 0, end: scalars.count)))
            ex.mentions.append(Mention(span: TextSpan(block: 0, start: start, end: start + n.count), sentence: 0, surface: name,
                                       type: .place, key: ArabicNormalizer.matchKey(name), rule: rule))
            docs.append(Document(id: "d\(a)", blocks: [text]))
            exs.append(ex)
        }
        return EntityResolver(minimumConfidence: 0).resolve(documents: docs, extractions: exs, curated: [])
    }

    @Test func aLexiconTownWrittenWithTheArticleByAnotherPlaceStaysApart() {
        let apart = Self.resolve(definiteRule: .placeHead)
        #expect(apart.entities.count == 2, "\(apart.entities.map(\.name))")
        #expect(!apart.entities.contains { $0.variants.count > 1 })
        // the lexicon knows the form with ال too: one place
        let together = Self.resolve(definiteRule: .lexicon)
        #expect(together.entities.count == 1, "\(together.entities.map(\.name))")
    }
}
