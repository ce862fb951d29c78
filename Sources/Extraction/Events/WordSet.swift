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
    private let lengths: ByteLengths

    init<S: Sequence>(_ words: S) where S.Element == String {
        members = Set(words.map(WordKey.init))
        lengths = ByteLengths(of: members)
    }

    func contains(_ word: String) -> Bool {
        lengths.admits(word) && members.contains(WordKey(word))
    }

    var isEmpty: Bool { members.isEmpty }
    var count: Int { members.count }
}

/// A dictionary from word keys (`EventLexicon.key` forms) looked up by their UTF-8 bytes, for the same
/// reason as `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
    private let members: [WordKey: Value]
    private let lengths: ByteLengths

    init(_ entries: [String: Value]) {
        members = Dictionary(uniqueKeysWithValues: entries.map { (WordKey($0.key), $0.value) })
        lengths = ByteLengths(of: members.keys)
    }

    subscript(word: String) -> Value? {
        lengths.admits(word) ? members[WordKey(word)] : nil
    }

    var count: Int { members.count }
    var values: Dictionary<WordKey, Value>.Values { members.values }
}

/// The shortest and longest of a list's words in UTF-8 bytes: most words are rejected without hashing.
private struct ByteLengths: Sendable {
    let shortest: Int
    let longest: Int

    init<S: Sequence>(of keys: S) where S.Element == WordKey {
        let counts = keys.map { $0.string.utf8.count }
        shortest = counts.min() ?? 0
        longest = counts.max() ?? -1
    }

    func admits(_ word: String) -> Bool {
        let n = word.utf8.count
        return n >= shortest && n <= longest
    }
}
