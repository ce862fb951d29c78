import ArabicText
import Foundation

/// A word key (`ArabicNormalizer.matchKey` form) compared by its UTF-8 bytes.
typealias WordKey = UTF8Key

/// A set of word keys (`EventLexicon.key` forms) looked up by their UTF-8 bytes.
///
/// `Set<String>` hashes and compares Arabic strings under canonical equivalence, which checks every
/// scalar's normalization property on each look-up: that was most of the cost of
/// `SentenceWords.has(_:in:)`, called for every word near every trigger. Keys and readings are
/// produced by the same folding (`ArabicNormalizer.matchKey`), so comparing their bytes finds the same words.
struct WordSet: Sendable {
    private let members: ByteTable
    private let lengths: ByteLengths
    /// The set's bit in each word's `SentenceWords.Word.lists` (`EventListBit`), or 0 for a set with none: then
    /// `SentenceWords.has(_:in:)` tests the bit instead of looking each reading up.
    let listMask: UInt64

    init<S: Sequence>(_ words: S, bit: EventListBit? = nil) where S.Element == String {
        members = ByteTable(Set(words.map(WordKey.init)))
        lengths = ByteLengths(of: members)
        listMask = bit.map { 1 << UInt64($0.rawValue) } ?? 0
    }

    /// The set of the words of `text`, separated by spaces and line feeds, each taken as it is written (a key):
    /// `WordSet(Lexicon.words(text))` read on the text's bytes (`ByteTable(wordsOf:)`), with no string per word. For the
    /// generated word lists of thousands of words (`DictionaryWords`): a `String` per word and a `Set` of them cost
    /// ~38 M instructions, once per build and per edit.
    init(wordsOf text: String) {
        members = ByteTable(wordsOf: text)
        lengths = ByteLengths(of: members)
        listMask = 0
    }

    func contains(_ word: String) -> Bool {
        lengths.admits(word) && members.index(of: word) != nil
    }

    /// Whether the word whose UTF-8 bytes are `b` is a member.
    func contains(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count >= lengths.shortest && b.count <= lengths.longest && members.index(ofBytes: b) != nil
    }

    /// `contains(String(word.unicodeScalars.dropFirst(n)))`, without making the string: the bytes of `word` after
    /// its first `n` scalars are looked up in place.
    func contains(_ word: String, droppingScalars n: Int) -> Bool {
        if n <= 0 { return contains(word) }
        let found: Bool? = word.utf8.withContiguousStorageIfAvailable { b in
            let start = UTF8Scalars.offset(ofScalar: n, in: b) ?? b.count   // (fewer scalars: the empty word)
            return contains(bytes: UnsafeBufferPointer(rebasing: b[start...]))
        }
        if let found { return found }
        return contains(String(String.UnicodeScalarView(word.unicodeScalars.dropFirst(n))))
    }

    var isEmpty: Bool { members.count == 0 }
    var count: Int { members.count }
    /// The members, in no particular order.
    var keys: [WordKey] { members.keys }
}

/// A dictionary from word keys (`EventLexicon.key` forms) looked up by their UTF-8 bytes, for the same
/// reason as `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
    private let members: [WordKey: Value]
    private let table: ByteTable
    /// The value of each key of `table`, in its order.
    private let tableValues: [Value]
    private let lengths: ByteLengths

    init(_ entries: [String: Value]) {
        self.init(keyed: Dictionary(uniqueKeysWithValues: entries.map { (WordKey($0.key), $0.value) }))
    }

    /// A map of keys told apart by their bytes (two canonically equivalent spellings stay two keys).
    init(keyed members: [WordKey: Value]) {
        let table = ByteTable(members.keys)
        self.members = members
        self.table = table
        tableValues = table.keys.map { members[$0]! }
        lengths = ByteLengths(of: table)
    }

    subscript(word: String) -> Value? {
        guard lengths.admits(word), let i = table.index(of: word) else { return nil }
        return tableValues[i]
    }

    var count: Int { members.count }
    var values: Dictionary<WordKey, Value>.Values { members.values }
    /// The keys and their values.
    var entries: [WordKey: Value] { members }
}

/// Scalar positions in UTF-8 bytes.
enum UTF8Scalars {
    /// The byte offset at which scalar `n` of valid UTF-8 `b` starts (`b.count` when `b` has exactly `n` scalars),
    /// or nil when it has fewer.
    @inline(__always)
    static func offset(ofScalar n: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        var seen = 0, i = 0
        while seen < n {
            guard i < b.count else { return nil }
            i += 1
            while i < b.count && b[i] & 0xC0 == 0x80 { i += 1 }
            seen += 1
        }
        return i
    }
}
