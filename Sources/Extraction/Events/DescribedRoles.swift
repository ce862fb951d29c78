import ArabicText
/// Roles an event's clause describes rather than names, as the resolver keeps them in words.
public enum DescribedRoles {
    /// Whether a target phrase as written names what was hit: a facility or a unit ("مقر حرس السواحل", "الثكنة
    /// العسكرية", "دورية أمنية") or people ("عون أمن", "معلمة"), by its first word; not a word the phrase finder
    /// took after على that is none of these ("وفق"), nor a count alone ("عدد", "عدد غير محدد"): a quantity word
    /// names a target only with a counted noun after it ("عدد من أعوان الأمن").
    public static func namesDescribedTarget(_ phrase: String) -> Bool {
        let parts = phrase.split(separator: " ")
        guard let first = parts.first else { return false }
        if quantityWords.contains(EventLexicon.key(String(first))) {
            return parts.dropFirst().contains { namesTargetNoun(String($0)) && !quantityWords.contains(EventLexicon.key(String($0))) }
        }
        return namesTargetNoun(String(first))
    }

    static func namesTargetNoun(_ word: String) -> Bool {
        let key = EventLexicon.key(word)
        let bare = UTF8Key.hasPrefix(key, "ال") ? String(key.dropFirst(2)) : EventLexicon.key(String(withoutAccusativeAlif(Substring(word))))
        return [key, bare].contains { k in
            EventContextLexicon.targetNouns.contains(k) || EventContextLexicon.securityNouns.contains(k)
                || EventContextLexicon.personNouns.contains(k)
        }
    }

    /// Words that count what follows them rather than name it.
    static let quantityWords = WordSet(["عدد", "العدد", "عدة", "بعض", "مجموعة", "المجموعة", "العديد", "جملة"].map(EventLexicon.key))

    /// A verbal noun of the تفعيل pattern ("تفتيش", "تفجير", "تدريب"): five letters, ت then ي as the fourth, which
    /// no present verb has.
    static func isVerbalNounOfFormTwo(_ key: String) -> Bool {
        let s = Array(key.unicodeScalars)
        return s.count == 5 && s[0] == "ت" && s[3] == "ي"
    }

    /// A target phrase up to a verb or participle that opens a clause about it ("حافلة [تقل أقباطا]", "دورية
    /// أمنية [تابعة]", "عون المرور [ولاذ]", "رجل [حاول مهاجمة]", "رجل [ادعى]"): a word after the first that starts
    /// like a present verb (ت، ي) and is no relative adjective, an indefinite word with و, a word without the article
    /// that the corpus never writes with it (a verb: "حاول", `Lexicon.inflectedWords`), a word in ى that is no dictionary
    /// noun (a past verb: "ادعى", "مضى"), or a word without the article after one with it (a definite noun takes
    /// only definite adjectives: "المدنيين [داعيا]").
    public static func withoutClause(_ phrase: String) -> String {
        let parts = phrase.split(separator: " ")
        func definite(_ key: String) -> Bool { UTF8Key.hasPrefix(key, "ال") || UTF8Key.hasPrefix(key, "وال") }
        // ("مواقع لتنظيم داعش", "مركز للشرطة": the لـ complement says whose, and what follows it is its name)
        let whose = parts.indices.dropFirst().first { isLamComplement(EventLexicon.key(String(parts[$0]))) } ?? parts.endIndex
        guard let cut = parts.indices.dropFirst().prefix(while: { $0 < whose }).first(where: { i in
            let key = EventLexicon.key(String(parts[i]))
            if key == "و" { return false }  // "المتظاهرين و المارة": the conjunction written apart
            // "عناصر من قوات الأمن", "مجموعة من المصلين": من says of whom, no verb opens a clause there.
            if key == "من" { return false }
            let before = parts[i - 1] == "و" && i >= 2 ? parts[i - 2] : parts[i - 1]
            return ((UTF8Key.hasPrefix(key, "ت") || UTF8Key.hasPrefix(key, "ي")) && !SentenceEvents.hasAdjectiveEnding(key) && !isVerbalNounOfFormTwo(key))
                || (UTF8Key.hasPrefix(key, "و") && !UTF8Key.hasPrefix(key, "وال") && key.count >= 3)
                || (!definite(key) && Lexicon.inflectedWords.contains(key))
                || (parts[i].hasSuffix("ى") && !Lexicon.dictionary.contains(key))
                || (definite(EventLexicon.key(String(before))) && !definite(key))
        }) else { return phrase }
        return parts[..<cut].joined(separator: " ")
    }

    /// A word of ل before a noun that takes the article ("للشرطة", "لتنظيم"), not a particle or a verb ("لم", "ليسقط").
    static func isLamComplement(_ key: String) -> Bool {
        guard UTF8Key.hasPrefix(key, "ل"), key.count >= 4 else { return false }
        return UTF8Key.hasPrefix(key, "لل") ? key.count >= 5 : Lexicon.dictionary.contains("ال" + key.dropFirst())
    }

    /// An attack's target phrase as its title may write it: cut before the clause that opens after it, as
    /// `withoutClause` cuts it for the role ("حافلة [تقل أقباطا]"), and nil when what is left is a count alone ("عدد",
    /// "عدد غير محدد"), which says how many but not whom. Not for the person phrase of an arrest or a killing, whose
    /// words all count ("شاب وفتاة", "12 شخصا").
    public static func titleTarget(_ phrase: String) -> String? {
        let cut = withoutClause(phrase)
        let parts = cut.split(separator: " ")
        guard let first = parts.first else { return nil }
        let countModifiers = ["غير", "محدد", "كبير", "قليل", "هام"].map(EventLexicon.key)
        if quantityWords.contains(EventLexicon.key(String(first))),
           parts.dropFirst().allSatisfy({ countModifiers.contains(EventLexicon.key(String($0))) }) {
            return nil
        }
        return cut
    }

    /// A described role as a title writes it, after a noun or a preposition: cut before a relative clause ("الوفد
    /// الحكومي [الذي واكب …]"), and each indefinite word without its accusative alif ("استهدف مسجدا" → "هجوم على
    /// مسجد", "مسجدا كبيرا" → "مسجد كبير"), unless a number counts it ("24 شخصا مفتشا عنهم" stays). A word loses
    /// its alif only when the word without it is a dictionary noun, with or without the article, and the word with it is
    /// none ("سوريا", "ضحايا", "أديس أبابا" stay).
    public static func titlePhrase(_ phrase: String) -> String {
        var out: [Substring] = []
        var counted = false
        for word in phrase.split(separator: " ") {
            let key = EventLexicon.key(String(word))
            if !out.isEmpty, EventContextLexicon.relatives.contains(key), key != "ما" { break }
            // "أحد أفراد هذه المجموعة", "شقيقه المذكور": out of its article a title cannot point back.
            if demonstratives.contains(key) || (!out.isEmpty && backReferences.contains(key)) { continue }
            // (a counted noun and its adjectives are accusative after a number)
            if word.allSatisfy(\.isNumber) || countingWords.contains(key) { counted = true }
            // ("مركزا إسلاميا" → "مركز إسلامي": a relative adjective agrees with the noun that lost its alif)
            let agrees = !counted && UTF8Key.hasSuffix(word, "يا") && word.count >= 5 && out.last.map { last in
                phrase.split(separator: " ").contains { $0 == last + "ا" } } ?? false
            out.append(counted ? word : agrees ? word.dropLast() : withoutAccusativeAlif(word))
        }
        return out.isEmpty ? phrase : out.joined(separator: " ")
    }

    /// Demonstratives and "the said", which refer back to the article around a phrase.
    static let demonstratives = WordSet(["هذا", "هذه", "هذين", "هذان", "هاتين", "هاتان", "هؤلاء", "ذلك", "تلك", "أولئك"].map(EventLexicon.key))
    static let backReferences = WordSet(["المذكور", "المذكورة", "المذكورين", "المذكوران", "المذكورون", "ذاتها", "ذاته", "ذاتهم",
                                        "ذاتهما"].map(EventLexicon.key))

    static func withoutAccusativeAlif(_ word: Substring) -> Substring {
        guard UTF8Key.hasSuffix(word, "ا"), !UTF8Key.hasSuffix(word, "اا"), !UTF8Key.hasSuffix(word, "يا"), word.count >= 4 else { return word }
        let key = EventLexicon.key(String(word))
        guard !UTF8Key.hasPrefix(key, "ال"), !Lexicon.dictionary.contains(key) else { return word }
        var stem = word.dropLast()
        if UTF8Key.hasSuffix(stem, "ئ") { stem = stem.dropLast() + "ء" }  // "شيئا" → "شيء"
        let stemKey = EventLexicon.key(String(stem))
        guard stemKey.count >= 3, Lexicon.dictionary.contains(stemKey) || Lexicon.dictionary.contains("ال" + stemKey) else { return word }
        return stem
    }

    /// Numbers written in words that take an accusative noun after them ("عشرين شخصا", "أحد عشر جنديا").
    static let countingWords = WordSet(["عشر", "عشرة", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "أربعون", "خمسين",
        "خمسون", "ستين", "ستون", "سبعين", "سبعون", "ثمانين", "ثمانون", "تسعين", "تسعون", "نحو", "حوالي"].map(EventLexicon.key))

    /// The first word of a described target without its article, clitics or accusative alif ("المسجد الكندي",
    /// "مسجدا" → "مسجد"): what two reports of one attack may both say was hit.
    public static func headKey(_ phrase: String) -> String? {
        guard let first = phrase.split(separator: " ").first else { return nil }
        var key = EventLexicon.key(String(withoutAccusativeAlif(first)))
        for clitic in ["وال", "بال", "فال", "لل", "ال"] where key.hasPrefix(clitic) && key.count - clitic.count >= 3 {
            key = String(key.dropFirst(clitic.count)); break
        }
        return key.count >= 3 ? key : nil
    }

    /// A speaker the clause describes with no name found ("أكد الوفد الحكومي الذي واكب …", "قال وزير الفلاحة"), as a
    /// title writes it (`titlePhrase`): two to six words opening with an office or a body noun, none a time, a preposition
    /// or a complementizer that would show the phrase ran on into what was said ("وزير الدفاع على هامش", "… اليوم الثلاثاء").
    public static func describedSpeaker(_ phrase: String) -> String? {
        let cut = titlePhrase(phrase)
        let words = cut.split(separator: " ").map { EventLexicon.key(String($0)) }
        guard (2...6).contains(words.count), let first = words.first,
              EventContextLexicon.roleNouns.contains(first) || EventContextLexicon.collectiveHeads.contains(first) || speakingBodies.contains(first),
              !words.contains(where: { speakerStops.contains($0) || $0.allSatisfy(\.isNumber) }) else { return nil }
        return cut
    }

    static let speakingBodies = WordSet(["وزارة", "الوزارة", "الإدارة", "إدارة", "الديوان", "ديوان", "الوكالة", "وكالة", "مؤسسة",
        "المؤسسة", "الوفد", "وفد", "المركز", "مركز", "المعهد", "معهد", "السفارة", "سفارة", "النادي", "نادي", "البنك", "المصرف",
        "الشركة", "شركة", "المرصد", "مرصد"].map(EventLexicon.key))

    static let speakerStops = WordSet(["اليوم", "أمس", "امس", "غدا", "على", "علي", "هامش", "خلال", "عن", "في", "ضيف", "إن", "أن",
        "بأن", "منذ", "صباح", "مساء", "عشية", "ظهر", "لدى", "قائلا", "مؤكدا", "مشيرا"].map(EventLexicon.key))

    /// Whether a described force says which force it is, so a title can name it out of its article: a security noun
    /// with a country's adjective ("السلطات الليبية", "الشرطة الفرنسية", "قوات الأمن العراقية"), a national or
    /// revolutionary body ("وحدات الحرس الوطني", "الحرس الثوري") or a known place ("شرطة نيويورك") — not a force any
    /// report may mean ("الوحدات الأمنية", "أعوان الأمن", "الشرطة").
    public static func namesForce(_ phrase: String) -> Bool { forceTitle(phrase) != nil }

    /// A force that says which (`namesForce`) as a title names it: without a «لـ» that governed it ("أمكن لأعوان …")
    /// and cut after the word that says which and the adjectives that agree with it ("السلطات الكندية [ألقت القبض]",
    /// "وحدات الحرس الوطني [التابعة]"), and the seat after it, which says which units where the force alone does not
    /// ("الوحدات الأمنية بقبلي", "الوحدات الأمنية بمنطقة حمام سوسة", "فرقة الأبحاث للحرس الوطني بسوسة").
    public static func forceTitle(_ phrase: String) -> String? {
        var parts = titlePhrase(phrase).split(separator: " ").map(String.init)
        let security = isSecurityNoun, place = isKnownPlace
        if let first = parts.first, UTF8Key.hasPrefix(first, "ل"), !security(first), security(String(first.dropFirst())) {
            parts[0] = String(first.dropFirst())
        }
        guard let first = parts.first, security(first) else { return nil }
        // The seat: ب + a place noun and more words ("بمنطقة حمام سوسة"), or ب + a known place ("بقبلي", "بسيدي علي بن عون").
        let seat = parts.indices.dropFirst().first { i in
            guard UTF8Key.hasPrefix(parts[i], "ب") else { return false }
            let bare = String(parts[i].dropFirst())
            return (seatNouns.contains(EventLexicon.key(bare)) && i + 1 < parts.count) || place(bare)
                || place(([bare] + parts[(i + 1)...]).joined(separator: " "))
        }
        let force = Array(parts[..<(seat ?? parts.count)])
        guard let seat else { return namedForce(force) }
        guard parts.count - seat <= 5 else { return namedForce(force) }
        // ("وحدات الحرس الوطني [التابعة] بمنزل تميم": a force that says which keeps its cut, then its seat)
        guard let named = namedForce(force) else { return parts.count <= 8 ? parts.joined(separator: " ") : nil }
        return ([named] + parts[seat...]).joined(separator: " ")
    }

    static func isSecurityNoun(_ w: String) -> Bool { EventContextLexicon.securityNouns.contains(EventLexicon.key(w)) }
    static func isKnownPlace(_ w: String) -> Bool { PlaceKinds.isCountry(w) || PlaceKinds.isKnownCity(w) }

    /// `forceTitle` of a force phrase without its seat: cut after the word that says which force it is, or nil.
    static func namedForce(_ parts: [String]) -> String? {
        guard parts.count >= 2, parts.count <= 6 else { return nil }
        func nisba(_ key: String) -> Bool { UTF8Key.hasPrefix(key, "ال") && ["ي", "يه", "يين", "يون"].contains { key.hasSuffix($0) } }
        guard var last = parts.indices.dropFirst().last(where: { i in
            let w = parts[i], key = EventLexicon.key(w)
            return namedForceAdjectives.contains(key) || PlaceKinds.country(ofDemonym: w) != nil
                || (!isSecurityNoun(w) && !nisba(key) && isKnownPlace(w))
        }) else { return nil }
        // ("الشرطة العدلية سوسة الجنوبية": a relative adjective after it goes with it)
        while last + 1 < parts.count, nisba(EventLexicon.key(parts[last + 1])) { last += 1 }
        return parts[...last].joined(separator: " ")
    }

    /// Whether a name opens with a security noun ("الشرطة البريطانية", "الحرس الوطني"), not a ministry that announced.
    public static func opensWithForce(_ name: String) -> Bool {
        name.split(separator: " ").first.map { EventContextLexicon.securityNouns.contains(EventLexicon.key(String($0))) } ?? false
    }

    /// Place nouns a force's seat opens with after ب ("بمنطقة", "بولاية", "بمعتمدية").
    static let seatNouns = WordSet(["منطقة", "ولاية", "معتمدية", "مدينة", "محافظة", "جهة", "إقليم"].map(EventLexicon.key))

    static let namedForceAdjectives = WordSet(["الوطني", "الوطنية", "الثوري", "الاتحادي", "الاتحادية", "الفيدرالي", "الفيدرالية"]
        .map(EventLexicon.key))

    /// Whether a target phrase names the attacker ("أطلق النار على المنفذ", "المهاجم"): the police shooting back.
    public static func namesAttacker(_ phrase: String) -> Bool {
        headKey(phrase).map { attackerNouns.contains($0) } ?? false
    }

    static let attackerNouns = WordSet(["منفذ", "منفذي", "منفذين", "مهاجم", "مهاجمين", "جاني", "جناة", "مسلح", "مسلحين",
                                        "إرهابي", "إرهابيين", "انتحاري", "معتدي"].map(EventLexicon.key))

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
