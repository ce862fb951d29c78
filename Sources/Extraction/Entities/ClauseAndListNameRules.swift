import ArabicText

/// Person names that no cue word introduces but whose place in the clause or in a list of names says what they
/// are, read with the fitted letter score (`NameShapeScore`, via `scoredName`): the subject of «أن» / «إن» that a
/// verb follows, a name coordinated with a person found in the same sentence, a name before its role in construct
/// (and, in `run`, a quoted name after a title).
extension DiscoveryRules {
    /// «أن», «إن» and «لأن», «بأن» (match keys: hamza folded), which take their subject right after them.
    static let complementizers: WordSet = Keys.of(["ان", "لان", "بان", "وان"])

    /// Words that open the predicate of a clause whose subject is a name: particles and auxiliaries before a verb.
    static let predicateOpeners: WordSet = Keys.of(["قد", "لم", "لن", "سوف", "كان", "كانت", "سيكون", "يجب", "لا",
        "ما", "بات", "اصبح", "ظل", "مازال", "لايزال", "لازال", "يمكن", "يحاول", "يريد", "يعتزم", "يعتقد"])

    /// The subject of «أن» / «إن» (unit `u`) when it is one or two words no list knows that score as a name's and
    /// a verb or a particle before one follows ("أن X كان يعتقد", "إن X لم", "أن X يجب"): the clause has its subject
    /// there and the word's letters say a person. Not before a place or organization of the lexicon.
    func namedAfterComplementizer(_ u: Int) -> Range<Int>? {
        guard a.isWord(u), a.units[u].tokens.count == 1, wordLists[u].key.contains(.complementizer),
              let r = scoredName(at: u + 1) else { return nil }
        let next = r.upperBound
        guard next < a.units.count, a.isWord(next), a.units[next].tokens.count == 1 else { return nil }
        guard Self.predicateOpeners.contains(a.key(next)) || isKanaVerb(next) || looksLikeVerb(next) else { return nil }
        // (a definite second word is as often an epithet as a family name here: "أن X المغني قد")
        if r.count == 2, a.key(r.lowerBound + 1).hasPrefix("ال") { return nil }
        return plausiblePerson(r) ? r : nil
    }

    /// One or two words no list knows that score as a name's, right before «و» + a person of the lexicon's first
    /// names ("X Y وفؤاد السنيورة", "X ومحمد"): the earlier item of a list of persons. The word before them must
    /// be no unknown word nor a name of any list (a longer name would start there: «تشاد هيرلي», «تشاد» a country and a first name).
    func namedBeforeCoordinatedPerson(_ i: Int) -> Range<Int>? {
        // (the name is one or two words, so the conjunction is the next or the one after: checked first, since the
        // rule asks at every word no list knows and `scoredName` costs more than this)
        guard startsWithWaw(i + 1) || startsWithWaw(i + 2) else { return nil }
        // (the person after «و» opens with a lexicon first name at most four units on: `scoredName` ends one or two
        // words on, «و» apart takes one more, and `personName` may start one past a descriptor; without one there,
        // `scoredName` and its word tests, ~10 k instructions a call, were paid for nothing: `firstNameWithin`)
        guard firstNameWithin(i + 1, i + 4) else { return nil }
        if i > 0, a.isWord(i - 1), a.isUnknownWord(i - 1)
            || !flags(i - 1).isDisjoint(with: [.firstName, .ambiguousFirstName, .person, .place, .organization]) { return nil }
        guard let r = scoredName(at: i, listItem: true) else { return nil }
        var j = r.upperBound
        let apart = j < a.units.count && a.isWord(j) && UTF8Key.sameBytes(a.key(j), "و")   // "X و محمد Y": the conjunction apart
        if apart { j += 1 }
        guard j < a.units.count, a.isWord(j), apart ? a.units[j].prefix == 0 : a.units[j].prefix == 1 && a.key(j).unicodeScalars.first == "و",
              let next = personName(from: j, procliticFirst: !apart), next.count >= 2,
              flags(next.lowerBound).contains(.firstName) else { return nil }
        return plausiblePerson(r) ? r : nil
    }

    /// A word no list knows written with the conjunction و right after a person name that ends at unit `u`
    /// ("محمد منير وX", "بوزاني وX"), whose letters without the و score as a name's: the next item of the list.
    /// A second word joins as in `scoredName` (`scoredNameEnd`); nil when the name goes on past that, or a place or
    /// organization of the lexicon follows.
    func coordinatedAfterPerson(_ u: Int) -> Range<Int>? {
        guard u < a.units.count, a.isWord(u), a.isUnknownWord(u), a.units[u].tokens.count == 1, !a.isLatin(u) else { return nil }
        let s = Array(a.key(u).unicodeScalars)
        guard s.count >= 5, s[0] == "و", s[1] != "ا" || s[2] != "ل" else { return nil }
        // the whole word is an ordinary one in some form ("وزيرا": an accusative, not و + a name)
        if isNeverNamePart(u, continuation: false) || a.isDictionaryWord(u) || Lexicon.inflectedWords.contains(a.key(u))
            || NameEvidence.isInflectedOrdinaryWord(a.token(u).text) { return nil }
        let rest = ScalarString.make(s.dropFirst())
        let restText = ScalarString.make(a.token(u).text.unicodeScalars.dropFirst())
        guard !Lexicon.dictionary.contains(rest), !Lexicon.inflectedWords.contains(rest), Lexicon.builtIn.lookup(rest) == nil,
              !NameEvidence.isInflectedOrdinaryWord(restText), !Self.isPredicateOfKnownWord(rest),
              !Self.connectors.contains(rest), Self.surnameShapeOK(key: rest, text: restText),
              NameShapeScore.looksLikeName(restText) else { return nil }
        // an imperfect or a past verb in ت after the conjunction ("ويلتقي", "وتمكنت") is no name
        if ["ي", "ت", "ن"].contains(s[1]) && s.count >= 6 && !EntityExtractor.hasTransliterationShape(restText) { return nil }
        if s.last == "ت", !EntityExtractor.hasTransliterationShape(restText) { return nil }
        guard let end = scoredNameEnd(after: u, listItem: true) else { return nil }
        if end < a.units.count, a.isWord(end), !flags(end).isDisjoint(with: [.place, .organization]) { return nil }
        // one word before a definite ordinary word is a noun in construct ("وأميني الشرطة"), no name
        if end == u + 1, end < a.units.count, a.isWord(end), a.key(end).hasPrefix("ال"), isPlainWord(end), !flags(end).contains(.demonym) { return nil }
        return u..<end
    }

    /// The note of the items of a list of persons (`addCoordinatedPersons`, `namedBeforeCoordinatedPerson`): their
    /// last word vouches for no surname (a list may write a name in reverse order, "ميدفيديف دانييل").
    static let listItemNote = "an item of a list of persons"

    /// Adds units `r` as a person whose first word carries the conjunction و, which is left out of the name.
    mutating func addDroppingConjunction(_ r: Range<Int>, cue: String) {
        guard !r.contains(where: { covered.contains($0) }) else { return }
        let first = a.token(r.lowerBound)
        let start = first.start + first.originalOffset(ofFolded: 1)
        let end = a.tokens[a.units[r.upperBound - 1].tokens.upperBound - 1].end
        let key = ScalarString.make(a.key(r).unicodeScalars.dropFirst())
        guard UTF8Key.scalarCount(key) >= 3 else { return }
        out.append(EntityCandidate(block: a.block, start: start, end: end, surface: a.text(start, end, restoredAlef: false),
                                   key: key, type: .person, cue: cue, rule: .firstName, canonical: nil, note: Self.listItemNote))
        for u in r { covered.insert(u) }
    }

    /// After the main pass: the و-items that follow the persons found (`coordinatedAfterPerson`), in order, so
    /// that a list "A وB وC" is read item by item.
    mutating func addCoordinatedPersons() {
        var k = 0
        while k < out.count {
            let c = out[k]
            k += 1
            guard c.type == .person, c.block == a.block else { continue }
            guard let last = a.tokens.lastIndex(where: { $0.end == c.end }) else { continue }
            var u = a.unitOfToken[last] + 1
            if a.isComma(u) { u += 1 }   // "A ، وB": a list written with commas
            guard u < a.units.count, a.isWord(u), !covered.contains(u) else { continue }
            if UTF8Key.sameBytes(a.key(u), "و") {
                // "A و B": the conjunction written apart
                if let r = scoredName(at: u + 1, listItem: true), !r.contains(where: { covered.contains($0) }), plausiblePerson(r),
                   !(r.upperBound < a.units.count && a.isWord(r.upperBound) && !flags(r.upperBound).isDisjoint(with: [.place, .organization])) {
                    add(r, .person, .firstName, cue: c.surface)
                    if out.last?.start == a.span(r).start { out[out.count - 1].note = Self.listItemNote }
                }
                continue
            }
            guard let r = coordinatedAfterPerson(u) else { continue }
            addDroppingConjunction(r, cue: c.surface)
        }
    }

    /// Two words no list knows that score as a name's right before a title in construct, with no article, that a
    /// word completes ("X Y حارس تشيفس", "X Y وزير الخارجية"): a name with its role after it. The word before them
    /// must be no unknown word (a longer name), and one word alone is not enough (a club before "مدرب").
    func namedBeforeConstructTitle(_ i: Int) -> Range<Int>? {
        guard flags(i + 2).contains(.title) else { return nil }   // (the title after a two-word name, checked first)
        if i > 0, a.isWord(i - 1), a.isUnknownWord(i - 1) { return nil }
        guard let r = scoredName(at: i), r.count == 2, !a.key(r.lowerBound + 1).hasPrefix("ال") else { return nil }
        let t = r.upperBound
        guard t + 1 < a.units.count, a.isWord(t), a.units[t].prefix == 0, a.units[t].tokens.count == 1,
              flags(t).contains(.title), !a.key(t).hasPrefix("ال"), a.isWord(t + 1) else { return nil }
        return plausiblePerson(r) ? r : nil
    }

    /// Whether unit `u` is a word that starts with «و» (the conjunction, apart or glued).
    /// Whether a unit from `first` through `last` carries the lexicon's first-name flag: what
    /// `namedBeforeCoordinatedPerson` asks of the person's first unit, which falls in `i + 1 ... i + 4`.
    func firstNameWithin(_ first: Int, _ last: Int) -> Bool {
        var u = first
        while u <= last && u < a.units.count {
            if a.units[u].flags.contains(.firstName) { return true }
            u += 1
        }
        return false
    }

    func startsWithWaw(_ u: Int) -> Bool {
        guard u < a.units.count, a.isWord(u) else { return false }
        // (the first scalar on the key's bytes: و is D9 88, and a scalar's first byte starts no other)
        var bytes = a.key(u).utf8.makeIterator()
        return bytes.next() == 0xD9 && bytes.next() == 0x88
    }
}
