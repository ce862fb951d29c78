import ArabicText
import Foundation

/// The words of one sentence with their bare forms (no proclitic, no article) for lexicon look-ups.
struct SentenceWords {
    struct Word {
        /// Scalar offsets in the block.
        var start: Int
        var end: Int
        var text: String
        /// matchKey of the word as written.
        var key: String
        /// Readings without proclitics (و ف ب ل ك, لل → ال), longest first, the word itself included.
        var readings: [String]
        var isNumber: Bool
        var isPunct: Bool
    }

    var words: [Word] = []

    init(block: [Unicode.Scalar], span: TextSpan) {
        let slice = Array(block[max(0, span.start)..<min(block.count, span.end)])
        for t in Tokenizer.keyedTokens(scalars: slice) {
            let key = t.key
            words.append(Word(start: t.start + span.start, end: t.end + span.start, text: t.text, key: key,
                              readings: t.kind == .word ? SentenceWords.cachedReadings(of: key) : [key],
                              isNumber: t.kind == .number, isPunct: t.kind == .punct))
        }
    }

    static let proclitics: Set<Character> = ["و", "ف", "ب", "ل", "ك"]

    /// `readings(of:)` of the words met so far, shared by the extraction threads: a few hundred words
    /// (في، من، على، أن…) are most of any text, and reading a word's clitics walks its `Character`s several
    /// times.
    private static let readingsMemo = WordMemo<[String]>(limit: readingsCacheLimit)
    static let readingsCacheLimit = 100_000

    static func cachedReadings(of key: String) -> [String] { readingsMemo.value(of: key, readings(of:)) }

    static func readings(of key: String) -> [String] {
        var out = [key]
        var current = [key]
        for _ in 0..<2 {
            var next: [String] = []
            for c in current where c.count > 3 {
                guard let f = c.first, proclitics.contains(f) else { continue }
                let rest = String(c.dropFirst())
                next.append(rest)
                if f == "ل", rest.hasPrefix("ل") { next.append("ا" + rest) }
            }
            out += next
            current = next
        }
        // Without the article.
        for r in out where r.hasPrefix("ال") && r.count > 4 { out.append(String(r.dropFirst(2))) }
        // Without the accusative alif of an indefinite noun ("شخصا" → شخص, "مسجدا" → مسجد).
        if !key.hasPrefix("ال"), key.count >= 4, key.hasSuffix("ا"), !key.hasSuffix("ءا") {
            out.append(String(key.dropLast()))
        }
        return out
    }

    func has(_ i: Int, in set: Set<String>) -> Bool {
        guard i >= 0, i < words.count else { return false }
        return words[i].readings.contains { set.contains($0) }
    }

    func has(_ i: Int, in set: WordSet) -> Bool {
        guard i >= 0, i < words.count else { return false }
        return words[i].readings.contains { set.contains($0) }
    }

    /// Index of the word containing (or first after) a scalar offset.
    func index(at offset: Int) -> Int {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].end > offset { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// True when word `i` exists and is the bare or clitic form of one of `list` (matchKeys, compared by
    /// their bytes: `UTF8Key.sameBytes`).
    func isAny(_ i: Int, _ list: [String]) -> Bool {
        guard i >= 0, i < words.count else { return false }
        return words[i].readings.contains { r in list.contains { UTF8Key.sameBytes($0, r) } }
    }

    /// True when word `i` carries a proclitic ب, ل or ك before a word of at least three letters ("بسياسيين").
    func hasPrepositionClitic(_ i: Int) -> Bool {
        guard i >= 0, i < words.count, let f = words[i].key.first, f == "ب" || f == "ل" || f == "ك" else { return false }
        return words[i].readings.count > 1
    }

    /// The words of `range` as written, without punctuation, joined by single spaces.
    func text(_ range: Range<Int>) -> String {
        range.filter { $0 >= 0 && $0 < words.count && !words[$0].isPunct }.map { words[$0].text }.joined(separator: " ")
    }

    /// A number stated by word `i`, as digits or as a number word.
    func number(_ i: Int) -> Int? {
        guard i >= 0, i < words.count else { return nil }
        if words[i].isNumber { return Int(words[i].key.filter { $0.isASCII && $0.isNumber }) }
        for r in words[i].readings { if let v = EventLexicon.numberWords[r] { return v } }
        return nil
    }
}
