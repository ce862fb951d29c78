import ArabicText

/// Organizations named by a definite head and the words that make it one body: "المجلس الأعلى للقضاء",
/// "المعهد الوطني للرصد الجوي", "البنك المركزي التونسي".
extension DiscoveryRules {
    /// Heads that, with the article, name a group of people rather than one body ("العناصر المسلحة السورية"),
    /// or mean something else as often ("الحركة الجزئية للولاة": a reshuffle, "القناة الرئيسية للتوزيع": a channel).
    static let definiteGroupHeads: WordSet = Keys.of(["حركه", "قناه", "قوات", "عناصر", "مقاتلو", "مقاتلي", "مسلحو", "مسلحي", "مليشيا", "ميليشيا",
                                                    "مليشيات", "ميليشيات", "فصيل", "تنظيم", "جماعه"])
    /// Adjectives of a branch, an organ or a rank: with them the phrase names a kind of office found in every
    /// town, the board of another body or a place in a table, not one body ("الإدارة الجهوية للصحة", "المجلس
    /// البلدي", "الهيئة المديرة للدورة", "اللجنة المركزية للرابطة", "المركز الثاني للمجموعة").
    static let branchAdjectives: WordSet = Keys.of(["المديره", "المنظمه", "التنفيذي", "التنفيذيه", "المركزيه","الجهوي", "الجهويه", "المحلي", "المحليه", "الاساسي", "الاساسيه",
                                                  "الفرعي", "الفرعيه", "البلدي", "البلديه", "الاول", "الاولي", "الثاني",
                                                  "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الخامس",
                                                  "الخامسه", "الاخير", "الاخيره"])

    /// Whether unit `u` is the head both `nationalBody(at:)` and `definiteOrganization(at:)` start at: one word of one
    /// token with no proclitic, ال + an organization head that names no group (`definiteGroupHeads`), five scalars or
    /// more. `run` asks it once per unit for both rules (they asked it each, and most words fail it).
    func isDefiniteOrganizationHead(_ u: Int) -> Bool {
        // (`isDefinite(key, scalars: 5)` read once per unit with its lists: `RuleWordTable.unitLists`)
        guard a.isWord(u), a.units[u].tokens.count == 1, a.units[u].prefix == 0,
              wordLists[u].key.contains(.definiteOfFiveScalars) else { return false }
        let key = a.key(u)
        return NameEvidence.isOrganizationHead(key, droppingScalars: 2)
            && !Self.definiteGroupHeads.contains(key, droppingScalars: 2)
    }

    /// The organization whose definite head is unit `u` (ال + an organization head, no other proclitic), or nil.
    /// `u` must be such a head (`isDefiniteOrganizationHead(u)`).
    /// The words after the head (`orgName`) must make it one body: a complement in لل ("للقضاء", "للرصد الجوي")
    /// or a nationality adjective after another adjective ("المركزي التونسي"). Not when a word says a branch or a
    /// rank (`branchAdjectives`), nor when the complement is itself an organization head ("اللجنة المركزية للحزب",
    /// "الهيئة المديرة للنادي": a part of another body, which the phrase does not name). The head is part of the name.
    func definiteOrganization(at u: Int) -> Range<Int>? {
        guard let phrase = orgName(after: u, definiteHead: true), !phrase.contains(where: { a.isQuote($0) || a.isPunct($0) }) else { return nil }
        var end = phrase.upperBound
        var complement = false
        for w in (u + 1)..<phrase.upperBound {
            let k = a.key(w)
            // every word definite, as the head is; after the complement only its nisba adjectives ("للرصد الجوي",
            // not "للمحامين الدخول", "للانتخابات المستقيل"); before it no sound plural, which no singular head takes
            // ("المجلس المؤيدين للتعديل")
            let nisba = UTF8Key.hasSuffix(k, "ي") || UTF8Key.hasSuffix(k, "يه") || UTF8Key.hasSuffix(k, "يين") || UTF8Key.hasSuffix(k, "يون")
            if complement && !(UTF8Key.hasPrefix(k, "لل") || UTF8Key.hasPrefix(k, "ال") && nisba) { end = w; break }
            if !(UTF8Key.hasPrefix(k, "ال") || UTF8Key.hasPrefix(k, "لل")) { return nil }
            if !complement && UTF8Key.hasPrefix(k, "ال") && (UTF8Key.hasSuffix(k, "ين") || UTF8Key.hasSuffix(k, "ون")) { return nil }
            if Self.branchAdjectives.contains(k) { return nil }
            // a complement that is an organization (a head, a lexicon name: "المفوضية السامية للأمم المتحدة",
            // "الهيئة المديرة للترجي") or a place makes the phrase a part or an office of it
            if UTF8Key.hasPrefix(k, "لل") {
                if NameEvidence.isOrganizationHead(String(k.unicodeScalars.dropFirst(2))) { return nil }
                complement = true
            }
            if complement && !flags(w).isDisjoint(with: [.organization, .place, .firstName]) { return nil }
        }
        let r = u..<end
        guard r.count >= 3 else { return nil }
        let nationality = flags(r.upperBound - 1).contains(.demonym)
        guard complement || nationality, !isCut(r) else { return nil }
        // a final nationality before a person's name is the person's ("رئيس الأكاديمية الملكية للغة الإسبانية
        // داريو فيليانويفا"): the nationality rule reads the name, as it did before
        if nationality, namedAfterNationality(r.upperBound - 1) != nil { return nil }
        return r
    }

    /// `UTF8Key.hasPrefix(key, "ال") && UTF8Key.scalarCount(key) >= minimum`, most words answered on their first
    /// bytes: a key that `String.hasPrefix("ال")` accepts starts with the bytes of ا and ل (neither letter has a
    /// decomposition, and a first Character equal to ا alone is the scalar ا alone), so any other key is refused at once.
    static func isDefinite(_ key: String, scalars minimum: Int) -> Bool {
        // (on the bytes the string lends: the `utf8` view's iterator cost ~100 instructions for the four bytes)
        let opens: Bool? = key.utf8.withContiguousStorageIfAvailable { b in
            b.count >= 4 && b[0] == 0xD8 && b[1] == 0xA7 && b[2] == 0xD9 && b[3] == 0x84
        }
        if let opens, !opens { return false }
        var bytes = key.utf8.makeIterator()
        guard opens != nil || (bytes.next() == 0xD8 && bytes.next() == 0xA7 && bytes.next() == 0xD9 && bytes.next() == 0x84) else { return false }
        return UTF8Key.hasPrefix(key, "ال") && UTF8Key.scalarCount(key) >= minimum
    }

    /// Whether the words after organization name `r` go on with it, so that `r` is a cut name: a complement in
    /// ل ("الجامعة الملكية المغربية لكرة القدم"), or من / على / عن after a complement in لل, which is then a
    /// verbal noun with its object ("الهيئة الوطنية للوقاية من التعذيب", "الهيئة الوقتية للإشراف على القضاء").
    func isCut(_ r: Range<Int>) -> Bool {
        let next = r.upperBound
        guard next < a.units.count, a.isWord(next) else { return false }
        let key = a.key(next)
        if UTF8Key.hasPrefix(key, "ل"), !UTF8Key.hasPrefix(key, "لل"), UTF8Key.scalarCount(key) >= 4, !SplitSpelling.functionWords.contains(key),
           !Self.afterReportedSpeaker.contains(key) { return true }
        return a.key(r.upperBound - 1).hasPrefix("لل") && ["من", "علي", "عن"].contains(key)
    }
}
