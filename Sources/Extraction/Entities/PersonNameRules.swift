import ArabicText

/// Where a person name starts and ends (used by the title, verb, apposition, kunya and first-name rules).
extension DiscoveryRules {
    /// Person name starting at unit `j`: up to 4 name-like words. After a title, a first name may be
    /// followed by a definite common word as the family name (`isFamilyName`).
    ///
    /// A name never takes a word with a proclitic after its first word ("ربيع زيدي وخالد": وخالد starts
    /// the next name of a list; "عدنان للخور": a preposition), and never starts with an unknown word in و
    /// unless a title announces it ("وخضع فيون": a verb).
    ///
    /// With `procliticFirst`, the first word may carry the conjunction و when it is a lexicon first name that is
    /// no everyday word ("وأحمد رزق", the next name of a list): the name starts after the و. Only و: with ل or
    /// ب the word is often a name of its own or a phrase ("لسعد" is a first name, "لدينا" is "we have").
    func personName(from j: Int, strictFirst: Bool = false, afterTitle: Bool = false, procliticFirst: Bool = false) -> Range<Int>? {
        var k = j
        var start = j
        var parts = 0
        var lastWasConnector = false
        var connectorsSeen = 0
        // a name that starts after its و is an item of a list: the next و-word is the next item, and an unknown
        // word after it must not look like a verb ("وميشيل أوباما تصرفتا", "ورزان يستحقون")
        var procliticStart = false
        // the second word is a definite family name read without a title (`isUnknownDefiniteFamilyName`)
        var definiteFamilyName = false
        while k < a.units.count && parts < 4 + min(connectorsSeen, 3) {
            let f = flags(k)
            // a first name written in two words ("عبد الله") is one lexicon unit
            guard a.isWord(k), a.units[k].tokens.count == 1
                    || (f.contains(.firstName) && a.units[k].prefix == 0 && isCompoundName(k)) else { break }
            if isNeverNamePart(k, continuation: parts > 0) { break }
            let key = a.key(k)
            // a connector, or a compound first name of one lexicon unit ("عبد المجيد"), after which a definite
            // word may be the family name ("عبد المجيد الزار"); only the former is dropped at the end of a name
            let isConnector = Self.connectors.contains(key)
            let familyName = afterTitle && parts == 1 && isFamilyName(k, after: start)
            if parts == 0 {
                // a descriptor before the name: "السويدي ماغنوس بيرغرين", "الإعلامي سفيان بن فرحات"
                if k == j, isDescriptorBeforeName(k) || isNisbaBeforeUnknownName(k) { k += 1; start = k; continue }
                let procliticName = procliticFirst && a.units[k].prefix == 1 && a.key(k).unicodeScalars.first == "و"
                    && a.units[k].tokens.count == 1 && isUnambiguousFirstName(k)
                let binFirst = afterTitle && isFirstNameBeforeBin(k)   // «الشيخ عيد بن محمد»
                if a.units[k].prefix > 0 && !procliticName || (f.contains(.common) || f.contains(.frequent)) && !binFirst { break }
                if Self.isIbbanAdverb(a.token(k).text) { break }
                procliticStart = a.units[k].prefix > 0
                if Self.prepositionArticle.contains(where: { UTF8Key.hasPrefix(key, $0) }) { break }
                if !(f.isEmpty || f.contains(.firstName) || f.contains(.ambiguousFirstName) || isConnector || binFirst
                     || personNamedLikePlace(k) != nil) { break }
                if f.isEmpty && UTF8Key.scalarCount(key) < 2 { break }
                if strictFirst && f.isEmpty && UTF8Key.hasPrefix(key, "ال") && !a.isNisba(k) { break }
                if !afterTitle && f.isEmpty && Self.startsWithConjunction(key) { break }
            } else {
                // a proclitic (و ف ب ك ل) or a preposition + article ends the name: the next name of a list
                if a.units[k].prefix > 0 || Self.prepositionArticle.contains(where: { UTF8Key.hasPrefix(key, $0) }) { break }
                if UTF8Key.scalarCount(key) < 2 || f.isEmpty && !lastWasConnector && coordinatedWord(k) { break }
                if procliticStart && (key.unicodeScalars.first == "و" || looksLikeVerb(k)) { break }
                // after a family name no title vouches for, the next clause: "محمد الخامس يرتدي", "خالد العطية ناقشا"
                if definiteFamilyName && f.isEmpty && (looksLikeVerb(k) || UTF8Key.hasSuffix(key, "ا") || NameEvidence.isWordOutsideNames(a.token(k).text)) { break }
                // a function word starts the next clause: "ليبرمان مثلما قال", "محمد عبد الوهاب الذي"
                // (not the first name علي written with ي: "محمد علي العروي")
                if (SplitSpelling.functionWords.contains(key) || Self.afterReportedSpeaker.contains(key))
                    && !f.contains(.ambiguousFirstName) { break }
                // "عبد الوهاب الزيادات": a definite plural is no name
                if UTF8Key.hasPrefix(key, "ال") && UTF8Key.hasSuffix(key, "ات") && !f.contains(.firstName) { break }
                // و + a word glued after a name: the next clause or item ("سيرين وتمكنتا", "الطيب وصفعه")
                if !lastWasConnector, f.isEmpty, isConjunctionBeforeWord(k) || isProcliticBeforeHamzaWord(k) { break }
                // a verb after a name of two words: "سليم قريبع تسند", "يوسف البوني انسحبت"
                if parts >= 2, !lastWasConnector, f.isEmpty, isVerbAfterName(k) { break }
                // a verb or a preposition's phrase glued after a name, in letters an ordinary word's: "أردوغان يطالب",
                // "صامويل إيتو بتمزق"
                if !lastWasConnector, f.isEmpty, isClauseWordAfterName(k) { break }
                // a past verb the dictionary knows right after a lone lexicon first name: "الملك سلمان أودع", "أن جابر
                // فازت" (not an imperfect: foreign family names take its shape, "كيفن تراب")
                if parts == 1, !lastWasConnector, f.isEmpty, isLexiconFirstName(start),
                   isVerbAfterName(k) && UTF8Key.hasSuffix(key, "ت") || isPastVerbAfala(k) { break }
                // «باسم» + a common word or a word with a pronoun is ب + اسم ("باسم منتجيه", "باسم زميل"), not the first name
                if parts == 1, !afterTitle, UTF8Key.sameBytes(a.key(start), "باسم"), f.isDisjoint(with: [.firstName, .ambiguousFirstName]),
                   a.isDictionaryWord(k) || !f.isDisjoint(with: [.common, .frequent]) || Self.hasPronounSuffix(key)
                    || a.token(k).text.hasSuffix("ه") { break }
                // a first name after a definite family name starts the next name or clause: "الناصر الخليفى وعد"
                // (a family name with ال that is a nisba: «الفاضل» of «محمد الفاضل خليل» is the second half of a
                // compound first name, as «الدين» of "علاء الدين سليم" and «الرحمن» of "عبد الرحمن"; after an
                // indefinite word a first name is as often the grandfather's: "ضاحي خلفان تميم", "محمد بلحاج عمر")
                if parts >= 2, !lastWasConnector, f.contains(.firstName) || f.contains(.ambiguousFirstName), a.units[k - 1].tokens.count == 1,
                   a.key(k - 1).hasPrefix("ال"), a.key(k - 1).hasSuffix("ي"), !Self.nameTails.contains(a.key(k - 1)), !afterAbd(k - 1),
                   flags(k - 1).isDisjoint(with: [.firstName, .ambiguousFirstName, .title, .roleWord]) { break }
                if lastWasConnector {
                    if isKinNounAfterSonOf(k) { break }   // «ابن عمه», «بنت أخيه»: a relative, no name
                    // "آل ثاني", "آل سعود": after آل a family name, whatever else the word means
                    let afterAl = UTF8Key.sameBytes(a.key(k - 1), "ال") && !SplitSpelling.functionWords.contains(key)
                    if !(f.isEmpty || f.contains(.firstName) || f.contains(.ambiguousFirstName) || UTF8Key.sameBytes(key, "الله")
                         || afterAbd(k) || afterAl || isFatherNameAfterBin(k)) { break }
                } else if Self.nameTails.contains(key) {
                    // نور الدين، عبد الله
                } else if f.contains(.firstName) || isConnector || k - 2 > start && isLaqabAfterBin(k) {
                } else if a.isDictionaryWord(k) && (parts >= 2 || !isUnambiguousFirstName(start) || a.token(k).text.hasSuffix("ة")) {
                    // an ordinary word after a name: "الكندي مارك", "المستشفى الجهوي"; after a first name of the
                    // lexicon it may be the family name ("مارك ستون")
                    break
                } else if a.isNisba(k) {
                } else if parts <= 2 && f.isEmpty && !UTF8Key.hasPrefix(key, "ال") && (parts == 1 || isNameWord(k) && !procliticStart) {
                    // "مولود تشاوش أوغلو": a third unknown word when it has the shape of a name
                } else if f.isEmpty && UTF8Key.scalarCount(a.key(k - 1)) <= 2 {
                    // a name split by a stray space: "قا آني"
                } else if familyName {
                } else if parts == 1 && isUnknownDefiniteFamilyName(k, after: start) {
                    definiteFamilyName = true
                } else {
                    break
                }
            }
            // "محمد علي" but not "حصل أحمد علي جائزة" (على typed علي): after a name, علي needs no ordinary word
            // after it, nor a definite nationality ("فاز نيكولاي دافيدنكو علي الروسي": «على الروسي»)
            if parts > 0, a.key(k) == "علي", f.contains(.ambiguousFirstName), k + 1 < a.units.count, a.isWord(k + 1),
               a.isDictionaryWord(k + 1) || !flags(k + 1).isDisjoint(with: [.common, .frequent])
                || flags(k + 1).contains(.demonym) && a.key(k + 1).hasPrefix("ال") {
                break
            }
            let nameWord = (f.contains(.firstName) || f.contains(.ambiguousFirstName)) && !f.contains(.common) && !f.contains(.frequent)
            let afterAl = parts > 0 && lastWasConnector && a.key(k - 1) == "ال"
            let binName = parts == 0 ? afterTitle && isFirstNameBeforeBin(k) : lastWasConnector && isFatherNameAfterBin(k)
            if !f.isDisjoint(with: LexFlags.notNamePart) && !nameWord && !familyName && !afterAbd(k) && !afterAl && !binName
                && !(parts == 0 && personNamedLikePlace(k) != nil) { break }
            lastWasConnector = isConnector
            if isConnector { connectorsSeen += 1 }
            parts += 1
            k += 1
        }
        while k > start, isConnectorUnit(k - 1) { k -= 1 }
        // a kunya keeps its laqab even when the laqab is also a title word: "أبو X المهندس", unless a name follows it
        if k - start >= 2, ["ابو", "ام"].contains(a.key(start)), k < a.units.count, a.isWord(k), a.units[k].prefix == 0,
           a.units[k].tokens.count == 1, a.key(k).hasPrefix("ال"), !flags(k).isEmpty,
           flags(k).isSubset(of: [.title, .roleWord]),
           !(a.isUnknownWord(k + 1) || flags(k + 1).contains(.firstName)) {
            k += 1
        }
        return k > start ? start..<k : nil
    }

    /// «إبّان» (during), written with a hamza under its alef: the adverb, no first name «أبان» ("إبان حكمه").
    static func isIbbanAdverb(_ written: String) -> Bool {
        // The text without its tashkeel (U+064B–U+0652) must be canonically equivalent to «إبان»: U+0625 U+0628
        // U+0627 U+0646, or its decomposed form U+0627 U+0655 U+0628 U+0627 U+0646 (no other scalar decomposes to a
        // part of it). Read on the scalars in place: the filtered copy made a string for every first word of a name
        // (~2,600 instructions a call); `IbbanAdverbTests` compares it with that string's `==`.
        var s: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
        var n = 0
        for scalar in written.unicodeScalars {
            let v = scalar.value
            if v >= 0x064B && v <= 0x0652 { continue }
            switch n {
            case 0: s.0 = v
            case 1: s.1 = v
            case 2: s.2 = v
            case 3: s.3 = v
            case 4: s.4 = v
            default: return false
            }
            n += 1
        }
        if n == 4 { return s.0 == 0x0625 && s.1 == 0x0628 && s.2 == 0x0627 && s.3 == 0x0646 }
        return n == 5 && s.0 == 0x0627 && s.1 == 0x0655 && s.2 == 0x0628 && s.3 == 0x0627 && s.4 == 0x0646
    }

    /// A definite word right after عبد / أبو: the second half of a compound name even when it is also a title
    /// or a common word ("عبد الملك", "عبد الرؤوف", "أبو القاسم").
    func afterAbd(_ u: Int) -> Bool {
        guard u > 0, a.units[u].prefix == 0, a.units[u].tokens.count == 1, a.key(u).hasPrefix("ال"),
              a.units[u - 1].tokens.count == 1 else { return false }
        return ["عبد", "ابو", "ابي"].contains(a.key(u - 1))
    }

    /// A connector word of one token (بن، عبد، أبو، آل…); a lexicon unit of several tokens that starts with
    /// one ("عبد المنعم", "أبو بكر") is a complete name word.
    func isConnectorUnit(_ u: Int) -> Bool {
        a.units[u].tokens.count == 1 && Self.connectors.contains(a.key(u))
    }

    /// Starts of words that are a preposition or conjunction with the article: never inside a name.
    static let prepositionArticle = ["بال", "وال", "فال", "كال", "لل"]

    /// An unknown word in و (4 letters or more): a conjunction + word ("وخضع", "ووفد", "وعيسى"), not a name
    /// (names in و such as وليد, وائل are first names of the lexicon and never reach this test).
    static func startsWithConjunction(_ key: String) -> Bool {
        key.unicodeScalars.first == "و" && UTF8Key.scalarCount(key) >= 4
    }

    /// A lexicon first name that is not also an everyday word (تحسين، إيمان، نمر are: `Lexicon.dictionary`).
    func isUnambiguousFirstName(_ u: Int) -> Bool {
        let f = flags(u)
        return f.contains(.firstName) && !f.contains(.ambiguousFirstName) && !f.contains(.common) && !f.contains(.frequent)
            && !Lexicon.ordinaryFirstNames.contains(a.stemKey(u))
    }

    /// A definite nisba (ال…ي) that is not a first name, before an unknown indefinite word that is itself
    /// followed by a name word: "السويدي ماغنوس بيرغرين" (the nisba describes the person named after it).
    func isNisbaBeforeUnknownName(_ u: Int) -> Bool {
        guard u + 2 < a.units.count, a.isWord(u), a.units[u].prefix == 0, a.units[u].tokens.count == 1 else { return false }
        let key = a.key(u)
        guard UTF8Key.hasPrefix(key, "ال"), UTF8Key.hasSuffix(key, "ي"), UTF8Key.scalarCount(key) >= 5,
              flags(u).isDisjoint(with: [.firstName, .ambiguousFirstName]) else { return false }
        let next = a.key(u + 1)
        return a.isUnknownWord(u + 1) && !UTF8Key.hasPrefix(next, "ال") && a.units[u + 1].prefix == 0 && !a.isDictionaryWord(u + 1)
            && (a.isUnknownWord(u + 2) || flags(u + 2).contains(.firstName)) && a.units[u + 2].prefix == 0
    }

    /// An unknown word that can continue a name of two words already: not a verbal noun, no pronoun or ه,
    /// not a feminine noun in ة, not an imperfect verb.
    func isNameWord(_ u: Int) -> Bool {
        let text = a.token(u).text
        return a.isUnknownWord(u) && !UTF8Key.hasSuffix(text, "ة") && Self.surnameShapeOK(key: a.key(u), text: text)
    }

    /// A definite word that is also a common word, after a lexicon first name, read as the family name:
    /// "سمير الدباغ", "ماجد الفلاحي" (not a feminine noun, a verbal noun or a noun with a pronoun).
    func isFamilyName(_ u: Int, after first: Int) -> Bool {
        let key = a.key(u), f0 = flags(first)
        guard UTF8Key.hasPrefix(key, "ال"), UTF8Key.scalarCount(key) >= 5, a.units[u].prefix == 0, a.units[u].tokens.count == 1,
              f0.contains(.firstName) || f0.isEmpty,
              flags(u).isSubset(of: [.common, .frequent]) else { return false }
        let text = a.token(u).text
        return !UTF8Key.hasSuffix(text, "ة") && !UTF8Key.hasSuffix(text, "ات") && Self.surnameShapeOK(key: key, text: text)
    }

    /// A definite word that no word list knows, right after a lexicon first name that is no everyday word, read as
    /// the family name without a title: "فؤاد السنيورة", "أحمد السقا", "شوقي الطبيب". Not an ordinary word in any form
    /// the dictionary knows, a plural in ات, a verbal noun or a word with a pronoun (`surnameShapeOK`); not after a
    /// connector (بن، ولد…: the first name is then inside a longer name the rules did not take whole), nor after a
    /// Hijri month that is also a first name ("رمضان المعظم").
    func isUnknownDefiniteFamilyName(_ u: Int, after first: Int) -> Bool {
        let key = a.key(u)
        guard u == first + 1, first == 0 || !isConnectorUnit(first - 1), UTF8Key.hasPrefix(key, "ال"), UTF8Key.scalarCount(key) >= 5,
              a.units[u].prefix == 0, a.units[u].tokens.count == 1, a.isUnknownWord(u), !a.isDictionaryWord(u), isUnambiguousFirstName(first),
              !NameEvidence.monthFirstNames.contains(a.key(first)),
              !NameEvidence.isWordOutsideNames(a.token(u).text) else { return false }
        let text = a.token(u).text
        // a feminine nisba adjective ("الثورية"); an ordinary word with the article that is a participle, a verbal
        // noun in ت or a feminine noun ("المعظم", "المفعول", "التميز", "البساطة"), where family names that are
        // ordinary words are mostly trades and qualities ("الطبيب", "الصغير", "الحداد")
        if UTF8Key.hasSuffix(key, "يه") || UTF8Key.hasSuffix(text, "ات") { return false }
        let stem = String(key.unicodeScalars.dropFirst(2))
        if Lexicon.dictionary.contains(stem), UTF8Key.hasPrefix(stem, "م") || UTF8Key.hasPrefix(stem, "ت") || UTF8Key.hasSuffix(stem, "ه") { return false }
        return Self.surnameShapeOK(key: key, text: text)
    }

    /// A lexicon name unit of several tokens that is a real compound name ("عبد الله", "نور الدين"), not two
    /// words that spell a name once the space is dropped ("على أن" ≠ "عليان").
    func isCompoundName(_ u: Int) -> Bool {
        let toks = a.units[u].tokens
        guard toks.count >= 2 else { return true }
        return Self.connectors.contains(a.tokens[toks.lowerBound].key) || Self.nameTails.contains(a.tokens[toks.upperBound - 1].key)
    }

    /// Whether unit `u` (an unknown word found by a context rule) can be a one-word person name: not a
    /// verbal noun, not a feminine noun in ة, no attached pronoun, not a preposition + noun, not a noun + ه
    /// whose stem is a frequent word, not a proclitic + function word ("بأن"). Lexicon first names always can.
    func looksLikeName(_ u: Int) -> Bool {
        let f = flags(u)
        if f.contains(.firstName) || f.contains(.person) { return true }
        let key = a.key(u)
        let s = Self.letters(key)
        let nameOfVerbalNounShape = isNameOfVerbalNounShape(u)
        if Self.isVerbalNoun(key) && !nameOfVerbalNounShape || Self.hasPronounSuffix(key) { return false }
        if !nameOfVerbalNounShape && !Self.surnameShapeOK(key: key, text: a.token(u).text) { return false }
        if s.count >= 3, ["ب", "ل", "ك", "و", "ف"].contains(s[0]),
           SplitSpelling.functionWords.contains(ScalarString.make(s.dropFirst())) { return false }
        if s.count >= 5, ["ب", "ل", "ك"].contains(s[0]) {
            let rest = ScalarString.make(s.dropFirst())
            if Self.isVerbalNoun(rest) || UTF8Key.hasSuffix(rest, "ه") || UTF8Key.hasPrefix(rest, "ال") { return false }
        }
        // a definite word is a name only as a nisba (الكاظمي) or when pooled evidence says so later
        if UTF8Key.hasPrefix(key, "ال") && !a.isNisba(u) && !f.contains(.ambiguousFirstName) { return false }
        return true
    }

    /// An adjective right after a word: indefinite, ending in ي/ية, common or unknown ("شبه عسكري"); never a
    /// function word that happens to end in ي ("في", "لدى", "على" typed علي: "قال شافيز في مقابلة").
    func isAdjective(_ u: Int) -> Bool {
        guard a.isWord(u), a.units[u].prefix == 0 else { return false }
        let key = a.key(u)
        if SplitSpelling.functionWords.contains(key) || Self.afterReportedSpeaker.contains(key) { return false }
        let f = flags(u)
        guard !UTF8Key.hasPrefix(key, "ال"), f.isEmpty || f.contains(.common) || f.contains(.frequent) || f.contains(.demonym) else { return false }
        return UTF8Key.hasSuffix(key, "ي") || UTF8Key.hasSuffix(key, "يه")
    }

    /// A person name found by a context rule (title, verb, apposition) is kept only when it looks like one:
    /// every word passes the one-word test for its first word and no attached pronoun on the last; a one-word
    /// name must also not be followed by an adjective ("قائد شبه عسكري": شبه is not a name).
    func plausiblePerson(_ r: Range<Int>) -> Bool {
        let first = r.lowerBound
        if Self.connectors.contains(a.key(first)) { return true }
        if !looksLikeName(first) { return false }
        if r.count == 1 {
            // an ordinary word alone is not a name: "الفريق جاهز" (team/general), "المدير العام"
            if a.isDictionaryWord(first) && !flags(first).contains(.firstName) { return false }
            if r.upperBound < a.units.count && isAdjective(r.upperBound) { return false }
            // a lone feminine noun (قوة، جهة) is not a name; names in ة are in the first-name lexicon
            if a.token(first).text.unicodeScalars.last == "ة" && !flags(first).contains(.firstName) { return false }
            return true
        }
        let last = r.upperBound - 1
        if !(flags(last).contains(.firstName)) && !Self.surnameShapeOK(key: a.key(last), text: a.token(last).text)
            && !isNameOfVerbalNounShape(last) { return false }
        return true
    }

    /// A word no list knows in a verbal noun's pattern (`isVerbalNoun`: إفعال, تفعيل…) whose letters score as a
    /// name's (`NameShapeScore`): a foreign name that happens to take the shape ("إيفان", "تيفيز"), which the
    /// dictionary's verbal nouns, known in some form, never are.
    func isNameOfVerbalNounShape(_ u: Int) -> Bool {
        let key = a.key(u)
        guard Self.isVerbalNoun(key), a.units[u].tokens.count == 1, a.isUnknownWord(u), !a.isDictionaryWord(u), !a.isLatin(u),
              !Lexicon.inflectedWords.contains(key), !NameEvidence.isInflectedOrdinaryWord(a.token(u).text) else { return false }
        return NameShapeScore.looksLikeName(a.token(u).text)
    }

    /// The person named right after a definite nationality adjective (unit `u`): two name words at least,
    /// the first a first name of the lexicon or an unknown word that is no ordinary word and no verb
    /// ("الكاميروني صامويل إيتو", "والياباني هاروكي موراكامي"; not "القوات الأمريكية تشن غارات").
    func namedAfterNationality(_ u: Int) -> Range<Int>? {
        // one person: a singular nationality ("الأمريكي", "البريطانية"), not a plural ("الأمريكيين كاذبين")
        let stem = a.stemKey(u)
        guard a.units[u].tokens.count == 1, UTF8Key.hasPrefix(stem, "ال"), UTF8Key.hasSuffix(stem, "ي") || UTF8Key.hasSuffix(stem, "يه"),
              u + 2 < a.units.count else { return nil }
        let first = u + 1
        guard a.units[first].prefix == 0, let r = personName(from: first, strictFirst: true), r.lowerBound == first,
              r.count >= 2, plausiblePerson(r) else { return nil }
        let f = flags(first)
        let firstNameWord = f.contains(.firstName) && !f.contains(.common) && !f.contains(.frequent)
        // an unknown first word of five letters at least ("أنذر", "بوقف" are a verb and ب + noun)
        // (a verb's first letter on a foreign name is no verb: "نيكولاي")
        let unknownName = a.isUnknownWord(first) && !a.isDictionaryWord(first)
            && (!looksLikeVerb(first) || EntityExtractor.hasTransliterationShape(a.token(first).text))
            && !a.key(first).hasPrefix("ال") && UTF8Key.scalarCount(a.key(first)) >= 5
        guard firstNameWord || unknownName else { return nil }
        // every word after the first: no ordinary word
        guard !((first + 1)..<r.upperBound).contains(where: { a.isDictionaryWord($0) && !flags($0).contains(.firstName) }) else { return nil }
        return r
    }

    /// A descriptor between a title and a name: a definite nisba adjective (not a first name) directly
    /// before a lexicon first name ("الزعيم الشيعي قيس الخزعلي", "المدرب الكندي مارك …").
    func isDescriptorBeforeName(_ u: Int) -> Bool {
        guard u + 1 < a.units.count, a.isWord(u), a.units[u].prefix == 0, a.units[u].tokens.count == 1 else { return false }
        let key = a.key(u), f = flags(u)
        guard UTF8Key.hasPrefix(key, "ال"), UTF8Key.hasSuffix(key, "ي"), UTF8Key.scalarCount(key) >= 5,
              !f.contains(.firstName), !f.contains(.ambiguousFirstName) else { return false }
        let next = flags(u + 1)
        return a.units[u + 1].prefix == 0 && (next.contains(.firstName) || next.contains(.ambiguousFirstName))
    }
}

/// One-word foreign names in the subject slot of كان.
extension DiscoveryRules {
    /// كان and its sisters in the masculine singular, which take their subject right after them ("وكان X قد رحل").
    static let kanaSisters: WordSet = Keys.of(["كان", "يكون", "ظل", "يظل", "بات", "اصبح", "يصبح", "اضحي", "مازال", "مايزال",
                                                "لايزال", "يزال"])

    /// Whether unit `u` is كان or a sister in the masculine singular, with و or ف before it or not. Only these:
    /// after other verbs (an imperfect "يمنع", a reporting verb) the word is as often an object in construct
    /// ("يمنع مواطني البلد"), a product or a company ("وقال ويكيليكس") as a person, and the corpus pools the
    /// one-word names a verb introduces.
    func isKanaVerb(_ u: Int) -> Bool {
        // (read once per unit with its other lists: `RuleWordTable.unitLists`; this runs for every word, several times)
        a.isWord(u) && a.units[u].tokens.count == 1 && wordLists[u].key.contains(.kanaVerb)
    }

    /// A person named by one word that can only be a name (`EntityExtractor.isNameOnlyWord`: a transliterated
    /// foreign shape, no ordinary word in any form) as the subject of كان (`isKanaVerb`): "وكان تيفيز أعلن",
    /// "و كان ديباي يرغب". Not a word followed by a definite word or a lexicon name (a construct: "كان مواطني
    /// البلد"), nor one followed by another such word (a full name, which the other rules read). Returns the
    /// name's unit range; the verb is its cue.
    func subjectNameAfterVerb(_ verb: Int) -> Range<Int>? {
        let u = verb + 1
        guard isKanaVerb(verb), u < a.units.count, a.isWord(u), a.units[u].prefix == 0, a.units[u].tokens.count == 1,
              a.isUnknownWord(u), !a.isLatin(u), EntityExtractor.isNameOnlyWord(a.token(u).text),
              !Self.isPredicateShape(a.key(u)) else { return nil }
        let next = u + 1
        if next < a.units.count, a.isWord(next) {
            if a.key(next).hasPrefix("ال") || !flags(next).isDisjoint(with: [.place, .organization]) { return nil }
            if a.isUnknownWord(next), a.units[next].prefix == 0, EntityExtractor.isNameOnlyWord(a.token(next).text) { return nil }
        }
        let r = u..<(u + 1)
        return plausiblePerson(r) ? r : nil
    }

    /// Shapes of what follows كان other than its named subject: an accusative in ا ("مشغولا", "إسرائيليا"),
    /// a sound plural ("دبلوماسيون", "المراقبين"), a dual imperfect ("كان يمتطيان"), a broken plural فواعل
    /// ("عواقب", "شوارع").
    static func isPredicateShape(_ key: String) -> Bool {
        let s = Array(key.unicodeScalars)
        if s.last == "ا" || UTF8Key.hasSuffix(key, "ون") || UTF8Key.hasSuffix(key, "ين") { return true }
        if s.count >= 5, s[0] == "ي" || s[0] == "ت", UTF8Key.hasSuffix(key, "ان") { return true }
        return s.count == 5 && s[1] == "و" && s[2] == "ا"
    }
}
