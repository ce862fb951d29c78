import ArabicText

/// Future verbs (سـ + a present verb), which put a trigger after them in the scope of a plan (`SentenceEvents.find`).
extension SentenceEvents {
    /// س (U+0633) in UTF-8.
    static let sinBytes: [UInt8] = Array("س".utf8)

    /// `s.utf8.starts(with: sinBytes)`, from its first two bytes (the view's `starts(with:)` walked two iterators
    /// for each reading of every word).
    @inline(__always)
    static func startsWithSin(_ s: String) -> Bool {
        let u = s.utf8
        var i = u.startIndex
        guard i != u.endIndex, u[i] == 0xD8 else { return false }
        i = u.index(after: i)
        return i != u.endIndex && u[i] == 0xB3
    }

    /// A future verb ("سيزور", "وسيتم"); never a definite noun read without its article ("الساعات",
    /// "السابعة" are no سـ + present verb), nor a time noun ("في ساعات الصباح الأولى").
    /// (inlined: most words are told by their «س» bit, `EventWordLists.sinMask`, without the call)
    @inline(__always)
    func isFuture(_ i: Int) -> Bool {
        // Only a reading that starts with س can be a future verb (`isFutureVerb`): a word none of whose
        // readings starts with its bytes (D8 B3) is rejected before the `Character` tests below.
        words.words[i].lists & EventWordLists.sinMask != 0 && isFutureVerbAt(i)
    }

    /// `isFuture(i)` of a word one of whose readings starts with «س».
    func isFutureVerbAt(_ i: Int) -> Bool {
        if words.has(i, in: EventContextLexicon.timeNouns) { return false }
        // "في مدينة سينسيناتي": the word after a place noun is its name.
        if i > 0, words.has(i - 1, in: EventLexicon.placeNouns) { return false }
        let k = words.words[i].key
        let definite = UTF8Key.hasPrefix(k, "ال") || UTF8Key.hasPrefix(k, "لل") || (k.count > 3 && ["و", "ف", "ب", "ك"].contains(k.first!) && k.dropFirst().hasPrefix("ال"))
        return !definite && words.words[i].readings.contains(where: EventLexicon.isFutureVerb)
    }
}
