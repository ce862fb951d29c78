import ArabicText

/// People the news names by their surname alone (`NotablePeople`): «بوتين», «ميركل», «أينشتاين» are persons
/// wherever they are written, with no title, first name or reporting verb beside them. Kept out of the lexicon the
/// units are flagged with, so that no other rule reads them differently; looked up only where no rule found a name.
enum NotablePersons {
    /// The note of their candidates.
    static let note = "a person the news names by the surname alone"
    /// Every spelling of every line, each with its line's display name; the shared surnames with none. A one-word
    /// spelling that is also an ordinary word, a first name or a name of the built-in lexicon is left out: alone it
    /// is that word as often as the person.
    static let gazetteer: Gazetteer<String?> = {
        var g = Gazetteer<String?>()
        func keep(_ spelling: String) -> Bool {
            NameSkeleton.words(spelling).count >= 2 || isNameOnly(ArabicNormalizer.matchKey(spelling))
        }
        for line in Lexicon.lines(NotablePeople.people) {
            for spelling in line where keep(spelling) { g.insert(spelling, value: line[0]) }
        }
        for line in Lexicon.lines(NotablePeople.sharedSurnames) {
            for spelling in line where keep(spelling) { g.insert(spelling, value: nil) }
        }
        return g
    }()

    /// The first three letters of the gazetteer's names (`GazetteerPrefilter`).
    static let prefilter = GazetteerPrefilter(gazetteer)

    /// Heads of place names in construct («منزل بورقيبة», «سيدي بوزيد»): a surname after one, with or without a
    /// proclitic («لمنزل بورقيبة»), is a word of the place's name, not a mention of the person.
    static let placeHeads: WordSet = Keys.of(["عين", "بير", "بئر", "تل", "جبل", "راس", "دير", "بيت", "كفر", "سيدي", "بني", "خان",
                                          "وادي", "باب", "سوق", "مرج", "اولاد", "حاسي", "برج", "منزل", "قصر", "حي", "شارع", "نهج"])

    /// Whether the token before token `t` is such a head, alone or after one proclitic letter.
    static func followsPlaceHead(_ tokens: [Token], _ t: Int) -> Bool {
        guard t > 0, tokens[t - 1].kind == .word else { return false }
        let key = tokens[t - 1].key
        if placeHeads.contains(key) { return true }
        guard let first = key.unicodeScalars.first, ["ب", "ل", "و", "ف"].contains(first) else { return false }
        return placeHeads.contains(ScalarString.make(key.unicodeScalars.dropFirst()))
    }

    /// A word that is nothing but a name: no ordinary word or verb form, no first name, no place, body, title or
    /// other lexicon word.
    static func isNameOnly(_ key: String) -> Bool {
        !NameEvidence.isWordAsWritten(key) && !NameEvidence.isOrdinaryWord(key) && !Lexicon.inflectedWords.contains(key)
            && !Lexicon.ordinaryFirstNames.contains(key)
    }
}

extension DiscoveryRules {
    /// A notable person's name starting at unit `i` (`NotablePersons`), or nil: its units, the display name its
    /// candidate takes, and the proclitic the match leaves out («لبوتين» → «بوتين»). The match ends on a unit
    /// boundary and covers no unit another rule took; a proclitic does not make the word as written an ordinary
    /// word or a first name.
    func notablePerson(at i: Int) -> (units: Range<Int>, display: String?, prefix: Int, restoredAlef: Bool)? {
        notablePerson(at: i, match: notableMatch(at: i))
    }

    /// The notable-person gazetteer's longest match at unit `i`'s first token, before any check: the rules loop
    /// asks at each word twice (full names first, surnames last) and looks it up once.
    func notableMatch(at i: Int) -> GazetteerHit? {
        guard a.isWord(i) else { return nil }
        let t = a.units[i].tokens.lowerBound
        guard NotablePersons.prefilter.mayMatch(a.tokens[t].key) else { return nil }   // (most words start no notable name)
        return NotablePersons.gazetteer.hit(in: a.tokens, at: t)   // (plain data: see `GazetteerHit`)
    }

    /// `notablePerson(at:)` from the gazetteer's match at unit `i` (`notableMatch(at:)`).
    func notablePerson(at i: Int, match: GazetteerHit?) -> (units: Range<Int>, display: String?, prefix: Int, restoredAlef: Bool)? {
        guard let m = match, !covered.contains(i) else { return nil }
        let last = a.unitOfToken[m.tokens.upperBound - 1]
        guard a.units[last].tokens.upperBound == m.tokens.upperBound, !(i...last).contains(where: { covered.contains($0) }) else { return nil }
        // «محمد بن سلمان بن عبد العزيز», «دونالد ترامب جونيور»: a longer name goes on after the notable one
        if m.tokens.count > 1, last + 1 < a.units.count, a.isWord(last + 1), a.units[last + 1].prefix == 0,
           Self.connectors.contains(a.key(last + 1)) || (a.isUnknownWord(last + 1) && !a.isDictionaryWord(last + 1))
            || flags(last + 1).contains(.firstName) {
            return nil
        }
        if m.tokens.count == 1, NotablePersons.followsPlaceHead(a.tokens, m.tokens.lowerBound) { return nil }
        // «بيلار روبيو»: a surname right after a word no list knows, shaped like a name (no verb, no word with a
        // pronoun, no و: «يلتقيه ترامب», «وتعهد ترامب»), is that word's bearer's, not the notable one's
        if m.tokens.count == 1, m.prefixLength == 0, i > 0, a.isWord(i - 1), !covered.contains(i - 1), a.isUnknownWord(i - 1),
           !a.isDictionaryWord(i - 1), !Lexicon.inflectedWords.contains(a.key(i - 1)), a.units[i - 1].prefix == 0,
           !["و", "ي", "ت"].contains(a.key(i - 1).unicodeScalars.first ?? " "), looksLikeName(i - 1) {
            return nil
        }
        if m.prefixLength > 0, m.tokens.count == 1 {
            // «ببوش» is a border post, not ب + «بوش»: a name of three letters or fewer takes no proclitic
            let key = a.tokens[m.tokens.lowerBound].key
            if EntityExtractor.isWordOfItsOwn(key) || UTF8Key.scalarCount(key) - m.prefixLength <= 3 { return nil }
        }
        return (i..<(last + 1), NotablePersons.gazetteer.values[m.valueIndex], m.prefixLength, m.restoredAlef)
    }

    /// Adds the candidate of a notable person's name (`notablePerson(at:)`), without the proclitic. A shared surname
    /// is found as a first name's find is: it stays in its document and is a page only when the corpus ties it to
    /// one full name.
    mutating func addNotablePerson(_ p: (units: Range<Int>, display: String?, prefix: Int, restoredAlef: Bool), cue: String? = nil) {
        let before = out.count
        add(p.units, .person, p.display == nil ? .firstName : .lexicon, cue: cue)
        guard out.count > before else { return }
        let first = a.token(p.units.lowerBound)
        out[before].start = first.start + first.originalOffset(ofFolded: p.prefix)
        out[before].surface = a.text(out[before].start, out[before].end, restoredAlef: p.restoredAlef)
        out[before].key = ArabicNormalizer.matchKey(out[before].surface)
        out[before].canonical = p.display
        out[before].note = NotablePersons.note
    }
}

extension NotablePersons {
    /// The display name of a full name the lexicon spells («الباجي قايد السبسي» → «الباجي قائد السبسي»), or of one
    /// that ends in a notable surname and whose first word is spelled like one of the display name's (`NameSkeleton.of`:
    /// «فرنسوا هولاند», «ليونال ميسي»), else nil.
    static func display(ofFullName name: String) -> String? {
        guard name.utf8.contains(0x20) else { return nil }
        let words = NameSkeleton.words(name)
        guard words.count >= 2 else { return nil }
        if let d = gazetteer.lookup(name) { return d }
        // (its first word: «ولد إمانويل ماكرون», "Macron was born", is no name of his)
        guard let last = words.last, let d = gazetteer.lookup(last), let display = d,
              firstWords(display).contains(NameSkeleton.of(words[0])) else { return nil }
        return display
    }

    /// The consonant skeletons of a name's words but the last.
    static func firstWords(_ name: String) -> Set<String> { Set(NameSkeleton.words(name).dropLast().map(NameSkeleton.of)) }
}

extension EntityExtractor {
    /// A one-word person name any rule found that is a notable person's surname takes the display name. One sense
    /// per discourse: a bare surname the notable lexicon gives a display name to is another person's
    /// when its document names someone else by a full name ending in it and never names the notable person in
    /// full («غسان المرزوقي … المرزوقي»): the display name is dropped, and the surname is read as any bare surname
    /// of the document is. A full name is the notable person's when one of its other words is spelled like one of
    /// the display name's (`NameSkeleton.of`: «إمانويل ماكرون», «أنغيلا ميركل», «رفائيل نادال»).
    static func notableSurnames(found: inout [[EntityCandidate]]) {
        // last word's key → each full name ending in it (by the key's NFC bytes, as a `[String: [String]]` meets keys)
        var lastWords = CanonicalKeyIndex()
        var people: [[String]] = []
        // (one word has no ASCII byte: no space, hyphen or dot that could part its words)
        for c in found.joined() where c.type == .person && c.surface.utf8.contains(where: { $0 < 0x80 }) {
            let words = NameSkeleton.words(c.surface)
            // («عمر ماكرون», Macron's age: a first name that is also a word names no one else)
            guard words.count >= 2, let last = words.last, !NameEvidence.isOrdinaryWord(words[0]),
                  !Lexicon.ordinaryFirstNames.contains(words[0]) else { continue }
            if let k = lastWords[last] { people[k].append(c.canonical ?? c.surface) } else {
                lastWords[last] = people.count
                people.append([c.canonical ?? c.surface])
            }
        }
        for b in found.indices {
            for i in found[b].indices where found[b][i].type == .person && found[b][i].canonical == nil
                && found[b][i].note == nil && !found[b][i].key.utf8.contains(0x20) {
                // «وأضاف ماكرون»: a notable surname another rule found is the notable person as much
                guard let display = NotablePersons.gazetteer.lookup(found[b][i].key), let display else { continue }
                found[b][i].canonical = display
                found[b][i].note = NotablePersons.note
            }
        }
        guard !people.isEmpty else { return }
        for b in found.indices {
            for i in found[b].indices where found[b][i].note == NotablePersons.note {
                guard let display = found[b][i].canonical, NameSkeleton.words(found[b][i].surface).count == 1,
                      let named = lastWords[found[b][i].key].map({ people[$0] }) else { continue }
                let own = NotablePersons.firstWords(display)
                if !named.contains(where: { !NotablePersons.firstWords($0).isDisjoint(with: own) }) { found[b][i].canonical = nil }
            }
        }
    }
}
