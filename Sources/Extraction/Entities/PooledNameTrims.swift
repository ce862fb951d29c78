import ArabicText

// How pooling cuts and splits the names documents discovered: a name one document writes beyond a recurring
// shorter name, a list of names written as one, a word glued after a name (`pool(votes:)` in CorpusPooling.swift).

extension EntityExtractor {
    /// Names one document alone writes whose first words other candidates write on their own, at least
    /// twice and four times as often: the rest is the next clause or a descriptor, not part of the name
    /// ("مجلس الوزراء المنعقد", "وزارة الشؤون الثقافية التخلي" where "مجلس الوزراء" and "وزارة الشؤون
    /// الثقافية" recur). A name that several documents write is kept whole ("منظمة الأمم المتحدة للأغذية"
    /// beside "منظمة الأمم المتحدة"). The prefix keeps two words at least.
    static func trims(_ names: [(key: String, surface: String, documents: Int, count: Int)],
                      countOfKey: (String) -> Int) -> [String: Int] {
        var out: [String: Int] = [:]
        for n in names where n.documents == 1 {
            let words = Tokenizer.wordKeys(n.surface)
            guard words.count >= 3 else { continue }
            var prefix = ""
            var best = 0
            for m in 1..<words.count {
                prefix += words[m - 1]
                if m >= 2, countOfKey(prefix) >= max(2, 4 * n.count) { best = m }
            }
            if best > 0, !Self.saysWhoseBody(words, from: best) { out[n.key] = best }
        }
        return out
    }

    /// Whether the words of a name from `start` on only say which country's body it is («وزارة الخارجية» +
    /// «السعودية», «الكورية الجنوبية»; «مجلس الأمن» + «القومي»): after the head and common words of a national body
    /// they are part of the name of another body, no descriptor to trim.
    static func saysWhoseBody(_ words: [String], from start: Int) -> Bool {
        guard let head = words.first else { return false }
        let stem = UTF8Key.hasPrefix(head, "ال") ? String(head.unicodeScalars.dropFirst(2)) : head
        // a national body named by common words («وزارة الخارجية», «ديوان الحبوب»); after a proper name the nationality
        // describes it («نادي برشلونة الإسباني», «اتحاد جدة السعودي»: trimmed)
        guard DiscoveryRules.nationalHeads.contains(stem), words[start].hasPrefix("ال"),
              words[1..<start].allSatisfy({ NameEvidence.isOrdinaryWord($0)
                  || $0.hasPrefix("ال") && NameEvidence.isOrdinaryWord(String($0.unicodeScalars.dropFirst(2))) }) else { return false }
        guard NameEvidence.isDemonym(words[start]) || DiscoveryRules.scopeAdjectives.contains(words[start]) else { return false }
        // (a side of a country after its nationality: «الكورية الجنوبية»)
        return words[(start + 1)...].allSatisfy { w in
            UTF8Key.hasPrefix(w, "ال") && (NameEvidence.isDemonym(w) || DiscoveryRules.sidePlaceAdjectives.contains(w))
        }
    }

    /// Person names of one document, four words or more, that are two names of a list written without a comma
    /// («الصادق شورو رضا السعيدي»): the first two words or more and the rest, two words or more starting with a
    /// first name, are each a person name the corpus pools. The number of words to keep (the rest is then
    /// matched as the name it is). No cut next to a connector («بن», «عبد», «آل»).
    static func listSplits(_ names: [(key: String, surface: String, type: EntityType, documents: Int)],
                           isPerson: (String) -> Bool) -> [String: Int] {
        var out: [String: Int] = [:]
        for n in names where n.type == .person && n.documents == 1 {
            let words = Tokenizer.wordKeys(n.surface)
            guard words.count >= 4 else { continue }
            for m in 2...(words.count - 2) {
                guard !DiscoveryRules.connectors.contains(words[m - 1]), !DiscoveryRules.connectors.contains(words[m]),
                      NameEvidence.isFirstName(words[m]),
                      isPerson(words[..<m].joined()), isPerson(words[m...].joined()) else { continue }
                out[n.key] = m
                break
            }
        }
        return out
    }

    /// For the first two words or more of person names (joined keys), the different words that continue them and
    /// are no ordinary words: «صلاح الدين» → الجورشي، البليدي، دميرطاش…, the first names of several people, whose
    /// full names are not cut to them («يوسف الشاهد» is continued by glued ordinary words: مخاطبا، وعين).
    /// A continuing word counts when it also ends names of two documents or more (a family name recurs; a
    /// glued word seldom does).
    static func nameWordsAfterPrefixes(_ names: [(surface: String, documents: Int)]) -> [String: Set<String>] {
        let wordsOfName = names.map { Tokenizer.wordKeys($0.surface) }
        // (by the words' NFC bytes, `CanonicalKeyIndex`: the same words meet as in a `[String: Int]`)
        var endingDocuments = CanonicalKeyIndex()
        for (i, words) in wordsOfName.enumerated() where words.count >= 2 { endingDocuments.add(names[i].documents, to: words.last!) }
        var out: [String: Set<String>] = [:]
        for words in wordsOfName where words.count >= 3 {
            var prefix = words[0]
            for n in 1..<words.count {
                if n >= 2, (endingDocuments[words[n]] ?? 0) >= 2, !NameEvidence.isWordOutsideNames(words[n]) {
                    out[prefix, default: []].insert(words[n])
                }
                prefix += " " + words[n]
            }
        }
        return out
    }

    /// Person and place names one document alone writes whose last word is glued on: an ordinary word in
    /// some form (`NameEvidence.isWordOutsideNames`: «مخاطبا», «وعين», «بأسطنبول»), no first name or lexicon name,
    /// that ends no other name of the corpus, where the corpus also writes the name without it («جاك لانغ»
    /// beside «جاك لانغ مخاطبا») or has it stand right after other names in two documents or more
    /// (`DocumentEvidence.followers`); a word in a form no family name takes, an adverbial accusative or ل/ب + a
    /// verbal noun («لطفي السليمي لتولي»), may also end other names (it is glued onto several). The name keeps its
    /// other words: two at least for a person, and for a place its head and a word («مستشفى فرحات حشاد أين» → «مستشفى فرحات حشاد»); never a word after بن، آل، عبد…
    static func gluedWordTrims(_ names: [(key: String, surface: String, type: EntityType, documents: Int)],
                               followerDocuments: [String: Int]) -> [String: Int] {
        gluedWordTrims(names, followerDocuments: CanonicalKeyIndex(followerDocuments))
    }

    /// `gluedWordTrims(_:followerDocuments:)` with the follower counts by their words' NFC bytes (`PoolTallies`).
    static func gluedWordTrims(_ names: [(key: String, surface: String, type: EntityType, documents: Int)],
                               followerDocuments: CanonicalKeyIndex) -> [String: Int] {
        // (by the keys' NFC bytes, `CanonicalKeyIndex`: the same keys meet as in a `[String: Int]` and a `Set<String>`)
        var endingDocuments = CanonicalKeyIndex()
        var known = CanonicalKeyIndex()
        var wordsOfName: [[String]] = []
        for n in names {
            let words = Tokenizer.wordKeys(n.surface)
            wordsOfName.append(words)
            known[words.joined(separator: " ")] = 1
            if words.count >= 2, let last = words.last { endingDocuments[last] = (endingDocuments[last] ?? 0) + n.documents }
        }
        var out: [String: Int] = [:]
        for (i, n) in names.enumerated() where n.documents == 1 && (n.type == .person || n.type == .place) {
            let words = wordsOfName[i]
            let headed = NameHeads.facility.contains(words[0])
            guard words.count >= (n.type == .person || headed ? 3 : 2), let last = words.last,
                  UTF8Key.scalarCount(last) >= 3, !DiscoveryRules.connectors.contains(words[words.count - 2]),
                  // a definite word after a first name is a family name as often as not («عبد الله السعيد»)
                  !(n.type == .person && UTF8Key.hasPrefix(last, "ال")),
                  let written = Tokenizer.tokenize(n.surface).last(where: { $0.kind == .word })?.text,
                  NameEvidence.isWordOutsideNames(written),
                  // a form no family name takes may be glued onto several names («خلفا», «لتولي»)
                  (endingDocuments[last] ?? 0) <= n.documents || NameEvidence.isAdverbOrPurposeForm(written) else { continue }
            let shorter = words.dropLast().joined(separator: " ")
            if known[shorter] != nil || (followerDocuments[last] ?? 0) >= 2 { out[n.key] = words.count - 1 }
        }
        return out
    }
}
