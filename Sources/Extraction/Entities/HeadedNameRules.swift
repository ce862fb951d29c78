import ArabicText

/// Names that follow a head word: organizations ("وزارة الدفاع"), facilities ("مطار بغداد"), areas
/// ("محافظة الأنبار"), and the role phrases that complete a title ("قائد فيلق القدس").
extension DiscoveryRules {
    /// Heads that stand before a proper name: the name goes without them ("قناة mbc" → mbc, "صحيفة لوموند"
    /// → لوموند, "شركة بوينغ" → بوينغ) unless the words after the head are common words that need it
    /// ("وكالة الأنباء الفرنسية", "منظمة الصحة العالمية").
    static let properNameHeads: WordSet = Keys.of(["قناه", "صحيفه", "جريده", "مجله", "اذاعه", "تلفزيون", "موقع", "وكاله",
                                               "اسبوعيه", "يوميه", "شركه", "منظمه", "مجموعه"])
    /// Heads of national bodies, which a nationality tells apart ("وزارة الداخلية الفرنسية").
    static let nationalHeads: WordSet = Keys.of(["وزارة", "وكالة", "هيئة", "مجلس", "جيش", "قوات", "حكومة", "برلمان",
                                                     "رئاسة", "سفارة", "قنصلية", "بنك", "مصرف", "محكمة", "مفوضية",
                                                     "الحزب", "حزب", "اتحاد", "جامعة الدول", "ديوان", "مديرية", "إدارة"])

    /// Heads of news outlets (a subset of `properNameHeads`).
    static let mediaHeads: WordSet = Keys.of(["قناة", "صحيفة", "جريدة", "مجلة", "إذاعة", "تلفزيون", "موقع", "أسبوعية", "يومية"])

    /// Heads that also mean an activity or a function ("تنظيم" organizing, "إدارة" managing, "حركة"
    /// movement, "مركز" centre): with nothing but ordinary words after them they make no name
    /// ("تنظيم الندوة", "إدارة النادي", "حركة المرور", "مركز التدريب").
    static let descriptiveHeads: WordSet = Keys.of(["مركز", "اداره", "لجنه", "جمعيه", "مؤسسه", "موسسه", "حركه", "تيار", "جماعه",
                                                "فريق", "مجموعه", "شركه", "منظمه", "معهد", "رئاسه", "مصلحه", "مديريه", "وحده"])
    /// Heads that, before another definite organization head, only say which part of it acts ("إدارة
    /// النادي الإفريقي": its management).
    static let genericOuterHeads: WordSet = Keys.of(["اداره", "جمعيه"])
    /// Heads that only wrap a known or quoted name ("تنظيم داعش"); alone they are a verbal noun.
    static let wrapperOnlyHeads: WordSet = Keys.of(["تنظيم"])
    /// Facility heads that are also ordinary words ("قاعدة" rule, "سد" closing, "قصر" short): with nothing
    /// but ordinary words after them they make no name ("قاعدة الأداء").
    static let ambiguousFacilityHeads: WordSet = Keys.of(["قاعدة", "حقل", "سد", "قصر", "معبر", "جسر", "ساحة"])

    /// Directions, which follow place names without being part of them.
    static let directions: WordSet = Keys.of(["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
                                                  "وسط", "شمال شرق", "جنوب غرب", "شمالا", "جنوبا", "شرقا", "غربا"])

    /// Heads of institutions that can be named after a person ("جامعة محمد الخامس", "مستشفى الحبيب ثامر").
    static let personNamedHeads: WordSet = Keys.of(["جامعه", "مؤسسه", "موسسه", "جمعيه", "مركز", "معهد", "مدرسه", "اكاديميه",
                                                "نادي", "مكتبه", "جايزه", "كليه", "مسجد", "جامع"])

    /// Adds the organization whose head is unit `head`; returns the unit after the phrase, or nil when the
    /// head starts no name. A wrapper head around a known or quoted name gives that name; a descriptive head
    /// needs a word that is not an ordinary word; the longer spelling in و is noted (`noteExtension`).
    mutating func addOrganization(head: Int) -> Int? {
        // "إدارة النادي الإفريقي", "جمعية الترجي…": a generic head before a definite organization phrase
        // (the club's management) names that organization, without the head
        if Self.genericOuterHeads.contains(a.stemKey(head)), head + 1 < a.units.count, a.isWord(head + 1),
           a.units[head + 1].prefix == 0 {
            let inner = head + 1
            // a known organization: the caller adds it at the next unit
            if flags(inner).contains(.organization) && !flags(inner).contains(.place) { return inner }
            let key = a.key(inner)
            if UTF8Key.hasPrefix(key, "ال"), NameEvidence.isOrganizationHead(String(key.unicodeScalars.dropFirst(2))),
               let r = orgName(after: inner), ((inner + 1)..<r.upperBound).contains(where: { !isOrdinaryNameWord($0) }) {
                add(organizationMention(head: inner, r), .organization, .orgHead, cue: text(head..<(head + 1)))
                return r.upperBound
            }
        }
        guard let r = orgName(after: head) else { return nil }
        let cue = text(head..<(head + 1))
        if let named = quotedOutletName(head: head, r) {
            // "وكالة الأنباء الرسمية "سونا"": the outlet described in ordinary words is the quoted name (a
            // lexicon name is added by the caller at the quote)
            if !named.contains(where: { flags($0).contains(.organization) }) {
                add(named, .organization, .orgHead, cue: text(head..<r.upperBound))
                return named.upperBound + 1
            }
            return r.upperBound
        }
        if let inner = wrappedName(head: head, r) {
            add(inner.range, .organization, inner.rule, cue: cue)
            return a.isQuote(inner.range.lowerBound - 1) ? r.upperBound : inner.range.upperBound
        }
        let key = a.stemKey(head)
        if Self.wrapperOnlyHeads.contains(key) { return nil }
        let mention = organizationMention(head: head, r)
        if Self.descriptiveHeads.contains(key), mention.lowerBound == head,
           !((head + 1)..<mention.upperBound).contains(where: { !isOrdinaryNameWord($0) }) {
            return nil
        }
        add(mention, .organization, .orgHead, cue: cue)
        noteExtension(of: r, head: head)
        return r.upperBound
    }

    /// An unknown word with the shape of a verb: an imperfect (يفعلون، ترتفع، ينخرها; five letters at least,
    /// so that names such as يونس stay), a future (سيفعل), or و + a past verb (وافقت، وخلفت).
    func looksLikeVerb(_ u: Int) -> Bool {
        guard a.isUnknownWord(u) else { return false }
        let s = Array(a.key(u).unicodeScalars)
        guard s.count >= 4 else { return false }
        if ["ي", "ت", "ن"].contains(s[0]), s.count >= 5 || s.last == "ل" && false { return true }
        if s[0] == "س", ["ي", "ت", "ن"].contains(s[1]), s.count >= 5 { return true }
        if s[0] == "و", s.last == "ت", s.count >= 5 { return true }
        return false
    }

    /// A definite nationality adjective in the singular right after the name ("البريطانية", "الفرنسي"),
    /// not a plural noun ("التونسيين").
    func isNationalityAdjective(_ u: Int) -> Bool {
        guard a.isWord(u), a.units[u].prefix == 0, flags(u).contains(.demonym) else { return false }
        let key = a.key(u)
        return UTF8Key.hasPrefix(key, "ال") && (UTF8Key.hasSuffix(key, "ي") || UTF8Key.hasSuffix(key, "يه"))
    }

    /// A definite nationality adjective right after another of the same gender (unit `u - 1`): the two
    /// countries of a bilateral body ("التونسي الصيني", "التونسية الفرنسية"), part of its name.
    func isSecondNationality(_ u: Int) -> Bool {
        guard u >= 1, isNationalityAdjective(u), isNationalityAdjective(u - 1) else { return false }
        return a.key(u).hasSuffix("يه") == a.key(u - 1).hasSuffix("يه")
    }

    /// An ordinary word, as far as names go: a dictionary, common or frequent word that no lexicon names.
    func isOrdinaryNameWord(_ u: Int) -> Bool {
        let f = flags(u)
        if !f.isDisjoint(with: [.place, .organization, .firstName, .person]) || a.isLatin(u) { return false }
        return a.isDictionaryWord(u) || !f.isDisjoint(with: [.common, .frequent, .roleWord])
    }

    /// A word that never belongs to a name: an adverbial accusative ("مديراً", "تحذيرا", "خلفا"); after the
    /// first word of a name also a past verb in the plural ("أكدوا", not "فرنسوا": five letters only) or a
    /// future verb ("سيخلى"; a first word may be a foreign name such as سيغولين).
    func isNeverNamePart(_ u: Int, continuation: Bool = true) -> Bool {
        guard a.isWord(u), a.units[u].tokens.count == 1 else { return false }
        let f = flags(u)
        if !f.isDisjoint(with: [.firstName, .place, .organization, .person]) { return false }
        // tanween (ً ٌ ٍ): an indefinite noun or adjective, never a name ("مديراً", "راقٍ")
        if a.token(u).text.unicodeScalars.contains(where: { $0.value >= 0x064B && $0.value <= 0x064D }) { return true }
        let key = a.key(u)
        let s = Array(key.unicodeScalars)
        if s.count >= 4, s.last == "ا", Lexicon.dictionary.contains(ScalarString.make(s.dropLast())) { return true }
        guard continuation else { return false }
        // a direction after a place: "روان شمال فرنسا", "آوغسبورغ جنوبي ألمانيا"
        if Self.directions.contains(key) { return true }
        if s.count == 5, s[3] == "و", s[4] == "ا" { return true }
        if s.count == 5, s[0] == "س", s[1] == "ي" || s[1] == "ن" { return true }
        return false
    }

    /// Name words after an organization head (the head included), or nil. A quoted name is returned with
    /// its quotes (`organizationMention` takes the words inside).
    ///
    /// The name goes on with definite words (construct and adjectives: "وزارة الشؤون الدينية"), لل words
    /// ("منظمة الأمم المتحدة للطفولة") and lexicon names; it stops at a common or function word, a word with
    /// a proclitic, a first name after the first word (a person follows: "قناة حنبعل زهير القمبري"), a
    /// definite word after a proper name that is not a first name ("بنك روتشيلد العالي السمعة": a
    /// descriptor), after a lexicon name at anything but a nisba adjective ("وكالة سانا التابعة"), at a
    /// verbal noun after the first word ("اتحاد الشغل التأكيد", "جامعة سوسة للمطالبة": the next clause),
    /// and after two proper names ("اتحاد كلباء موديبو مايغا").
    /// With `definiteHead` ("المعهد", `definiteOrganization`) the first word may be a common adjective too ("الوطني").
    func orgName(after head: Int, definiteHead: Bool = false) -> Range<Int>? {
        var k = head + 1
        if let q = quoteEnd(from: k, maxWords: 6) { return head..<(q + 1) }
        var taken = 0
        var prevIndefinite = false
        var prevProperName = false
        var prevLexiconName = false
        var properNames = 0
        var lexiconOrganization = false
        var bridged = false
        let headKey = a.stemKey(head)
        let properNameHead = Self.properNameHeads.contains(headKey)
        while k < a.units.count && taken < 5 {
            let f = flags(k)
            guard a.isWord(k), !isNeverNamePart(k, continuation: taken > 0) else { break }
            let key = a.key(k)
            if f.contains(.place) || f.contains(.organization) {
                // "مركز للتحالف الدولي": a preposition before the name, no construct with the head
                if taken == 0 && a.units[k].prefix > 0 { break }
                if taken > 0 && (a.units[k].prefix > 0 && !UTF8Key.hasPrefix(key, "لل")) { break }
                if prevLexiconName && !UTF8Key.hasPrefix(key, "لل") { break }
                taken += 1; k += 1; prevIndefinite = false; prevProperName = false
                prevLexiconName = true
                lexiconOrganization = f.contains(.organization) && !f.contains(.place)
                continue
            }
            if f.contains(.demonym) {
                // "شركة أميركان إيرلاينز": a nationality word without the article starts a company's or outlet's
                // foreign name when a word no list knows follows it
                if taken == 0, properNameHead, a.units[k].prefix == 0, !UTF8Key.hasPrefix(key, "ال"), k + 1 < a.units.count,
                   a.isWord(k + 1), a.units[k + 1].prefix == 0, isUnknownNameWord(k + 1) {
                    taken += 1; k += 1; prevIndefinite = true; prevProperName = true; properNames += 1
                    continue
                }
                if taken > 0 && a.units[k].prefix == 0 {
                    taken += 1; k += 1
                    // a body of two countries: "مجلس التعاون التونسي الصيني", "الغرفة التجارية التونسية الفرنسية"
                    if isSecondNationality(k) { taken += 1; k += 1 }
                    // a side of the country after its nationality: "وزارة الخارجية الكورية الجنوبية"
                    else if Self.nationalHeads.contains(headKey), k < a.units.count, a.isWord(k), a.units[k].prefix == 0, Self.sidePlaceAdjectives.contains(a.key(k)),
                            a.key(k).hasSuffix("يه") == a.key(k - 1).hasSuffix("يه") { taken += 1; k += 1 }
                }
                break
            }
            guard a.units[k].prefix == 0 || (taken > 0 && UTF8Key.hasPrefix(key, "لل")) else { break }
            // a common adjective continues a name: "حزب البناء الوطني", "البنك الدولي"
            let adjective = (taken > 0 || definiteHead) && UTF8Key.hasPrefix(key, "ال") && (UTF8Key.hasSuffix(key, "ي") || UTF8Key.hasSuffix(key, "يه"))
                && UTF8Key.scalarCount(key) >= 5 && !SplitSpelling.functionWords.contains(key)
                && f.isSubset(of: [.common, .frequent, .roleWord])
            guard f.isEmpty || f == .roleWord || f == .frequent || f.contains(.firstName) || f.contains(.ambiguousFirstName)
                    || adjective else { break }
            // a person after the head: "رئاسة منصف المرزوقي" (chaired by), "قناة حنبعل زهير القمبري"
            if f.contains(.firstName) && !f.contains(.frequent) && !UTF8Key.hasPrefix(key, "ال")
                && (taken > 0 || !Self.personNamedHeads.contains(headKey)) { break }
            // a frequent word continues a name only in construct, with the article ("مجلس الشمال")
            if f == .frequent && !(UTF8Key.hasPrefix(key, "ال") || UTF8Key.hasPrefix(key, "لل")) { break }
            let definite = UTF8Key.hasPrefix(key, "ال") || UTF8Key.hasPrefix(key, "لل")
            if UTF8Key.scalarCount(key) < 2 { break }
            // after a known organization only a لل phrase ("داعش الإرهابي": a descriptor); after a place a
            // nisba adjective too ("بنك قطر الوطني")
            // a word unknown to every lexicon between a place and a لل phrase is the name's ("وكالة تونس
            // افرقيا للأنباء", a misspelt agency name)
            let bridge = prevLexiconName && !lexiconOrganization && !definite && f.isEmpty && !a.isDictionaryWord(k)
                && k + 1 < a.units.count && a.isWord(k + 1) && a.key(k + 1).hasPrefix("لل") && !looksLikeVerb(k)
            if prevLexiconName && !(definite && !lexiconOrganization && (UTF8Key.hasSuffix(key, "ي") || UTF8Key.hasSuffix(key, "يه"))
                                    || UTF8Key.hasPrefix(key, "لل") || bridge) { break }
            if bridge { bridged = true }
            if taken > 0 && definite && Self.isVerbalNoun(String(key.unicodeScalars.dropFirst(UTF8Key.hasPrefix(key, "لل") ? 1 : 0)))
                && !UTF8Key.hasSuffix(key, "ات") { break }
            let tail = Self.nameTails.contains(key)
            if taken == 0 {
                // "لجنة يوكل", "جمعية تحوم": a verb; "مركز للتأمين": a preposition; "حزب منظم": an adjective alone
                // …but a verb takes no nationality adjective: "صحيفة تايمز البريطانية", "شركة توتال الفرنسية"
                if looksLikeVerb(k) && !isNationalityAdjective(k + 1) || UTF8Key.hasPrefix(key, "لل") { break }
                // "لجنة شكلها": a noun or verb with an attached pronoun is no name
                if !definite && Self.hasPronounSuffix(key) && f.isEmpty { break }
                if !definite && a.isDictionaryWord(k) && !(k + 1 < a.units.count && a.isWord(k + 1)
                    && (flags(k + 1).contains(.place) || a.key(k + 1).hasPrefix("ال") || flags(k + 1).isEmpty)) { break }
                if !definite && !Self.orgConstruct.contains(key) && !f.isEmpty && !f.contains(.firstName) { break }
                if !definite && (UTF8Key.hasSuffix(key, "يه") || UTF8Key.hasSuffix(key, "ه")) && !Self.orgConstruct.contains(key) { break }
                // "مركز دبلوماسي": an indefinite nisba adjective, not a name
                if !definite && UTF8Key.hasSuffix(key, "ي") && !Self.orgConstruct.contains(key) && !f.contains(.firstName) { break }
            } else if !definite && !prevIndefinite && !bridge {
                break
            } else if !definite && prevProperName && !bridge && (a.isDictionaryWord(k) || Self.hasPronounSuffix(key)) {
                // "مجلس إدارة انرون إنهاء العمل": a proper name takes no ordinary noun in construct (the next clause)
                break
            } else if definite && prevProperName && !tail && !(bridged && UTF8Key.hasPrefix(key, "لل")) {
                break
            }
            prevIndefinite = !definite
            // an ordinary noun right after a head that takes no proper name is in construct, not a proper
            // name: a definite word goes on with it ("وزارة أملاك الدولة", "هيئة مكافحة الفساد")
            let commonNounInConstruct = taken == 0 && !properNameHead && a.isDictionaryWord(k) && a.units[k].prefix == 0
            prevProperName = !definite && f.isEmpty && !Self.orgConstruct.contains(key) && !commonNounInConstruct
            if prevProperName {
                properNames += 1
                if properNames > 2 { break }
            }
            prevLexiconName = false
            taken += 1
            k += 1
        }
        // "وزارة أملاك الدولة": an ordinary noun in construct takes its complement, an ordinary definite noun
        // that the rules above leave out of names ("الدولة"); cut before it, the phrase would end inside the construct
        if taken > 0, taken < 5, prevIndefinite, !properNameHead, k < a.units.count, a.isWord(k), a.units[k].prefix == 0,
           a.key(k).hasPrefix("ال"), a.isDictionaryWord(k - 1), flags(k - 1).isDisjoint(with: [.place, .organization, .firstName, .person]),
           flags(k).isSubset(of: [.common, .roleWord, .frequent]), !Self.isVerbalNoun(a.key(k)), !isNeverNamePart(k) {
            k += 1
            taken += 1
        }
        while k > head + 1, prevIndefinite == false, k - 1 > head, Self.orgConstruct.contains(a.key(k - 1)) { k -= 1 }
        return taken > 0 ? head..<k : nil
    }

    /// The closing quote of a quoted name that opens at unit `k` (at most `maxWords` words inside), or nil.
    func quoteEnd(from k: Int, maxWords: Int) -> Int? {
        guard a.isQuote(k) else { return nil }
        var q = k + 1
        while q < a.units.count && q - k <= maxWords && !a.isQuote(q) && !a.isPunctStop(q) { q += 1 }
        return q < a.units.count && a.isQuote(q) && q > k + 1 ? q : nil
    }

    /// The mention an organization phrase `r` (head first) makes: the words inside quotes ("صحيفة "عاجل""
    /// → عاجل); the proper name without its generic head (`properNameHeads`) when an unknown or Latin word
    /// follows the head; never a nationality at the end ("وزارة السياحة التونسية", "نادي الهلال
    /// السوداني": a descriptor); the whole phrase otherwise.
    func organizationMention(head: Int, _ r: Range<Int>) -> Range<Int> {
        if a.isQuote(head + 1), r.count >= 4 { return (head + 2)..<(r.upperBound - 1) }
        var end = r.upperBound
        // a nationality after a proper name describes it; after the common words of a national body it is
        // part of the name ("وزارة الداخلية الفرنسية", "وكالة الأنباء الألمانية" are not the Tunisian ones);
        // a club, a university or a company is named without it ("نادي الهلال السوداني")
        if end - 1 > head + 1, flags(end - 1).contains(.demonym), !isSecondNationality(end - 1),
           !Self.nationalHeads.contains(a.stemKey(head))
            || ((head + 1)..<(end - 1)).contains(where: { a.isLatin($0) || flags($0).contains(.organization)
                || flags($0).isEmpty && !a.key($0).hasPrefix("ال") && !a.isDictionaryWord($0) }) {
            end -= 1
        }
        // "نادي الترجي الرياضي", "لنادي ريال مدريد": a club head before a known organization alone names that club
        // (not before a nationality: «نادي الأهلي السعودي» may be another club of the name)
        if a.stemKey(head) == "نادي", r.upperBound == head + 2, flags(head + 1).contains(.organization),
           !flags(head + 1).contains(.place) {
            return (head + 1)..<end
        }
        guard Self.properNameHeads.contains(a.stemKey(head)), end - head >= 2 else { return r.lowerBound..<end }
        let first = head + 1
        let f = flags(first)
        // "شركة تويتر": a known organization after the head is the name
        if f.contains(.organization) && end == first + 1 { return first..<end }
        // "صحيفة نيويورك تايمز": a place that starts a longer name is the outlet's name (not an agency's:
        // "وكالة تونس إفريقيا للأنباء")
        if f.contains(.place), end > first + 1, a.stemKey(head) != "وكاله" { return first..<end }
        // an unknown word: the outlet's or company's own name ("صحيفة الإندبندنت", "شركة بوينغ"); a company
        // named with the article keeps its head ("شركة الندى")
        if f.subtracting(.frequent).isEmpty && !a.isDictionaryWord(first)
            && (!a.key(first).hasPrefix("ال") || Self.mediaHeads.contains(a.stemKey(head)) || a.stemKey(head) == "منظمه")
            || a.isLatin(first) || f.contains(.demonym) && !a.key(first).hasPrefix("ال") && end > first + 1 {
            return first..<end
        }
        return r.lowerBound..<end
    }

    /// Records the longer spelling of organization phrase `r` when words in و + ال follow it ("منظمة الأمم
    /// المتحدة للأغذية والزراعة"): up to four more definite, لل or و + ال words (`coordinatedEnd`).
    mutating func noteExtension(of r: Range<Int>, head: Int) {
        guard !a.isQuote(head + 1) else { return }
        let end = coordinatedEnd(after: r.upperBound)
        guard end > r.upperBound else { return }
        recordExtension(r.lowerBound..<end, head: head)
    }

    /// For a wrapper head ("تنظيم", "قوات", "حركة"…) followed by one lexicon organization or by a quoted name,
    /// the name without the head (and without the quotes).
    func wrappedName(head: Int, _ r: Range<Int>) -> (range: Range<Int>, rule: DiscoveryRule)? {
        guard Self.wrapperHeads.contains(a.stemKey(head)) else { return nil }
        let inner = (head + 1)..<r.upperBound
        if flags(inner.lowerBound).contains(.organization) {
            let one = inner.lowerBound..<(inner.lowerBound + 1)
            return (one, a.units[inner.lowerBound].entry?.knownType != nil ? .known : .lexicon)
        }
        if inner.count >= 3, a.isQuote(inner.lowerBound), a.isQuote(inner.upperBound - 1) {
            let words = (inner.lowerBound + 1)..<(inner.upperBound - 1)
            // "تنظيم "داعش الإرهابي"": a known organization and its descriptor
            if flags(words.lowerBound).contains(.organization), words.dropFirst().allSatisfy({ a.key($0).hasPrefix("ال") }) {
                return (words.lowerBound..<(words.lowerBound + 1), a.units[words.lowerBound].entry?.knownType != nil ? .known : .lexicon)
            }
            return (words, .orgHead)
        }
        return nil
    }

    /// Words that link a title to the rest of its role («رئيس الوزراء في …», «المتحدث باسم …», «السفير لدى …»).
    static let roleLinks: PlainArabicWords = ["في", "باسم", "لدي"]

    /// Role words, demonyms, known names and organization phrases that complete a title.
    mutating func roleComplement(from j: Int) -> Int {
        var k = j
        while k < a.units.count && k - j < 8 {
            let f = flags(k)
            let key = a.key(k)
            if f.contains(.roleWord) || f.contains(.demonym) { k += 1; continue }
            if isDescriptorBeforeName(k) { k += 1; continue }
            // an ordinal right after the title counts the holders: «الإمام الثامن علي بن موسى الرضا»
            if k == j, a.units[k].prefix == 0, Self.regnalOrdinals.contains(key) { k += 1; continue }
            if let r = bodyOfTheLexiconKind(at: k) {
                add(r, .organization, .orgHead, cue: a.tokens[a.units[k].tokens.lowerBound].text)   // «رئيس مجلس الأمن القومي»
                k = r.upperBound; continue
            }
            // a definite nisba before a nationality describes the person too: "القيادي الأصولي الإيرلندي X"
            if a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1, a.isNisba(k),
               k + 1 < a.units.count, a.units[k + 1].prefix == 0, flags(k + 1).contains(.demonym), UTF8Key.hasPrefix(a.key(k + 1), "ال") { k += 1; continue }
            if f.contains(.organization) || f.contains(.place) {
                // «المرشح صلاح الدين دميرطاش»: the person the title announces, not a place of the role
                if personNamedLikePlace(k) != nil { break }
                add(k..<(k + 1), f.contains(.organization) ? .organization : .place, .lexicon)
                k += 1; continue
            }
            if f.contains(.orgHead), let next = addOrganization(head: k) {
                k = next; continue
            }
            // (by bytes: these words are plain Arabic letters, so a key equal to one has its bytes; `String`'s `==`
            // normalized every key it was asked of)
            if Self.roleLinks.contains(key) || UTF8Key.sameBytes(key, "العام") { k += 1; continue }
            break
        }
        // "… في" with nothing after it: give the preposition back
        while k > j, Self.roleLinks.contains(a.key(k - 1)) { k -= 1 }
        return k
    }
}
