import ArabicText

/// A word key (`ArabicNormalizer.matchKey` form) compared by its UTF-8 bytes.
typealias WordKey = UTF8Key

/// A set of word keys (`EventLexicon.key` forms) looked up by their UTF-8 bytes.
///
/// `Set<String>` hashes and compares Arabic strings under canonical equivalence, which checks every
/// scalar's normalization property on each look-up: that was most of the cost of
/// `SentenceWords.has(_:in:)`, called for every word near every trigger. Keys and readings are
/// produced by the same folding (`ArabicNormalizer.matchKey`), so comparing their bytes finds the same words.
struct WordSet: Sendable {
    private let members: Set<WordKey>
    /// The shortest and longest member in UTF-8 bytes: most words are rejected without hashing.
    private let shortest: Int
    private let longest: Int

    init<S: Sequence>(_ words: S) where S.Element == String {
        members = Set(words.map(WordKey.init))
        shortest = members.map { $0.string.utf8.count }.min() ?? 0
        longest = members.map { $0.string.utf8.count }.max() ?? -1
    }

    func contains(_ word: String) -> Bool {
        let n = word.utf8.count
        guard n >= shortest, n <= longest else { return false }
        return members.contains(WordKey(word))
    }

    var isEmpty: Bool { members.isEmpty }
    var count: Int { members.count }
}

/// A dictionary from word keys (`EventLexicon.key` forms) looked up by their UTF-8 bytes, for the same
/// reason as `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
    private let members: [WordKey: Value]
    private let shortest: Int
    private let longest: Int

    init(_ entries: [String: Value]) {
        members = Dictionary(uniqueKeysWithValues: entries.map { (WordKey($0.key), $0.value) })
        shortest = members.keys.map { $0.string.utf8.count }.min() ?? 0
        longest = members.keys.map { $0.string.utf8.count }.max() ?? -1
    }

    subscript(word: String) -> Value? {
        let n = word.utf8.count
        guard n >= shortest, n <= longest else { return nil }
        return members[WordKey(word)]
    }

    var count: Int { members.count }
}
