import ArabicText

/// Names that follow a head word: organizations ("وزارة الدفاع"), facilities ("مطار بغداد"), areas
/// ("محافظة الأنبار"), and the role phrases that complete a title ("قائد فيلق القدس").
extension DiscoveryRules {
    /// Heads of news outlets: the outlet goes under its own name ("قناة mbc" → mbc, "صحيفة لوموند" →
    /// لوموند) unless the words after the head are common words that need it ("وكالة الأنباء الفرنسية").
    static let mediaHeads: Set<String> = ["قناه", "صحيفه", "جريده", "مجله", "اذاعه", "تلفزيون", "موقع", "وكاله", "اسبوعيه", "يوميه"]

    /// Name words after an organization head (the head included), or nil. A quoted name is returned with
    /// its quotes (`organizationMention` takes the words inside).
    ///
    /// The name goes on with definite words (construct and adjectives: "وزارة الشؤون الدينية"), لل words
    /// ("منظمة الأمم المتحدة للطفولة") and lexicon names; it stops at a common or function word, a word with
    /// a proclitic, a first name after the first word (a person follows: "قناة حنبعل زهير القمبري"), a
    /// definite word after a proper name that is not a first name ("بنك روتشيلد العالي السمعة": a
    /// descriptor), and after a lexicon name at anything but a nisba adjective ("وكالة سانا التابعة").
    func orgName(after head: Int) -> Range<Int>? {
        var k = head + 1
        if let q = quoteEnd(from: k, maxWords: 6) { return head..<(q + 1) }
        var taken = 0
        var prevIndefinite = false
        var prevProperName = false
        var prevLexiconName = false
        while k < a.units.count && taken < 5 {
            let f = flags(k)
            guard a.isWord(k) else { break }
            let key = a.key(k)
            if f.contains(.place) || f.contains(.organization) {
                // "مركز للتحالف الدولي": a preposition before the name, no construct with the head
                if taken == 0 && a.units[k].prefix > 0 { break }
                if taken > 0 && (a.units[k].prefix > 0 && !key.hasPrefix("لل")) { break }
                taken += 1; k += 1; prevIndefinite = false; prevProperName = false; prevLexiconName = true
                continue
            }
            if f.contains(.demonym) {
                if taken > 0 && a.units[k].prefix == 0 { taken += 1; k += 1 }
                break
            }
            guard a.units[k].prefix == 0 || (taken > 0 && key.hasPrefix("لل")) else { break }
            guard f.isEmpty || f == .roleWord || f == .frequent || f.contains(.firstName) || f.contains(.ambiguousFirstName) else { break }
            // a first name after the first word starts a person ("قناة حنبعل زهير القمبري")
            if taken > 0 && f.contains(.firstName) && !f.contains(.frequent) && !key.hasPrefix("ال") { break }
            // a frequent word continues a name only in construct, with the article ("مجلس الشمال")
            if f == .frequent && !(key.hasPrefix("ال") || key.hasPrefix("لل")) { break }
            let definite = key.hasPrefix("ال") || key.hasPrefix("لل")
            if prevLexiconName && !(definite && (key.hasSuffix("ي") || key.hasSuffix("يه")) || key.hasPrefix("لل")) { break }
            if key.unicodeScalars.count < 2 { break }
            if taken == 0 {
                if !definite && !Self.orgConstruct.contains(key) && !f.isEmpty && !f.contains(.firstName) { break }
                if !definite && (key.hasSuffix("يه") || key.hasSuffix("ه")) && !Self.orgConstruct.contains(key) { break }
                // "مركز دبلوماسي": an indefinite nisba adjective, not a name
                if !definite && key.hasSuffix("ي") && !Self.orgConstruct.contains(key) && !f.contains(.firstName) { break }
            } else if !definite && !prevIndefinite {
                break
            } else if definite && prevProperName {
                break
            }
            prevIndefinite = !definite
            prevProperName = !definite && f.isEmpty && !Self.orgConstruct.contains(key)
            prevLexiconName = false
            taken += 1
            k += 1
        }
        while k > head + 1, prevIndefinite == false, k - 1 > head, Self.orgConstruct.contains(a.key(k - 1)) { k -= 1 }
        return taken > 0 ? head..<k : nil
    }

    /// Records the longer spelling of organization phrase `r` when words in و + ال follow it ("منظمة الأمم
    /// المتحدة للأغذية والزراعة"): up to four more definite, لل or و + ال words.
    mutating func noteExtension(of r: Range<Int>, head: Int) {
        guard !a.isQuote(head + 1) else { return }
        var k = r.upperBound
        var waw = false
        while k < a.units.count && k - r.upperBound < 4 && a.isWord(k) && a.units[k].tokens.count == 1 {
            let key = a.key(k)
            if key.hasPrefix("وال") || key.hasPrefix("ولل") {
                waw = true
            } else if !(waw && (key.hasPrefix("ال") || key.hasPrefix("لل"))) {
                break
            }
            let f = flags(k)
            if f.contains(.orgHead) || f.contains(.title) || f.contains(.demonym) { break }
            k += 1
        }
        guard waw, k > r.upperBound else { return }
        let (s, e) = a.span(r.lowerBound..<k)
        extensions.append(EntityCandidate(block: a.block, start: s, end: e, surface: a.surface(r.lowerBound..<k),
                                          key: a.key(r.lowerBound..<k), type: .organization, cue: text(head..<(head + 1)),
                                          rule: .orgHead, canonical: nil))
    }

    /// The closing quote of a quoted name that opens at unit `k` (at most `maxWords` words inside), or nil.
    func quoteEnd(from k: Int, maxWords: Int) -> Int? {
        guard a.isQuote(k) else { return nil }
        var q = k + 1
        while q < a.units.count && q - k <= maxWords && !a.isQuote(q) && !a.isPunctStop(q) { q += 1 }
        return q < a.units.count && a.isQuote(q) && q > k + 1 ? q : nil
    }

    /// The mention an organization phrase `r` (head first) makes: the words inside quotes ("صحيفة "عاجل""
    /// → عاجل); an outlet under its own name, without its generic head, when the name after the head is a
    /// proper name (unknown or Latin word); the whole phrase otherwise.
    func organizationMention(head: Int, _ r: Range<Int>) -> Range<Int> {
        if a.isQuote(head + 1), r.count >= 4 { return (head + 2)..<(r.upperBound - 1) }
        guard Self.mediaHeads.contains(a.key(head)), r.count >= 2 else { return r }
        let first = head + 1
        let f = flags(first)
        if f.isEmpty && !a.key(first).hasPrefix("ال") || a.isLatin(first) {
            // "صحيفة لوموند الفرنسية": the nationality describes the outlet
            var end = r.upperBound
            if end - 1 > first, flags(end - 1).contains(.demonym) { end -= 1 }
            return first..<end
        }
        return r
    }

    /// For a wrapper head ("تنظيم", "قوات", "حركة"…) followed by one lexicon organization or by a quoted name,
    /// the name without the head (and without the quotes).
    func wrappedName(head: Int, _ r: Range<Int>) -> (range: Range<Int>, rule: DiscoveryRule)? {
        guard Self.wrapperHeads.contains(a.key(head)) else { return nil }
        let inner = (head + 1)..<r.upperBound
        if flags(inner.lowerBound).contains(.organization) {
            let one = inner.lowerBound..<(inner.lowerBound + 1)
            return (one, a.units[inner.lowerBound].entry?.knownType != nil ? .known : .lexicon)
        }
        if inner.count >= 3, a.isQuote(inner.lowerBound), a.isQuote(inner.upperBound - 1) {
            let words = (inner.lowerBound + 1)..<(inner.upperBound - 1)
            if words.count == 1, flags(words.lowerBound).contains(.organization) {
                return (words, a.units[words.lowerBound].entry?.knownType != nil ? .known : .lexicon)
            }
            return (words, .orgHead)
        }
        return nil
    }

    /// Place name words after a place head (not including the head). A quoted name is returned without
    /// its quotes; otherwise one unknown word, a place of the lexicon, a construct ("سيدي بوزيد", "أولاد
    /// حفوز") or a foreign name of up to three words ("جيوسيبي مياتزا").
    func placeName(after head: Int) -> Range<Int>? {
        let k = head + 1
        if let q = quoteEnd(from: k, maxWords: 4) { return (k + 1)..<q }
        if k < a.units.count, a.units[k].prefix == 0, flags(k).contains(.place) { return k..<(k + 1) }
        let firstName = k < a.units.count && a.units[k].prefix == 0 && flags(k).contains(.firstName) && !flags(k).contains(.frequent)
        guard a.isUnknownWord(k) && a.units[k].prefix == 0 || firstName else { return nil }
        let key = a.key(k)
        if !key.hasPrefix("ال") && key.hasSuffix("ه") && !firstName { return nil }   // قاعدة عسكرية: an adjective
        if Self.placeConstruct.contains(key), k + 1 < a.units.count, a.isWord(k + 1), a.units[k + 1].prefix == 0,
           a.isUnknownWord(k + 1) || flags(k + 1).contains(.place) || flags(k + 1).contains(.firstName) {
            return k..<(k + 2)
        }
        // "ملعب جيوسيبي مياتزا", "مستشفى الحبيب بورقيبة": name words after an indefinite or first-name word
        var end = k + 1
        if !key.hasPrefix("ال") || firstName {
            while end < a.units.count && end - k < 3 && a.units[end].prefix == 0
                    && (isNameWord(end) && !a.key(end).hasPrefix("ال") || firstName && a.isNisba(end)) { end += 1 }
        }
        return k..<end
    }

    /// Role words, demonyms, known names and organization phrases that complete a title.
    mutating func roleComplement(from j: Int) -> Int {
        var k = j
        while k < a.units.count && k - j < 8 {
            let f = flags(k)
            let key = a.key(k)
            if f.contains(.roleWord) || f.contains(.demonym) { k += 1; continue }
            if isDescriptorBeforeName(k) { k += 1; continue }
            if f.contains(.organization) || f.contains(.place) {
                add(k..<(k + 1), f.contains(.organization) ? .organization : .place, .lexicon)
                k += 1; continue
            }
            if f.contains(.orgHead), let r = orgName(after: k) {
                add(organizationMention(head: k, r), .organization, .orgHead, cue: text(k..<(k + 1)))
                k = r.upperBound; continue
            }
            if key == "في" || key == "باسم" || key == "لدي" || key == "العام" { k += 1; continue }
            break
        }
        // "… في" with nothing after it: give the preposition back
        while k > j, ["في", "باسم", "لدي"].contains(a.key(k - 1)) { k -= 1 }
        return k
    }
}
