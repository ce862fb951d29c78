import ArabicText

/// Towns whose name is also an ordinary word, a family name or a first name (`PlaceLexicon.ambiguousTowns`):
/// kept out of the lexicon the units are flagged with, so that they change no other rule, and looked up only
/// after a place head and, once an article has named the town that way, at its other mentions there.
enum AmbiguousTowns {
    /// The note of their candidates: never pooled corpus-wide (`EntityExtractor.poolVotes`), since another article
    /// may write the word as a word («نصر الله» the person, «مساكن» dwellings).
    static let note = "a town whose name is also a word, named as a town in its article"
    /// The towns by spelling, each with its display name.
    static let gazetteer: Gazetteer<String> = {
        var g = Gazetteer<String>()
        for l in Lexicon.lines(PlaceLexicon.ambiguousTowns) { for v in l { g.insert(v, value: l[0]) } }
        return g
    }()
}

extension DiscoveryRules {
    /// Words after which an ambiguous town's name is the town: area and administrative heads («مدينة الشابة»,
    /// «معتمدية الجم», «بولاية المسيلة», «بجهة مساكن», «بمقاطعة X»). Not «والي»/«معتمد»: titles, whose rule reads
    /// the person after the town.
    static let townHeads: WordSet = Keys.of(["مدينة", "مدينه", "ولاية", "معتمدية", "بلدية", "منطقة", "بلدة", "قرية", "حي",
                                             "مقاطعة", "محافظة", "إقليم", "جهة", "ضاحية"])

    /// The units and display name of an ambiguous town named right after head unit `head` (no proclitic on the
    /// town: «مدينة بالشابة» is no construct), or nil. The town's match must end on a unit boundary.
    func townAfterPlaceHead(_ head: Int) -> (units: Range<Int>, town: String)? {
        guard a.units[head].tokens.count == 1, wordLists[head].stem.contains(.townHead) else { return nil }
        let k = head + 1
        guard k < a.units.count, a.isWord(k), !covered.contains(k),
              let m = AmbiguousTowns.gazetteer.match(in: a.tokens, at: a.units[k].tokens.lowerBound),
              m.prefixLength == 0, !m.restoredAlef else { return nil }
        let last = a.unitOfToken[m.tokens.upperBound - 1]
        guard a.units[last].tokens.upperBound == m.tokens.upperBound else { return nil }
        return (k..<(last + 1), m.value)
    }

    /// «حي الخضراء», «بحي الزهور»: an indefinite «حي» before a definite ordinary word (common, frequent or of the
    /// dictionary) names a quarter, which keeps its head (the word alone is an ordinary word or an epithet:
    /// «الخضراء»). Not before a demonym, a name of the lexicon, a direction or a word of three letters; an unknown
    /// word is the area head rule's («حي العوينة» → العوينة).
    func quarterName(after head: Int) -> Range<Int>? {
        guard a.units[head].tokens.count == 1, wordLists[head].stem.contains(.quarterHead), !a.key(head).hasPrefix("ال") else { return nil }
        let k = head + 1
        guard k < a.units.count, a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1,
              !covered.contains(k) else { return nil }
        let key = a.key(k)
        guard UTF8Key.hasPrefix(key, "ال"), UTF8Key.scalarCount(key) >= 5, flags(k).isSubset(of: [.common, .frequent]),
              !flags(k).isEmpty || a.isDictionaryWord(k), !Self.directions.contains(key) else { return nil }
        return head..<(k + 1)
    }
}

extension EntityExtractor {
    /// One sense per discourse: the ambiguous towns that `licensed` names (display names) the article names after
    /// a place head are the town at their other mentions in the article too, with a proclitic («بالشابة»,
    /// «وسلمية») or without. Adds a candidate to `found` (per block) for each mention no candidate overlaps.
    static func townsOfDiscourse(_ licensed: Set<String>, blocks: [BlockAnalysis], found: inout [[EntityCandidate]]) {
        guard !licensed.isEmpty else { return }
        for (b, a) in blocks.enumerated() {
            var i = 0
            while i < a.tokens.count {
                guard a.tokens[i].kind == .word, let m = AmbiguousTowns.gazetteer.match(in: a.tokens, at: i) else { i += 1; continue }
                i = m.tokens.upperBound
                guard licensed.contains(m.value) else { continue }
                let first = a.tokens[m.tokens.lowerBound]
                let start = first.start + first.originalOffset(ofFolded: m.prefixLength)
                let end = a.tokens[m.tokens.upperBound - 1].end
                if found[b].contains(where: { $0.start < end && start < $0.end }) { continue }
                var v = String.UnicodeScalarView()
                if m.restoredAlef { v.append("ا") }
                v.append(contentsOf: a.scalars[start..<end])
                let surface = String(v)
                found[b].append(EntityCandidate(block: a.block, start: start, end: end, surface: surface,
                                                key: ArabicNormalizer.matchKey(surface), type: .place, cue: m.value,
                                                rule: .placeHead, canonical: m.value, note: AmbiguousTowns.note))
            }
        }
    }
}

extension DiscoveryRules {
    /// A word read as ك + a place (`prefix` scalars of proclitic) that is, as written, an ordinary word of the
    /// dictionary, inflected forms included («كنيس»: a synagogue, not «like Nice»). Only ك: a place after ب, و, ل or ف is written so
    /// often that a dictionary word spelt alike («بالقصرين», «بجربة», «بالبحرين») is still the place.
    static func isOrdinaryAfterKaf(_ key: String, prefix: Int) -> Bool {
        prefix == 1 && UTF8Key.hasPrefix(key, "ك") && (Lexicon.dictionary.contains(key) || Lexicon.inflectedWords.contains(key))
    }

    /// A lexicon place that opens an idiom with the word after it: «مسقط رأسه» (his birthplace, literally where his
    /// head fell) names no Muscat. Tokens `t` (the place, `prefix` scalars of proclitic: «بمسقط») and `t + 1`.
    static func opensIdiom(_ a: BlockAnalysis, token t: Int, prefix: Int) -> Bool {
        guard t + 1 < a.tokens.count, a.tokens[t + 1].kind == .word else { return false }
        let stem = ScalarString.make(a.tokens[t].key.unicodeScalars.dropFirst(prefix))
        // (a stem that is no head is turned away by its bytes: the `String`-keyed table normalized every place asked)
        guard idiomHeads.contains(stem), let next = idiomSecondWords[stem] else { return false }
        return next.contains(a.tokens[t + 1].key)
    }

    /// The second words of the idioms a place's name opens (match keys), by the place's key.
    static let idiomSecondWords: [String: Set<String>] = [
        "مسقط": Set(["راس", "راسه", "راسها", "راسهم", "راسهما", "راسي", "راسنا", "الراس"]),
    ]
    /// The keys of `idiomSecondWords`, plain Arabic words (a string `String` calls equal to one has its bytes).
    static let idiomHeads = PlainArabicWords(idiomSecondWords.keys)
}
