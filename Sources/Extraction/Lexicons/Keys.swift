import ArabicText

/// Sets of match keys written by hand (`WordSet`: looked up by their bytes): each word goes through `ArabicNormalizer.matchKey`, so "هيئة"
/// is stored as the tokens' key "هييه" (hamza seats and ة folded) and a set lookup by token key works.
enum Keys {
    static func of(_ words: [String]) -> WordSet { WordSet(words.map(ArabicNormalizer.matchKey)) }
    /// The same keys as a `Set<String>`, for a set that leaves the target (`NameHeads.facilityAdjectives`).
    static func strings(_ words: [String]) -> Set<String> { Set(words.map(ArabicNormalizer.matchKey)) }
}
