import ArabicText
/// Places of an arrest or a killing that the name finder left without a name, as written: the town a
/// security unit is based in («تمكن أعوان مركز الأمن الوطني بطبلبة من إيقاف …») and the governorate or
/// delegation a place noun names («قتلت 14 إرهابيا في ولاية البويرة»). An event can show them as plain text.
extension SentenceEvents {
    /// Heads of Maghreb place names of two words ("سيدي بوزيد", "بني خلاد", "برج العامري", "جبل سمامة", "واد مليز",
    /// "رأس جدير", "شط مريم").
    static let toponymHeads: WordSet = WordSet(["سيدي", "بني", "برج", "جبل", "واد", "وادي", "رأس", "شط"].map(EventLexicon.key))

    /// Nouns of a delegation, whose next word is its name, whatever else the word may mean.
    static let delegationNouns: WordSet = WordSet(["معتمدية"].map(EventLexicon.key))

    /// Administrative place nouns whose next word is the place's name.
    static let areaNouns: WordSet = WordSet(["ولاية", "معتمدية", "محافظة", "مدينة", "بلدة", "قرية", "منطقة", "إقليم", "جهة", "مقاطعة"]
        .map(EventLexicon.key), bit: .areaNouns)

    /// Words after which an area is where someone comes from or lives, not where the event was.
    static let originOrHomeWords: WordSet = WordSet(["اصيل", "اصيلي", "اصيله", "قادما", "قادمين", "يقطن", "تقطن", "يقطنون", "قاطن",
                                                      "قاطنه", "القاطن", "القاطنه", "القاطنين", "قاطنين", "يقيم", "تقيم", "يقيمون", "مقيم", "مقيمه",
                                                      "المقيم", "المقيمه", "المقيمين", "المقيمون", "مقيمين"])

    /// Protests and strikes: an area named after one is where people gathered ("خلف إيقاف البحارة احتجاجات لدى
    /// أهاليهم بمعتمدية …"), not where the trigger's event was.
    static let gatherings: WordSet = WordSet(["احتجاج", "احتجاجات", "الاحتجاجات", "احتجاجية", "مسيرة", "وقفة", "اعتصام",
                                              "إضراب", "تظاهرة", "مظاهرة", "مظاهرات"].map(EventLexicon.key))

    /// Nouns of a governorate or state, the widest area a local report names ("من ولاية منوبة").
    static let governorateNouns: WordSet = WordSet(["ولاية", "ولايتي", "محافظة"].map(EventLexicon.key))

    /// Whether place mention `m` is named as a governorate ("من ولاية منوبة", "التابعة لولاية سيدي بوزيد",
    /// "ولاية المنستير"): a town the clause names in it says where more closely.
    func isGovernorateNamed(_ m: Int) -> Bool {
        guard let j = firstWord[m], mentions[m].span.start == words.words[j].start else { return false }
        return words.has(j - 1, in: Self.governorateNouns)
    }

    /// Nouns of a security unit's name ("مركز الأمن", "منطقة الحرس", "إدارة الشرطة").
    static let unitHeads: WordSet = WordSet(["مركز", "منطقة", "إقليم", "إدارة", "فرق", "وحدة", "دائرة", "فوج", "مصلحة", "مصالح",
                                              "خلية", "فرقة", "الفرقة", "نقطة"].map(EventLexicon.key), bit: .unitHeads)

    /// The place of trigger `h` that no name says, if one word says it surely; nil when unsure.
    func unnamedPlace(of h: Hit, in range: Range<Int>) -> String? {
        // "في ولاية البويرة", "بمعتمدية رمادة": a place noun and the name after it, in the event's clause; after the
        // trigger first ("أعلنت شرطة X بولاية Y اعتقال المطلوب بمقاطعة Z": where the police serve is not where it arrested).
        if let name = areaPlace(of: h, at: range.filter { $0 > h.index }, in: range) { return name }
        // The unit's seat: "فرقة الشرطة العدلية بقرمبالية", "مركز الأمن الوطني بالبحيرة".
        // (not when another event comes between: "تمكن أعوان الحرس بسوسة من القبض على متهم بقتل فتاة" is the arrest's)
        // (not a national unit's: "الفرقة الوطنية لمكافحة المخدرات بالعوينة" is based there, not acting there)
        if let f = (range.lowerBound..<h.index).first(where: { words.has($0, in: EventContextLexicon.securityNouns) && covering[$0] == nil }),
           !((f + 1)..<h.index).contains(where: { lookup($0) != nil }), !words.has(f + 1, in: Self.nationalWords), let seat = unitSeat(from: f + 1, to: h.index, in: range) {
            return seat
        }
        // "العنصر المتقدم لجيش البحر والمتمركز بنقطة الرصد برأس جدير": a unit the name finder found as an organization.
        if let f = (range.lowerBound..<h.index).first(where: { words.has($0, in: EventContextLexicon.securityNouns) }),
           let m = covering[f], firstWord[m] == f, mentions[m].type == .organization, let last = lastWord[m], last + 1 < h.index,
           !(f...last).contains(where: { words.has($0, in: Self.nationalWords) }),
           !((last + 1)..<h.index).contains(where: { lookup($0) != nil }), let seat = unitSeat(from: last + 1, to: h.index, in: range) {
            return seat
        }
        // "… القبض على شخص من قبل الإدارة الفرعية للقضايا الإجرامية بالقرجاني": the agent phrase after the trigger.
        if let by = ((h.index + 1)..<range.upperBound).first(where: { words.isAny($0, ["قبل", "طرف"]) && words.isAny($0 - 1, ["من"]) }),
           !((h.index + 1)..<by).contains(where: { lookup($0) != nil || chargePhrase(at: $0) != nil || words.has($0, in: EventLexicon.complementizer) }),
           by + 1 < range.upperBound, words.words[by + 1].key.hasPrefix("ال") || words.has(by + 1, in: EventContextLexicon.securityNouns),
           let seat = unitSeat(from: by + 1, to: range.upperBound, in: range) {
            return seat
        }
        return areaPlace(of: h, at: range.filter { $0 < h.index }, in: range) ?? sentenceEndTown(of: h, in: range)
    }

    /// "في حين تم إيقاف عنصر دعم للجماعات الإرهابية بسكيكدة.": a word no dictionary knows, with its ب, that ends the
    /// sentence a few words after the trigger, with no charge, clause or name between.
    /// ("القضاء على عنصرين إرهابيين بقرطوبة، وفق بلاغ للوزارة": the source that follows ends the clause too)
    private func sentenceEndTown(of h: Hit, in range: Range<Int>) -> String? {
        let w = words.words
        var k = range.upperBound - 1
        if k >= 0, k < w.count, w[k].isPunct, w[k].isKey(".") { k -= 1 }
        let sourced = ((h.index + 2)..<min(range.upperBound, h.index + 9)).first { j in
            j + 1 < w.count && (words.has(j + 1, in: Self.sourceWords)
                || (w[j + 1].isPunct && !w[j + 1].isKey(".") && words.has(j + 2, in: Self.sourceWords)))
        }
        if let s = sourced { k = s }
        guard k > h.index + 1, k - h.index <= 8, sourced != nil || k + 1 >= w.count || w[k + 1].isKey("."), !w[k].isPunct,
              w[k].key.hasPrefix("ب"), words.hasPrepositionClitic(k),
              !((h.index + 1)..<k).contains(where: { j in
                  w[j].isPunct || startingAt[j] != nil || covering[j] != nil || lookup(j) != nil || chargePhrase(at: j) != nil
                      || words.has(j, in: EventLexicon.complementizer) || words.has(j, in: EventContextLexicon.relatives)
                      || words.has(j, in: Self.originOrHomeWords) || words.hasPrepositionClitic(j) && w[j].key.hasPrefix("ب")
              }) else { return nil }
        return placeName(at: k, in: range, clitic: true)
    }

    /// Words that open the source of a report ("وفق بلاغ", "حسب مصدر أمني").
    static let sourceWords: WordSet = WordSet(["وفق", "وفقا", "حسب", "بحسب", "حسبما", "نقلا"].map(EventLexicon.key))

    /// The name after the first area noun at one of `positions` that says where (after في or with a ب), not
    /// where someone comes from nor a place of the trigger's charge.
    private func areaPlace(of h: Hit, at positions: [Int], in range: Range<Int>) -> String? {
        for k in positions where k + 1 < range.upperBound && words.has(k, in: Self.areaNouns) && covering[k] == nil {
            if k > h.index, (h.index..<k).contains(where: { chargePhrase(at: $0) != nil || words.has($0, in: EventLexicon.complementizer)
                || words.has($0, in: Self.gatherings) }) { break }
            // "أصيل معتمدية منزل تميم", "مقرها بولاية نابل": where someone comes from or something is.
            // ("يقطن بجهة فرنانة", "مقيم بمعتمدية المحرس": where someone lives)
            if isOriginOrSeat(before: k + 1, after: min(k, h.index)) || words.has(k - 1, in: Self.originOrHomeWords) { continue }
            let prepared = words.hasPrepositionClitic(k) || words.isAny(k - 1, ["في"])
            // "في أماريلو بولاية تكساس": the town named in its state says where more closely.
            if prepared, words.has(k, in: Self.governorateNouns), k - 2 >= range.lowerBound, words.isAny(k - 2, ["في"]),
               let town = placeName(at: k - 1, in: range) { return town }
            if prepared, let name = placeName(at: k + 1, in: range) { return name }
        }
        return nil
    }

    /// The town of an attacked post ("هجوم بالحجارة على مركز الحرس بالمزونة"): a unit's name right after the
    /// trigger's على, then its seat, if one word says it.
    func attackedPostSeat(of h: Hit, in range: Range<Int>) -> String? {
        guard let on = ((h.index + 1)..<min(range.upperBound, h.index + 4)).first(where: { words.isAny($0, ["علي"]) }),
              words.has(on + 1, in: Self.unitHeads) || words.has(on + 1, in: EventContextLexicon.securityNouns) else { return nil }
        return unitSeat(from: on + 1, to: range.upperBound, in: range)
    }

    /// Not an ordinary word or a name part of another kind: a place of the lexicon, or a word neither the
    /// dictionary nor the lexicon knows.
    static func isPlaceWord(_ key: String) -> Bool {
        if let e = Lexicon.builtIn.lookup(key) { return e.flags.contains(.place) && e.flags.isDisjoint(with: [.common, .frequent]) }
        return !Lexicon.dictionary.contains(key) && !NameEvidence.isOrdinaryWord(key)
    }

    /// The town after a security unit's name that starts at `from` ("مركز الأمن الوطني بطبلبة"), if one word says it.
    private func unitSeat(from: Int, to end: Int, in range: Range<Int>) -> String? {
        let w = words.words
        var k = from
        while k < min(end, from + 12), !w[k].isPunct || w[k].isKey("\"") {
            if let m = covering[k] {
                // "فرقة شرطة النجدة بالقيروان": the name finder took the preposition with a known town.
                return firstWord[m] == k && lastWord[m] == k ? cliticTown(at: k) : nil
            }
            if w[k].key.hasPrefix("ب"), words.hasPrepositionClitic(k) {
                // "بولاية سطيف": the noun, then the name; "بإقليم الحرس الوطني بالقيروان": a unit's name goes on.
                if words.has(k, in: Self.areaNouns) {
                    if let name = placeName(at: k + 1, in: range, seat: true) { return name }
                    k += 1
                    continue
                }
                // "المتمركز بنقطة الرصد برأس جدير": a unit's head with its ب; the unit's name goes on.
                if words.has(k, in: Self.unitHeads) { k += 1; continue }
                return placeName(at: k, in: range, clitic: true, seat: true)
            }
            // Only the words of the unit's name ("أعوان مركز الأمن الوطني", "التابعة لمنطقة الحرس", "الأبحاث و التفتيش")
            // come between.
            let key = w[k].key
            guard UTF8Key.hasPrefix(key, "ال") || UTF8Key.hasPrefix(key, "ل") || UTF8Key.hasPrefix(key, "وال") || key == "و" || key == "\""
                    || words.has(k, in: EventContextLexicon.securityNouns) || words.has(k, in: Self.unitHeads) else { return nil }
            k += 1
        }
        return nil
    }

    /// Word `k` as a ب on a known town, country or region ("بالقيروان"), the name without its preposition.
    private func cliticTown(at k: Int) -> String? {
        let w = words.words[k]
        guard w.key.hasPrefix("ب"), words.hasPrepositionClitic(k) else { return nil }
        let rest = String(w.key.dropFirst())
        guard PlaceKinds.isKnownCity(rest) || PlaceKinds.isCountry(rest) || PlaceKinds.kind(of: rest) == .region else { return nil }
        return String(String.UnicodeScalarView(w.text.unicodeScalars.dropFirst()))
    }

    /// Nouns a unit is said to be "at" that are not towns ("بالتنسيق مع", "بالمكان").
    static let notSeats: WordSet = WordSet(["التنسيق", "التعاون", "المكان", "الاشتراك", "الشراكة", "المناسبة", "النيابة",
                                             "الإضافة", "الفعل", "الذات", "التوازي", "الموازاة", "المقابل", "الخصوص"].map(EventLexicon.key))

    /// Word `k` as a one-word place name ("البويرة", "طبلبة"), or nil when it is an ordinary word, a name the
    /// name finder found, or the start of a longer name that may go on.
    func placeName(at k: Int, in range: Range<Int>, clitic: Bool = false, seat: Bool = false) -> String? {
        let w = words.words
        guard k < range.upperBound, k < w.count, !w[k].isPunct, !w[k].isNumber, startingAt[k] == nil, covering[k] == nil,
              !dateWords.contains(k), lookup(k) == nil else { return nil }
        if !clitic, words.hasPrepositionClitic(k) { return nil }
        let bare = clitic ? String(w[k].key.dropFirst()) : w[k].key
        let plain = UTF8Key.hasPrefix(bare, "ال") ? String(bare.dropFirst(2)) : bare
        // "بمعتمدية فريانة من ولاية القصرين": a word the governorate it is in follows is a town even when the
        // word is frequent in the news (a town's name often is); not a word of the dictionary.
        // ("بالمكنين التابعة لولاية المنستير": the governorate the town belongs to)
        let n = k + 1
        let governorateNext = words.has(n, in: Self.areaNouns) || (words.isAny(n, ["من"]) || words.isAny(n, ["التابعه", "التابع"]))
            && words.has(n + 1, in: Self.areaNouns)
        // ("بمعتمدية المكنين": a delegation, the unit of a Tunisian governorate, is named by the word after it)
        let inGovernorate = (governorateNext && !Lexicon.dictionary.contains(bare)) || (!clitic && words.has(k - 1, in: Self.delegationNouns))
        // A unit's seat may be a town named by a word ("مركز الأمن الوطني بالبحيرة، من …") when a pause, the
        // "من" of "تمكن … من", a time or an adjunct of cause or time follows it ("بالبحيرة على إثر شكاية").
        let pause = n >= range.upperBound || n >= w.count || w[n].isPunct || words.isAny(n, ["من", "حسب", "بحسب", "وفق", "اثر", "بعد", "خلال"])
            || (words.isAny(n, ["علي"]) && words.isAny(n + 1, ["اثر"])) || dateWords.contains(n)
            || words.has(n, in: Self.dayTimeWords)
        // ("الحرس البحري بقليبية فجر اليوم": a word no dictionary knows, frequent in the news as a town's name is)
        let seatWord = seat && (pause || governorateNext) && !Self.notSeats.contains(bare) && !UTF8Key.hasSuffix(bare, "ات")
            && (UTF8Key.hasPrefix(bare, "ال") || (clitic && !Lexicon.dictionary.contains(bare) && !Lexicon.dictionary.contains(w[k].key)))
        // "بسيدي الهاني", "بجبل سمامة": the head of a Maghreb town's or mountain's name and the word after it, two words.
        if Self.toponymHeads.contains(bare), isPlainNameWord(n, in: range), endsTwoWordName(after: n, in: range) {
            let text = w[k].text + " " + w[n].text
            return clitic ? String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())) : text
        }
        if !clitic, let name = twoWordAreaName(at: k, in: range) { return name }
        // ("بناء", "بصمة": a word with a ب of its own; "بوعريرج": ب and a name, or a name in بو, is unsure)
        // (a toponym's head alone is a cut name: "بسيدي علي …", علي read as على)
        guard plain.count >= 3, !(clitic && UTF8Key.hasPrefix(bare, "و")), !Self.toponymHeads.contains(bare), seatWord || inGovernorate || (Self.isPlaceWord(bare) && Self.isPlaceWord(plain)),
              !(clitic && Lexicon.dictionary.contains(w[k].key)), !words.has(k, in: EventContextLexicon.securityNouns),
              !words.has(k, in: EventLexicon.placeNouns), !words.has(k, in: EventContextLexicon.phraseStops) else { return nil }
        // One word only: a next word that may continue the name ("سيدي علي بن عون") makes it unsure.
        guard endsName(at: n, in: range) || governorateNext else { return nil }
        let text = w[k].text
        return clitic ? String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())) : text
    }

    /// "بمدينة القلعة الكبرى", "بجهة غار الدماء", "بجهة الكرم الغربي": after an area noun, a word and a definite word
    /// that ends the name (a pause, a time, a preposition or the governorate follow), as written. Not a description
    /// («بمنطقة الحدود التونسية»: a relative adjective other than a side's), nor a unit's or another place noun's phrase.
    private func twoWordAreaName(at k: Int, in range: Range<Int>) -> String? {
        let w = words.words
        let n = k + 1
        func isNameWord(_ j: Int) -> Bool {
            isPlainNameWord(j, in: range) && !words.has(j, in: Self.areaNouns) && !words.has(j, in: Self.unitHeads)
                && !Self.notSeats.contains(w[j].key)
        }
        // (the noun indefinite, in construct with the name: «بالمنطقة العسكرية العازلة» describes; «سلتة التابعة
        // لمعتمدية …» is one word and the place it belongs to)
        let noun = k - 1 >= 0 ? w[k - 1].key : ""
        guard words.has(k - 1, in: Self.areaNouns), !words.has(k - 1, in: Self.governorateNouns), isNameWord(k), isNameWord(n),
              !UTF8Key.hasPrefix(noun, "ال"), !UTF8Key.hasPrefix(noun, "بال"), !UTF8Key.hasPrefix(noun, "فال"), !UTF8Key.hasPrefix(noun, "وال"), !isRelativeAdjective(k),
              w[k].key.count >= 3, w[n].key.hasPrefix("ال"), w[n].key.count >= 4, !words.has(n, in: Self.belongingWords),
              !isRelativeAdjective(n) || PlaceKinds.isSideAdjective(w[n].text),
              endsTwoWordName(after: n, in: range) else { return nil }
        return w[k].text + " " + w[n].text
    }

    /// Word `j` can be the second word of a two-word place name: a plain word of the clause, no mention, date, time of
    /// day, conjunction, preposition, place noun or security noun.
    private func isPlainNameWord(_ j: Int, in range: Range<Int>) -> Bool {
        let w = words.words
        return j < range.upperBound && j < w.count && !w[j].isPunct && !w[j].isNumber && startingAt[j] == nil && covering[j] == nil
            && lookup(j) == nil && !dateWords.contains(j) && !w[j].key.hasPrefix("و") && !words.hasPrepositionClitic(j)
            && !words.has(j, in: EventContextLexicon.phraseStops) && !words.has(j, in: EventLexicon.placeNouns)
            && !words.has(j, in: EventContextLexicon.securityNouns)
            && !words.isAny(j, ["عشيه", "صباح", "مساء", "ليله", "فجر", "ظهر", "اليوم", "امس"])
    }

    /// A two-word place name can end after word `n`: the name ends there, or its governorate follows («بسيدي علي
    /// بن عون من ولاية …», «التابعة لمعتمدية …»).
    private func endsTwoWordName(after n: Int, in range: Range<Int>) -> Bool {
        endsName(at: n + 1, in: range) || words.has(n + 1, in: Self.areaNouns)
            || (words.isAny(n + 1, ["من", "التابعه", "التابع"]) && words.has(n + 2, in: Self.areaNouns))
    }

    /// Word `j` as a definite relative adjective ("العسكرية"), not an elative in ى ("الكبرى", "الصغرى").
    private func isRelativeAdjective(_ j: Int) -> Bool {
        Self.isNisba(words.words[j].key) && !words.words[j].text.hasSuffix("ى")
    }

    /// Participles of where a place lies or what it belongs to ("التابعة لمعتمدية", "الكائن بنهج"): not a name's word.
    static let belongingWords: WordSet = WordSet(["التابعة", "التابع", "الكائن", "الكائنة", "الواقع", "الواقعة"].map(EventLexicon.key))

    /// Whether a place name can end before word `n`: a pause, a time, a preposition or another clause follows.
    private func endsName(at n: Int, in range: Range<Int>) -> Bool {
        let w = words.words
        return n >= range.upperBound || n >= w.count || w[n].isPunct || dateWords.contains(n) || lookup(n) != nil
            || words.has(n, in: EventContextLexicon.phraseStops) || words.has(n, in: EventLexicon.placePrepositions)
            || words.has(n, in: EventLexicon.complementizer) || words.has(n, in: Self.weekdays) || words.hasPrepositionClitic(n)
            || words.isAny(n, ["عشيه", "صباح", "مساء", "ليله", "فجر", "ظهر", "اليوم", "امس"])
            // "في إقليم نورماندي وذلك بمقتل", "في ولاية كاليفورنيا الأمريكية": a clause's connective or the
            // country's adjective after the name.
            || words.has(n, in: EventContextLexicon.relatives) || words.isAny(n, ["وذلك", "وهو", "وهي", "وهذا", "وهذه"])
            // "بمعتمدية المكنين وبالتحري معهما": و and a preposition open another phrase.
            || w[n].key.hasPrefix("وبال")
            || (Self.isNisba(w[n].key) && PlaceKinds.country(ofDemonym: w[n].key) != nil)
    }
}
