/// Roles an event's clause describes rather than names, as the resolver keeps them in words.
public enum DescribedRoles {
    /// Whether a target phrase as written names what was hit: a facility or a unit ("مقر حرس السواحل", "الثكنة
    /// العسكرية", "دورية أمنية") or people ("عون أمن", "معلمة"), by its first word; not a word the phrase finder
    /// took after على that is none of these ("وفق").
    public static func namesDescribedTarget(_ phrase: String) -> Bool {
        guard let first = phrase.split(separator: " ").first else { return false }
        let key = EventLexicon.key(String(first))
        let bare = key.hasPrefix("ال") ? String(key.dropFirst(2)) : key
        return [key, bare].contains { k in
            EventContextLexicon.targetNouns.contains(k) || EventContextLexicon.securityNouns.contains(k)
                || EventContextLexicon.personNouns.contains(k)
        }
    }

    /// A target phrase up to a verb or participle that opens a clause about it ("حافلة [تقل أقباطا]", "دورية
    /// أمنية [تابعة]", "عون المرور [ولاذ]"): a word after the first that starts like a present verb (ت، ي) and is
    /// no relative adjective, or an indefinite word with و.
    public static func withoutClause(_ phrase: String) -> String {
        let parts = phrase.split(separator: " ")
        guard let cut = parts.indices.dropFirst().first(where: { i in
            let key = EventLexicon.key(String(parts[i]))
            return ((key.hasPrefix("ت") || key.hasPrefix("ي")) && !SentenceEvents.hasAdjectiveEnding(key))
                || (key.hasPrefix("و") && !key.hasPrefix("وال") && key.count >= 3)
        }) else { return phrase }
        return parts[..<cut].joined(separator: " ")
    }

    /// Whether a speaker phrase names one specific office ("الأمين العام للاتحاد …", "وزير الفلاحة"): two words or
    /// more opening with an office noun, not a vague one ("مسؤول", "عضو", "قيادي") nor several people ("قادة").
    public static func namesAnOffice(_ phrase: String) -> Bool {
        let parts = phrase.split(separator: " ")
        guard parts.count >= 2 else { return false }
        let key = EventLexicon.key(String(parts[0]))
        return EventContextLexicon.roleNouns.contains(key) && !vagueOrSeveral.contains(key)
    }

    static let vagueOrSeveral = WordSet([
        "مسؤول", "المسؤول", "قائد", "القائد", "قيادي", "القيادي", "عضو", "العضو", "خبير", "الخبير", "ممثل", "ممثلة", "نائب",
        "النائب", "النائبة", "قادة", "مسؤولين", "مسؤولي", "ممثلين", "ممثلي", "وزراء", "سفراء", "نواب", "أعضاء", "رؤساء",
        "زعماء", "وفد", "الوفد", "وفدا", "مستثمرين", "ممثلو", "رجال",
    ].map(EventLexicon.key))
}
