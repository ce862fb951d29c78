import ArabicText
import Extraction

/// Checks and trims on the phrases a title quotes, so that out of its article a title says no half of one.
enum TitlePhrases {
    /// Nouns that name someone only with whose they are: "زوجة" (whose wife), "شقيقه" (his: whose?), "منفذ"
    /// (of what). A phrase that ends in one, bare or with a pronoun, is cut: "اعتقال زوجة", "اعتقال شقيقه".
    static let relationalNouns: Set<String> = Set(["زوجة", "زوج", "شقيق", "شقيقة", "أخ", "أخو", "أخي", "أخت", "ابن", "ابنة",
        "بنت", "والد", "والدة", "أب", "أبو", "أم", "عم", "عمة", "خال", "خالة", "صهر", "حفيد", "حفيدة", "نجل", "نجلة",
        "أقارب", "أبناء", "أشقاء", "منفذ", "منفذي", "قاتل", "صاحب", "صاحبة", "مالك",
        "عملية", "عمليه"].map(ArabicNormalizer.matchKey))

    /// Whether a described phrase stops at a noun that needs its owner: the last word is a relational noun
    /// without the article ("زوجة", "منفذ عملية") or with a possessive pronoun ("شقيقه", "زوجته", "ابنها").
    static func endsOwnerless(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last.map(String.init) else { return false }
        let key = ArabicNormalizer.matchKey(last)
        if relationalNouns.contains(key) { return true }
        for suffix in ["هما", "هم", "ها", "ه"] where key.hasSuffix(suffix) && key.count > suffix.count + 1 {
            var stem = String(key.dropLast(suffix.count))
            if relationalNouns.contains(stem) { return true }
            // "زوجته" → "زوجة": a tied t before a pronoun
            if stem.hasSuffix("ت") { stem = String(stem.dropLast()) + "ه" }
            if relationalNouns.contains(stem) { return true }
        }
        return false
    }

    /// "أقارب", "منفذي", "أبناءه": the phrase names more than one (its last word a plural of the list).
    static func isPlural(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last else { return false }
        let key = ArabicNormalizer.matchKey(String(last))
        return pluralNouns.contains { key.hasPrefix($0) }
    }
    static let pluralNouns = ["اقارب", "ابناء", "اشقاء", "منفذي"].map(ArabicNormalizer.matchKey)

    /// Words that date a phrase rather than name it: "وزارة المرأة اليوم الثلاثاء" → "وزارة المرأة". A title
    /// is dated by its event, never by "اليوم" of its article.
    static let timeWords: Set<String> = Set(["اليوم", "أمس", "البارحة", "الليلة"].map(ArabicNormalizer.matchKey))
    static let timeOfDay: Set<String> = Set(["صباح", "مساء", "فجر", "ظهر", "عشية", "ليلة", "يوم"].map(ArabicNormalizer.matchKey))

    /// The phrase up to its first time word after its first word ("… اليوم", "… صباح أمس", "… يوم الثلاثاء").
    static func withoutTimeWords(_ phrase: String) -> String {
        let words = phrase.split(separator: " ")
        let keys = words.map { ArabicNormalizer.matchKey(String($0)) }
        for i in keys.indices.dropFirst() {
            let dated = timeWords.contains(keys[i])
                || (timeOfDay.contains(keys[i]) && i + 1 < keys.count && (timeWords.contains(keys[i + 1]) || isWeekday(keys[i + 1])))
            if dated { return words[..<i].joined(separator: " ") }
        }
        return phrase
    }

    static let weekdays: Set<String> = Set(["الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
        .map(ArabicNormalizer.matchKey))
    static func isWeekday(_ key: String) -> Bool { weekdays.contains(key) }

    /// A meeting's other party that only repeats words of the first one ("مجلس نواب الشعب" and "نواب الشعب")
    /// is no second party.
    static func repeats(_ party: String, of actor: String) -> Bool {
        func bare(_ s: String) -> Set<String> {
            Set(s.split(separator: " ").map { w -> String in
                var k = ArabicNormalizer.matchKey(String(w))
                for p in ["و", "ب", "ال"] where k.hasPrefix(p) && k.count > p.count + 2 { k = String(k.dropFirst(p.count)) }
                if k.hasPrefix("ال"), k.count > 4 { k = String(k.dropFirst(2)) }
                return k
            })
        }
        let words = bare(party)
        return !words.isEmpty && words.isSubset(of: bare(actor))
    }

    /// A counterpart without a last conjunct of one word, which the phrase cut before its name: "بالوفد الجزائري
    /// وبالفنانة [فلانة]" → "بالوفد الجزائري".
    static func withoutCutConjunct(_ counterpart: String) -> String {
        let words = counterpart.split(separator: " ")
        guard words.count >= 3, let last = words.last, last.hasPrefix("و"), last.count >= 5 else { return counterpart }
        return words.dropLast().joined(separator: " ")
    }
}
