import ArabicText

/// Things named after a person: a facility, a street, a unit or an association whose name is a head word and a
/// person's name («مطار شارل ديغول», «شارع الحبيب بورقيبة», «كتيبة الشهيد يوسف البوني», «جمعية "هادي بوشماوي"»,
/// «دار شعبان الفهري», «المدرسة الابتدائية محمد علي العلوي»). The head and the name are one name, of the thing;
/// the person inside it is no mention of that person.
enum NamedAfterPersonRules {
    /// Heads of things named after a person that are places (streets, towns, buildings) and those that are
    /// organizations (units, schools, associations). Match keys, without the article.
    static let placeHeads: Set<String> = Keys.strings([
        "مطار", "ميناء", "مستشفى", "مستوصف", "ملعب", "قاعة", "مسرح", "مسجد", "جامع", "ساحة", "شارع", "نهج", "زنقة",
        "جسر", "حي", "مدينة", "دار", "ضاحية", "معسكر", "ثكنة", "مركب"])
    static let organizationHeads: Set<String> = Keys.strings([
        "كتيبة", "فوج", "جمعية", "مؤسسة", "مدرسة", "معهد", "جامعة", "كلية", "مكتبة", "روضة"])
    /// Heads of bodies rather than buildings: with the article and an adjective they name the body itself
    /// («المؤسسة العسكرية» is the army, and the name after it one of its men).
    static let bodyHeads: Set<String> = Keys.strings(["مؤسسة", "جمعية", "كتيبة", "فوج"])
    /// Words between the head and the person's name that honour the person: «كتيبة الشهيد يوسف البوني».
    static let honorifics: Set<String> = Keys.strings(["الشهيد", "الشهيدة", "المرحوم", "المرحومة", "الراحل", "الراحلة",
                                                       "الزعيم", "المجاهد", "الشيخ"])

    /// `placeHeads.contains(stem) || organizationHeads.contains(stem)`, by the stem's bytes when they are plain
    /// (`PlainKeyIndex`: `Set<String>` normalized every Arabic stem it hashed).
    static func isHead(_ stem: String) -> Bool { headIndex.value(of: stem, in: headsByKey) != nil }
    /// `honorifics.contains(key)`, the same way.
    static func isHonorific(_ key: String) -> Bool { honorificIndex.value(of: key, in: honorificsByKey) != nil }
    static let headsByKey = Dictionary(placeHeads.union(organizationHeads).map { ($0, true) }, uniquingKeysWith: { a, _ in a })
    static let headIndex = PlainKeyIndex(headsByKey)
    static let honorificsByKey = Dictionary(honorifics.map { ($0, true) }, uniquingKeysWith: { a, _ in a })
    static let honorificIndex = PlainKeyIndex(honorificsByKey)

    /// The head word's key with its proclitics (و ف, ب ل ك) and its article taken off, and how many folded
    /// scalars were taken off before the article (the head's own text starts after them).
    static func head(_ key: String) -> (stem: String, proclitics: Int, definite: Bool)? {
        let fast: (stem: String, proclitics: Int, definite: Bool)??? = key.utf8.withContiguousStorageIfAvailable { b in
            ShortFormTie.isArabicLetters(b) ? .some(head(letters: b)) : nil
        }
        if let fast = fast ?? nil { return fast }
        return headByScalars(key)
    }

    /// `head` of a key whose bytes `b` are Arabic letters U+0621…U+064A alone (two bytes each): the same tests on the
    /// letters, each stem cut out of the bytes (the scalar arrays of `headByScalars` cost more than its look-ups).
    static func head(letters b: UnsafeBufferPointer<UInt8>) -> (stem: String, proclitics: Int, definite: Bool)? {
        @inline(__always) func letter(_ i: Int) -> UInt32 { UInt32(b[2 * i] & 0x1F) << 6 | UInt32(b[2 * i + 1] & 0x3F) }
        let (waw, fa, ba, kaf, lam, alef): (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627)
        let n = b.count / 2
        var starts = (0, -1, -1)
        var p = 0
        if n > p + 3, letter(p) == waw || letter(p) == fa { p += 1; starts.1 = p }
        if n > p + 3, letter(p) == ba || letter(p) == lam || letter(p) == kaf {
            p += 1
            if starts.1 < 0 { starts.1 = p } else { starts.2 = p }
        }
        for p in [starts.0, starts.1, starts.2] where p >= 0 {
            var from = p
            var definite = false
            let count = n - p
            if count > 4, letter(p) == alef, letter(p + 1) == lam { from += 2; definite = true }
            else if p > 0, letter(p - 1) == lam, count > 3, letter(p) == lam { from += 1; definite = true }   // «للمدرسة»
            let stem = SmallUTF8.string(utf8: UnsafeBufferPointer(rebasing: b[(2 * from)...]))
            if isHead(stem) { return (stem, p, definite) }
        }
        return nil
    }

    /// `head` by the key's scalars (the code before the byte path, for any key).
    static func headByScalars(_ key: String) -> (stem: String, proclitics: Int, definite: Bool)? {
        let all = Array(key.unicodeScalars)
        // the word as written first («كتيبة» is no ك + تيبة), then after و ف, ب ل ك («بدار», «وللمدرسة»)
        var starts = [0]
        var p = 0
        if all.count > p + 3, all[p] == "و" || all[p] == "ف" { p += 1; starts.append(p) }
        if all.count > p + 3, ["ب", "ل", "ك"].contains(all[p]) { p += 1; starts.append(p) }
        for p in starts {
            var u = Array(all[p...])
            var definite = false
            if u.count > 4, u[0] == "ا", u[1] == "ل" { u.removeFirst(2); definite = true }
            else if p > 0, all[p - 1] == "ل", u.count > 3, u[0] == "ل" { u.removeFirst(); definite = true }   // «للمدرسة»
            let stem = ScalarString.make(u)
            if isHead(stem) { return (stem, p, definite) }
        }
        return nil
    }

    /// The candidates of one block with every person name that a head of a thing named after a person precedes
    /// (an opening quote, an honorific, or after a definite head one definite adjective, «المستشفى الجهوي»,
    /// may stand between) replaced by the thing's name, the head included. A name of two words at least whose
    /// first word is a first name of the lexicon, or any person candidate of two words or more; a name a
    /// quote opens after a facility head («مطار "شارل ديغول"») too.
    static func apply(_ found: [EntityCandidate], in a: BlockAnalysis) -> [EntityCandidate] {
        guard found.contains(where: { $0.type == .person || $0.rule == .placeHead || $0.rule == .orgHead }) else { return found }
        var out = found
        for i in out.indices {
            // (the candidate's fields read in place until the tests that most candidates fail are passed: a copy of
            // a candidate retains its strings and its drop releases them)
            let rule = out[i].rule, cType = out[i].type, cStart = out[i].start
            guard rule != .lexicon, rule != .known else { continue }
            // (a name of another kind that no head rule found is passed over whatever its words: told before the
            // surface is tokenized, which the pooled places and organizations of extraction made for nothing)
            if cType != .person, !(rule == .placeHead || rule == .orgHead) { continue }
            // (the tests on the name's own words, which tokenize its surface, come after the head is found: most
            // names have none before them; every test only passes a candidate over, so their order changes nothing)
            guard let first = firstToken(endingAfter: cStart, in: a.tokens), a.tokens[first].start == cStart else { continue }
            var t = first - 1
            var quoted = false
            if t >= 0, a.tokens[t].kind == .punct, isOpeningQuote(a.scalars[a.tokens[t].start]) { t -= 1; quoted = true }
            // (a place after an area head is the place: «مدينة غازي عنتاب»; a quoted project is not: «مدينة "عمر المختار"»,
            // «"مدينة عمر المختار"», the quotes around the head and the name)
            if cType != .person && !quoted && !(t >= 1 && isQuotedWithItsHead(out[i], headToken: t, in: a)) { continue }
            if t >= 0, a.tokens[t].kind == .word, isHonorific(a.tokens[t].key) { t -= 1 }
            guard t >= 0, a.tokens[t].kind == .word else { continue }
            var h = head(a.tokens[t].key)
            // a definite head before a name is the body the person heads or belongs to («رئيس الجامعة وديع الجريء»);
            // with its adjective it names the thing («المدرسة الابتدائية محمد علي العلوي»)
            if h?.definite == true { h = nil }
            if h == nil, t >= 1, a.tokens[t - 1].kind == .word, isDefiniteAdjective(a.tokens[t].key),
               let d = head(a.tokens[t - 1].key), d.definite, !bodyHeads.contains(d.stem) {
                t -= 1
                h = d
            }
            guard let hd = h else { continue }
            let c = out[i]
            let words = Tokenizer.wordKeys(c.surface)
            guard words.count >= 2 else { continue }
            // a facility's or an association's quoted name that is a person's name
            if c.type != .person, !NameEvidence.isFirstName(words[0]) { continue }
            let ht = a.tokens[t]
            let start = ht.start + ht.originalOffset(ofFolded: hd.proclitics)
            var text: [String] = []
            for tok in a.tokens where tok.start >= ht.start && tok.end <= c.end && tok.kind == .word {
                text.append(tok.start == ht.start ? ScalarString.make(a.scalars[start..<tok.end]) : tok.text)
            }
            let surface = text.joined(separator: " ")
            let type: EntityType = placeHeads.contains(hd.stem) ? .place : .organization
            out[i] = EntityCandidate(block: c.block, start: start, end: c.end, surface: surface,
                                     key: ArabicNormalizer.matchKey(surface), type: type, cue: nil, rule: .placeHead,
                                     canonical: nil, note: note)
        }
        return out
    }

    /// Whether a quote opens right before the head word at token `headToken` and closes right after `c`.
    static func isQuotedWithItsHead(_ c: EntityCandidate, headToken: Int, in a: BlockAnalysis) -> Bool {
        guard headToken >= 1, a.tokens[headToken].kind == .word, a.tokens[headToken - 1].kind == .punct,
              isOpeningQuote(a.scalars[a.tokens[headToken - 1].start]),
              let after = a.tokens.firstIndex(where: { $0.start >= c.end }), a.tokens[after].kind == .punct else { return false }
        return [0x22, 0xBB, 0x201D].contains(a.scalars[a.tokens[after].start].value)
    }

    /// `tokens.firstIndex { $0.end > offset }`, by halves: the tokens of a block follow one another, so their ends
    /// increase (`firstIndex(where:)` copied every token before the candidate's, for every candidate of the block).
    static func firstToken(endingAfter offset: Int, in tokens: [Token]) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end > offset { hi = mid } else { lo = mid + 1 }
        }
        return lo < tokens.count ? lo : nil
    }

    /// The note of the names this rule makes.
    static let note = "named after a person"

    static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
        [0x22, 0xAB, 0x201C, 0x201E].contains(s.value)
    }

    /// «الابتدائية», «الجهوي», «الإعدادية»: an adjective of a kind of facility (`DiscoveryRules.facilityAdjectives`)
    /// or of a school. Not any adjective: «الملعب القابسي» is a club, and the name after it one of its players.
    /// (by the key's bytes when they are plain, `PlainKeyIndex`, as `isHead`)
    static func isDefiniteAdjective(_ key: String) -> Bool {
        definiteAdjectiveIndex.value(of: key, in: definiteAdjectivesByKey) != nil
    }
    /// `DiscoveryRules.facilityAdjectives` and `schoolAdjectives`, the keys `isDefiniteAdjective` accepts.
    static let definiteAdjectivesByKey = Dictionary(DiscoveryRules.facilityAdjectives.union(schoolAdjectives).map { ($0, true) },
                                                    uniquingKeysWith: { a, _ in a })
    static let definiteAdjectiveIndex = PlainKeyIndex(definiteAdjectivesByKey)
    static let schoolAdjectives: Set<String> = Keys.strings(["الابتدائية", "الإعدادية", "الاعدادية", "الثانوية", "النموذجية",
                                                             "التحضيرية", "العليا"])
}
