import ArabicText
extension SentenceEvents {
    /// Whether a word's final alif belongs to a pronoun ("عنهما", "بها", "عناصرها", "ابنتها"), not to an accusative
    /// ending ("مشتبها"): the word is a preposition with its pronoun, or a dictionary or person noun before "ها" /
    /// "هما", its tied t written open before the pronoun ("ابنتها" is "ابنة" + "ها": cut to "ابنته", it would say
    /// "his daughter").
    static func endsInPronoun(_ text: String) -> Bool {
        if pronounPrepositions.contains(text) || ["لها", "لهما", "منها", "منهما", "عليها", "عليهما"].contains(text) { return true }
        for suffix in ["هما", "ها"] where text.hasSuffix(suffix) {
            let stem = String(text.dropLast(suffix.count))
            guard stem.count >= 3 else { continue }
            if Lexicon.dictionary.contains(EventLexicon.key(stem)) { return true }
            if UTF8Key.hasSuffix(stem, "ت"), [Lexicon.dictionary, EventContextLexicon.personNouns]
                .contains(where: { $0.contains(EventLexicon.key(stem.dropLast() + "ة")) }) { return true }
        }
        return false
    }

    /// Groups whose members a phrase names by a pronoun ("تفكيك عصابة … وإيقاف عناصرها").
    static let memberGroups = WordSet(["عصابة", "شبكة", "خلية", "مجموعة", "جماعة", "وفاق", "تنظيم", "العصابة", "الشبكة",
        "الخلية", "المجموعة", "الجماعة", "الوفاق", "التنظيم"].map(EventLexicon.key))

    /// A phrase that opens with members named by a pronoun ("عناصرها الثلاثة", "أفراده") has no antecedent in a
    /// title: it names the group the sentence names before it ("عناصر عصابة"), or nothing ("") when none is found.
    /// Any other phrase is returned as it is.
    func withPossessorNamed(_ text: String, at start: Int) -> String {
        guard let first = text.split(separator: " ").first else { return text }
        var stem: Substring?
        for suffix in ["ها", "هم", "ه"] where first.hasSuffix(suffix) {
            let s = first.dropLast(suffix.count)
            if s.count >= 4, EventContextLexicon.personNouns.contains(EventLexicon.key(String(s))) { stem = s; break }
        }
        guard let stem else { return text }
        for k in stride(from: start - 1, through: max(0, start - 12), by: -1) {
            if let m = covering[k], mentions[m].type == .organization { return stem + " " + mentions[m].surface }
            if covering[k] == nil, words.has(k, in: Self.memberGroups) {
                let group = words.words[k].text
                return stem + " " + (UTF8Key.hasPrefix(group, "ال") ? String(group.dropFirst(2)) : group)
            }
        }
        return ""
    }
}
