import ArabicText

/// Official names of a body of one country or region: a definite organization head, its nationality adjective
/// and what the body is for, a complement in لل or ل + a noun in construct ("الشركة التونسية للكهرباء والغاز",
/// "الجامعة التونسية لكرة القدم", "البنك الإفريقي للتنمية"). Said once, such a phrase may be a description
/// ("the Tunisian company for …"); the corpus makes it a name when several documents write it whole, so the
/// phrase is only recorded here (`extensions`) and pooled when two documents or more do.
extension DiscoveryRules {
    /// The official name whose definite head is unit `u`, with the coordinated definite words that go on with
    /// it (`coordinatedEnd`), or nil. `u` must be a definite organization head (`isDefiniteOrganizationHead(u)`).
    func nationalBody(at u: Int) -> Range<Int>? {
        var k = u + 1
        guard isNationalityAdjective(k) else { return nil }
        k += 1
        if isSecondNationality(k) { k += 1 }
        guard let complementEnd = purposeComplementEnd(at: k) else { return nil }
        k = complementEnd
        // the complement's nisba adjectives ("للأنشطة البترولية")
        while k < a.units.count, a.isWord(k), a.units[k].tokens.count == 1, a.units[k].prefix == 0,
              isDefiniteNisba(k), flags(k).isDisjoint(with: [.demonym, .place, .organization]) { k += 1 }
        k = coordinatedEnd(after: k)
        let r = u..<k
        // "للوقاية من التعذيب", "للقيام بمهامه": a verbal noun with its object, cut or a clause of purpose (a ل
        // word after the complement is the next clause: "… لإبرام عقد")
        guard !(k < a.units.count && a.isWord(k) && ["من", "علي", "عن"].contains(a.key(k))), !startsPrepositionalObject(k) else { return nil }
        return r
    }

    /// A lexicon organization at unit `u` named by a definite head and its nationality ("الاتحاد الإفريقي") that
    /// goes on with what a body is for ("… لكرة القدم"): the whole phrase is another body (the football
    /// confederation, not the African Union), recorded like `nationalBody`; nil when no complement follows.
    func bodyNamedAfterLexiconBody(at u: Int) -> Range<Int>? {
        guard a.units[u].tokens.count >= 2, a.units[u].prefix == 0, flags(u).contains(.organization), !flags(u).contains(.place) else { return nil }
        let first = a.tokens[a.units[u].tokens.lowerBound].key
        guard UTF8Key.hasPrefix(first, "ال"), NameEvidence.isOrganizationHead(String(first.unicodeScalars.dropFirst(2))),
              NameEvidence.isDemonym(a.tokens[a.units[u].tokens.upperBound - 1].key),
              let end = purposeComplementEnd(at: u + 1) else { return nil }
        return u..<coordinatedEnd(after: end)
    }

    /// The end of the complement that says what a body is for, starting at unit `k`: لل + a noun that is no
    /// organization head ("للكهرباء"), or ل + an indefinite noun in construct with a definite word ("لكرة
    /// القدم", "لحقوق الإنسان"); not a name, a nationality or a verb.
    func purposeComplementEnd(at k: Int) -> Int? {
        guard k < a.units.count, a.isWord(k), a.units[k].tokens.count == 1 else { return nil }
        let key = a.key(k)
        guard flags(k).isDisjoint(with: [.organization, .place, .firstName, .person, .demonym, .title]) else { return nil }
        if UTF8Key.hasPrefix(key, "لل") {
            let noun = String(key.unicodeScalars.dropFirst(2))
            guard UTF8Key.scalarCount(noun) >= 3, !NameEvidence.isOrganizationHead(noun) else { return nil }
            return k + 1
        }
        guard UTF8Key.hasPrefix(key, "ل"), UTF8Key.scalarCount(key) >= 4, !SplitSpelling.functionWords.contains(key),
              !Self.compoundPrepositions.contains(key), !looksLikeVerb(k), k + 1 < a.units.count, a.isWord(k + 1), a.units[k + 1].tokens.count == 1,
              a.units[k + 1].prefix == 0, a.key(k + 1).hasPrefix("ال"),
              flags(k + 1).isDisjoint(with: [.organization, .place, .firstName, .person, .demonym]) else { return nil }
        return k + 2
    }

    /// ل + a noun that makes a preposition ("لحساب الجولة", "لفائدة الجهة", "لمدة السنة"): no complement of a name.
    static let compoundPrepositions: WordSet = Keys.of(["لحساب", "لصالح", "لفائده", "لمده", "لدي", "لاجل", "لغايه", "لقاء"])

    /// A definite adjective in ي / ية ("البترولية", "الاجتماعي").
    func isDefiniteNisba(_ u: Int) -> Bool {
        let k = a.key(u)
        return UTF8Key.hasPrefix(k, "ال") && (UTF8Key.hasSuffix(k, "ي") || UTF8Key.hasSuffix(k, "يه")) && UTF8Key.scalarCount(k) >= 5
    }

    /// Whether unit `k` starts an object in ب ("للقيام بمهامه"): the complement was a verbal noun of a clause
    /// of purpose, not the body's field.
    func startsPrepositionalObject(_ k: Int) -> Bool {
        k < a.units.count && a.isWord(k) && a.units[k].prefix > 0 && a.key(k).hasPrefix("ب")
    }

    /// Records organization phrase `r` as a longer spelling the corpus pools (`extensions`), with its head as cue.
    mutating func recordExtension(_ r: Range<Int>, head: Int) {
        let (s, e) = a.span(r)
        extensions.append(EntityCandidate(block: a.block, start: s, end: e, surface: a.surface(r),
                                          key: a.key(r), type: .organization, cue: text(head..<(head + 1)),
                                          rule: .orgHead, canonical: nil))
    }

    /// The end of the definite words in و + ال that go on with a name ending before unit `start` ("والغاز",
    /// "والصناعات التقليدية", "وتنمية المجتمع"), up to four words; `start` when none does.
    func coordinatedEnd(after start: Int) -> Int {
        var k = start
        var waw = false
        while k < a.units.count && k - start < 4 && a.isWord(k) && a.units[k].tokens.count == 1 {
            let key = a.key(k)
            // "وتنمية المجتمع": و + a noun in construct with a definite word
            let construct = waw && UTF8Key.hasPrefix(key, "و") && !UTF8Key.hasPrefix(key, "وال") && UTF8Key.scalarCount(key) >= 4
                && k + 1 < a.units.count && a.isWord(k + 1) && a.units[k + 1].prefix == 0
                && a.key(k + 1).hasPrefix("ال") && a.isDictionaryWord(k) && !looksLikeVerb(k)
            if UTF8Key.hasPrefix(key, "وال") || UTF8Key.hasPrefix(key, "ولل") {
                waw = true
            } else if key == "و", k + 1 < a.units.count, a.isWord(k + 1), a.units[k + 1].tokens.count == 1,
                      a.key(k + 1).hasPrefix("ال") || a.key(k + 1).hasPrefix("لل") {
                // "للكهرباء و الغاز": the conjunction written apart
                waw = true
                k += 1
                continue
            } else if !(waw && (UTF8Key.hasPrefix(key, "ال") || UTF8Key.hasPrefix(key, "لل"))) && !construct {
                break
            }
            let f = flags(k)
            if f.contains(.orgHead) || f.contains(.title) || f.contains(.demonym) { break }
            k += construct ? 2 : 1
        }
        return waw ? k : start
    }
}
