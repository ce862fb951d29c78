import ArabicText
import Extraction

/// A name and its word tokens, tokenized once: an entity's verdict asks some fifteen rules about its name
/// (`EntityConfidence`, `PhraseNames`), and each used to tokenize it again (~4,000 instructions a time).
struct NameWords {
    let name: String
    /// The name's tokens of kind `.word`, in order.
    let words: [Token]

    init(_ name: String) {
        self.name = name
        words = Tokenizer.tokenize(name).filter { $0.kind == .word }
    }

    /// The words' match keys.
    var keys: [String] { words.map(\.key) }
}

/// The rules on a plain name (tokenized for the one question).
extension EntityConfidence {
    static func features(name: String, type: EntityType, mentions: [MentionRef], extractions: [DocumentExtraction],
                         perSentence: [[Int]], context: NameContext, variants: Int, topVariantCount: Int) -> [Double] {
        features(name: NameWords(name), type: type, mentions: mentions, extractions: extractions, perSentence: perSentence,
                 context: context, variants: variants, topVariantCount: topVariantCount)
    }
    public static func startsWithPreposition(_ name: String) -> Bool { startsWithPreposition(NameWords(name)) }
    public static func hasParticleWord(_ name: String) -> Bool { hasParticleWord(NameWords(name)) }
    static func endsOnOrdinaryWord(_ name: String, _ features: [Double], otherNamesEndingWith: (String) -> Int) -> Bool {
        endsOnOrdinaryWord(NameWords(name), features, otherNamesEndingWith: otherNamesEndingWith)
    }
    public static func isBarePersonName(_ name: String) -> Bool { isBarePersonName(NameWords(name)) }
    public static func isFirstNamesOfLongerNames(_ name: String, _ features: [Double]) -> Bool {
        isFirstNamesOfLongerNames(NameWords(name), features)
    }
    public static func isOfficialBodyName(_ name: String, _ type: EntityType, _ features: [Double]) -> Bool {
        isOfficialBodyName(NameWords(name), type, features)
    }
}

extension PhraseNames {
    static func startsWithDeterminer(_ name: String) -> Bool { startsWithDeterminer(NameWords(name)) }
    static func isHeadThenIndefiniteWord(_ name: String, _ type: EntityType, otherNameMentions: (String) -> Int) -> Bool {
        isHeadThenIndefiniteWord(NameWords(name), type, otherNameMentions: otherNameMentions)
    }
    static func endsOnImperfectVerb(_ name: String, _ type: EntityType, _ features: [Double], otherNameMentions: (String) -> Int) -> Bool {
        endsOnImperfectVerb(NameWords(name), type, features, otherNameMentions: otherNameMentions)
    }
    static func isOrdinaryWordPlace(_ name: String, _ type: EntityType, _ features: [Double]) -> Bool {
        isOrdinaryWordPlace(NameWords(name), type, features)
    }
    static func isCapitalEpithet(_ name: String, _ type: EntityType, _ features: [Double], wordsBefore: () -> [String?]) -> Bool {
        isCapitalEpithet(NameWords(name), type, features, wordsBefore: wordsBefore)
    }
    static func isHeadOfGenericBody(_ name: String, _ type: EntityType) -> Bool { isHeadOfGenericBody(NameWords(name), type) }
    static func isAdjectiveAfterPlaceHead(_ name: String, _ type: EntityType, _ features: [Double]) -> Bool {
        isAdjectiveAfterPlaceHead(NameWords(name), type, features)
    }
    static func isOrdinaryFirstNameThenWord(_ name: String, _ type: EntityType, _ features: [Double],
                                            otherNameMentions: (String) -> Int) -> Bool {
        isOrdinaryFirstNameThenWord(NameWords(name), type, features, otherNameMentions: otherNameMentions)
    }
    static func isFacilityAdjectiveWithoutHead(_ name: String, _ type: EntityType) -> Bool {
        isFacilityAdjectiveWithoutHead(NameWords(name), type)
    }
    static func isFirstNameThenCoordinatedVerbalNoun(_ name: String, _ type: EntityType, _ features: [Double]) -> Bool {
        isFirstNameThenCoordinatedVerbalNoun(NameWords(name), type, features)
    }
    static func isPhrase(_ name: String, _ type: EntityType, _ features: [Double], otherNameMentions: (String) -> Int,
                         wordsBefore: () -> [String?]) -> Bool {
        isPhrase(NameWords(name), type, features, otherNameMentions: otherNameMentions, wordsBefore: wordsBefore)
    }
}
