import ArabicText

/// Sets of match keys written by hand: each word goes through `ArabicNormalizer.matchKey`, so "هيئة"
/// is stored as the tokens' key "هييه" (hamza seats and ة folded) and a set lookup by token key works.
enum Keys {
    static func of(_ words: [String]) -> Set<String> { Set(words.map(ArabicNormalizer.matchKey)) }
}
