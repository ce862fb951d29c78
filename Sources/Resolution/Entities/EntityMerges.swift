import ArabicText
import Extraction

/// Rules 2–4 of `EntityResolver` and the facility rule, on the groups of `EntityMerger`.
extension EntityMerger {
    /// Rules 2 and 3: a one-word person name is the full name of its article whose last word (or its
    /// consonant skeleton) it is; then rule 2 corpus-wide for the groups left.
    ///
    /// A one-word name that is the last word of some full name but is seen with that full name in
    /// fewer than a tenth of the articles it appears in (at least five) is a common word that a misread
    /// full name made a surname («المكتب» from «وأعضاء المكتب», «نشر» from «دار نشر»): real surnames
    /// mostly follow the full name in the same article. Such a group makes no entity.
    ///
    /// A bare word next to another name word («فرجاني ساسي», «محمد علي المهذبي», «ديب روي») or after a
    /// place or institution head («مدينة ماسي») is part of another name the extractor cut: it joins no
    /// full name of its article.
    mutating func mergeSurnames(_ extractions: [DocumentExtraction], context: NameContext) {
        var seenIn = [Int](repeating: -1, count: groups.count)
        // articles in which a group's bare word went to the full name of the same article
        var movedIn = [Int](repeating: -1, count: groups.count), movedArticles = [Int](repeating: 0, count: groups.count)
        func countMove(_ g: Int, _ a: Int) {
            if movedIn[g] != a { movedIn[g] = a; movedArticles[g] += 1 }
        }
        // one-word groups that are the second half of a compound name ("نصر الله", "عز الدين"): never a surname alone
        let compoundHalf = groups.indices.map { groupWords[$0].count == 1 && isCompoundSecondHalf(groupWords[$0][0]) }
        // one-word person groups seen as part of another name somewhere («جزيرة الاندلسي», «فرجاني ساسي»):
        // the word names more than one referent, so the corpus does not tie it to one full name
        var partOfOther = [Bool](repeating: false, count: groups.count)
        for (a, gs) in groupOfMention.enumerated() {
            for (m, g) in gs.enumerated() where !partOfOther[g] && types[g] == .person && groupWords[g].count == 1
                && Self.isPartOfAnotherName(context, article: a, mention: m) {
                partOfOther[g] = true
            }
        }
        // full person names by last word (without ال)
        var fullByLast: [Int: [Int]] = [:]
        for g in groups.indices {
            for w in lastWords[g] where fullByLast[w.bare]?.last != g { fullByLast[w.bare, default: []].append(g) }
        }
        let articles = articleCounts()
        let titlesOfFullNames = titlesBeforeFullNames(context)
        var inArticle: [Int] = []
        for (a, ex) in extractions.enumerated() {
            inArticle.removeAll(keepingCapacity: true)
            for g in groupOfMention[a] where seenIn[g] != a && types[g] == .person && !lastWords[g].isEmpty {
                seenIn[g] = a
                inArticle.append(g)
            }
            if inArticle.isEmpty { continue }
            for m in ex.mentions.indices {
                let g = groupOfMention[a][m]
                guard types[g] == .person, groupWords[g].count == 1, groups[g].curated == nil else { continue }
                let word = groupWords[g][0]
                guard !compoundHalf[g] else { continue }
                let w = names.cls(names.bare(word))
                var sameLast = -1, sameLastCount = 0
                for h in inArticle where lastWords[h].contains(where: { $0.bare == w }) {
                    sameLast = h
                    sameLastCount += 1
                }
                let surface = ex.mentions[m].surface
                if sameLastCount > 0, Self.isPartOfAnotherName(context, article: a, mention: m) { continue }
                // «مبلغا» (a sum) glued to «رانيا»: an ordinary word in the accusative is no surname standing alone
                if sameLastCount > 0, Self.isAccusativeOrdinaryWord(ArabicNormalizer.matchKey(names[word])) { continue }
                // «الرئيس ترامب» in the article of «إيفانكا ترامب»: the title is another bearer's of the surname
                if sameLastCount == 1, let title = context.before[a][m]?.key, NameEvidence.isTitleOrRole(title),
                   Self.titleNamesAnotherBearer(title, of: sameLast, bearers: fullByLast[w] ?? [], titles: titlesOfFullNames, articles: articles) {
                    continue
                }
                // «اختطاف شقيق مبروك السلطاني … اختطاف السلطاني»: an article about a relative names two bearers
                if sameLastCount == 1, namesARelative(of: sameLast, context, article: a, mention: m) { continue }
                if sameLastCount == 1 {
                    countMove(g, a)
                    move(article: a, mention: m, surface: surface, from: g, to: sameLast)
                    groups[sameLast].notes.append("\(surface) = \(name(sameLast)): الاسم الأخير وحده في مقال يذكر الاسم الكامل")
                    continue
                }
                guard sameLastCount == 0 else { continue }
                let skeleton = names.bare(word)
                let sk = names.skeleton(skeleton)
                guard names[sk].unicodeScalars.count >= 2 else { continue }
                let skClass = names.cls(sk)
                let text = names[word]
                // an ordinary word is not a spelling of a surname ("الشعبي" ≠ "الشابي", "رئيسا" ≠ "رويس")
                guard !Self.isOrdinaryForm(ArabicNormalizer.matchKey(text)) else { continue }
                let hasArticle = text.hasPrefix("ال"), scalars = text.unicodeScalars.count
                let consonants = NameSkeleton.consonants(text)
                var sameSkeleton = -1, sameSkeletonCount = 0
                for h in inArticle where lastWords[h].contains(where: {
                    $0.skeleton == skClass && $0.hasArticle == hasArticle && abs($0.scalars - scalars) <= 1
                        && NameSkeleton.consonants(names[$0.spelling]) == consonants
                        && !NameSkeleton.areNisbaPair(names[$0.spelling], text) }) {
                    sameSkeleton = h
                    sameSkeletonCount += 1
                }
                if sameSkeletonCount == 1, !Self.isPartOfAnotherName(context, article: a, mention: m),
                   !namesARelative(of: sameSkeleton, context, article: a, mention: m) {
                    countMove(g, a)
                    move(article: a, mention: m, surface: surface, from: g, to: sameSkeleton)
                    groups[sameSkeleton].notes.append("\(surface) = \(name(sameSkeleton)): كتابة أخرى للاسم الأخير (الحروف الساكنة نفسها) في مقال يذكر الاسم الكامل")
                }
            }
        }
        // articles each group is still named in
        var lastIn = [Int](repeating: -1, count: groups.count), remainingArticles = [Int](repeating: 0, count: groups.count)
        for (a, gs) in groupOfMention.enumerated() {
            for g in gs where lastIn[g] != a { lastIn[g] = a; remainingArticles[g] += 1 }
        }
        for g in groups.indices where types[g] == .person && groupWords[g].count == 1 && groups[g].curated == nil
            && !compoundHalf[g] {
            let owners = fullByLast[names.cls(names.bare(groupWords[g][0]))] ?? []
            let seen = movedArticles[g] + remainingArticles[g]
            if !owners.isEmpty, groups[g].canonical == nil, seen >= 5, movedArticles[g] * 10 < seen {
                dropped.insert(g)
                continue
            }
            // the corpus ties the bare name to that one person: the same role cue, or the full name beside it
            // in more articles than it stands alone (else it may be another person of that surname, named
            // without a first name: «الشلي» of one article beside «خالد الشلي» of another)
            if owners.count == 1, let full = owners.first, !partOfOther[g],
               movedArticles[g] > remainingArticles[g] || !sharedCue(full, g).isEmpty, uf.union(full, g) {
                notes[full, default: []].append("\(name(g)) = \(name(full)): الاسم الأخير وحده، ولا اسم كامل آخر بهذا الاسم الأخير")
            } else if owners.count > 1 {
                for o in owners {
                    possibleDuplicates.append(PossibleDuplicate(first: o, second: g, reason: "«\(name(g))» اسم أخير لعدة أشخاص"))
                }
            }
        }
    }

    /// The spelling is the second half of a compound name.
    func isCompoundSecondHalf(_ spelling: Int) -> Bool { Self.compoundSecondHalves.contains(ArabicNormalizer.matchKey(names[spelling])) }

    static let compoundSecondHalves: Set<String> = Set(["الله", "الدين", "الرحمن", "الرحيم", "العزيز", "الكريم"].map(ArabicNormalizer.matchKey))

    /// Rule 4: full person names with the same first name and last words of equal skeleton merge when
    /// they share a role cue, else they are possible duplicates.
    mutating func mergeTransliterations() {
        var fullBySkeleton: [Int: [Int]] = [:]
        for g in groups.indices where types[g] == .person && groupWords[g].count >= 2 {
            fullBySkeleton[names.cls(names.skeleton(groupWords[g].last!)), default: []].append(g)
        }
        // Buckets hold disjoint groups, so the order they are visited in changes nothing.
        for list in fullBySkeleton.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }) {
            for x in 0..<list.count {
                for y in (x + 1)..<list.count {
                    let p = list[x], q = list[y]
                    guard names.cls(groupWords[p][0]) == names.cls(groupWords[q][0]),
                          groups[p].curated == nil || groups[q].curated == nil else { continue }
                    let cue = sharedCue(p, q)
                    if !cue.isEmpty {
                        if uf.union(p, q) {
                            notes[min(p, q), default: []].append("\(name(q)) = \(name(p)): الاسم الأول نفسه، والاسم الأخير بالحروف الساكنة نفسها، والصفة نفسها (\(cue))")
                        }
                    } else {
                        possibleDuplicates.append(PossibleDuplicate(first: p, second: q,
                            reason: "الاسم الأول نفسه وكتابة متقاربة للاسم الأخير، دون صفة مشتركة"))
                    }
                }
            }
        }
    }

    /// A role cue of `p` that `q` shares (same key, or two words of three letters or more in common),
    /// else "".
    mutating func sharedCue(_ p: Int, _ q: Int) -> String {
        let a = groups[p].cues.values.sorted { names.less($0, $1) }
        let b = groups[q].cues.values.sorted { names.less($0, $1) }
        let bKeys = Set(b.map { names.cls(names.matchKey($0)) })
        for c in a where bKeys.contains(names.cls(names.matchKey(c))) { return names[c] }
        for c in a {
            for d in b where Self.cueWords(names[c]).intersection(Self.cueWords(names[d])).count >= 2 { return names[c] }
        }
        return ""
    }

    static func cueWords(_ cue: String) -> Set<String> {
        Set(NameSkeleton.words(cue).filter { $0.unicodeScalars.count >= 3 && !["باسم", "السابق", "الرييس", "رييس"].contains($0) })
    }

    /// A bare place that is the name of exactly one facility ("قاعدة التاجي") is that facility when no
    /// lexicon knows it as a place of its own, or when every article naming it also names the facility.
    /// A facility named with and without the adjective of its kind is one: «مطار بغداد» = «مطار بغداد الدولي».
    mutating func mergeFacilityAdjectives() {
        var placeOfWords: [String: Int] = [:]
        var withAdjective: [(group: Int, shorter: String)] = []
        for g in groups.indices where types[g] == .place {
            for s in groups[g].surfaces.values.sorted(by: { $0.spelling < $1.spelling }) {
                let keys = Tokenizer.wordKeys(names[s.spelling])
                placeOfWords[keys.joined(separator: " ")] = placeOfWords[keys.joined(separator: " ")] ?? g
                if keys.count >= 3, NameHeads.facility.contains(keys[0]), NameHeads.facilityAdjectives.contains(keys[keys.count - 1]) {
                    withAdjective.append((g, keys.dropLast().joined(separator: " ")))
                }
            }
        }
        for (g, shorter) in withAdjective {
            guard let p = placeOfWords[shorter], p != g, uf.union(g, p) else { continue }
            notes[g, default: []].append("\(name(p)) = \(name(g)): اسم المنشأة دون الصفة التي تسميها")
        }
    }

    mutating func mergeFacilities() {
        var placeGroupOfKey: [Int: Int] = [:]
        for g in groups.indices where types[g] == .place {
            for s in groups[g].surfaces.values { placeGroupOfKey[names.cls(names.bare(names.matchKey(s.spelling)))] = g }
        }
        var facilityOfPlace: [Int: [Int]] = [:]
        var isFacilityHead: [Int: Bool] = [:]
        for g in groups.indices where types[g] == .place {
            for s in groups[g].surfaces.values {
                let w = names.words(s.spelling)
                guard w.count >= 2 else { continue }
                let head = names.cls(w[0])
                if isFacilityHead[head] == nil { isFacilityHead[head] = NameHeads.facility.contains(names[w[0]]) }
                guard isFacilityHead[head]! else { continue }
                // only a facility named after a person absorbs the bare name: after a head, a place name
                // is the place itself («سجن مرناق» and the town مرناق)
                guard w.count >= 3, NameEvidence.isFirstName(ArabicNormalizer.matchKey(names[w[1]])) else { continue }
                let rest = names.bare(names.id(w.dropFirst().map { names[$0] }.joined()))
                if let p = placeGroupOfKey[names.cls(rest)], p != g, !(facilityOfPlace[p]?.contains(g) ?? false) {
                    facilityOfPlace[p, default: []].append(g)
                }
            }
        }
        guard !facilityOfPlace.isEmpty else { return }
        var articlesOf: [Int: Set<Int>] = [:]
        var wanted = [Bool](repeating: false, count: groups.count)
        for (p, fs) in facilityOfPlace where fs.count == 1 {
            wanted[p] = true
            wanted[fs[0]] = true
        }
        for (a, gs) in groupOfMention.enumerated() { for g in gs where wanted[g] { articlesOf[g, default: []].insert(a) } }
        for p in facilityOfPlace.keys.sorted() {
            guard let fs = facilityOfPlace[p], fs.count == 1, let f = fs.first,
                  groups[p].curated == nil || groups[f].curated == nil,
                  (groups[p].canonical == nil && groups[p].curated == nil)
                    || (articlesOf[p] ?? []).isSubset(of: articlesOf[f] ?? []) else { continue }
            if uf.union(f, p) {
                notes[f, default: []].append("\(name(p)) = \(name(f)): اسم المنشأة دون «\(words(of: f).first.map { names[$0] } ?? "")» في مقال يذكرها كاملة")
            }
        }
    }

    /// An organization named without its head word ("سيد الشهداء") is the one organization named with it
    /// ("كتائب سيد الشهداء"), when exactly one such longer name exists and the short one is not an
    /// ordinary word ("الشعب" alone names nothing). A head that names a body inside an organization
    /// (`organHeads`: «مجلس فيفا», «كتلة الجبهة الشعبية») makes the organ of the shorter one when the corpus
    /// writes the shorter one in more articles: «الفيفا» is not its council; «مجلس التعاون الخليجي», written
    /// more than «التعاون الخليجي», is.
    mutating func mergeOrganizationForms() {
        let articles = articleCounts()
        var orgOfKey: [Int: Int] = [:]
        for g in groups.indices where types[g] == .organization {
            for s in groups[g].surfaces.values { orgOfKey[names.cls(names.bare(names.matchKey(s.spelling)))] = g }
        }
        var longForms: [Int: [Int]] = [:]
        for g in groups.indices where types[g] == .organization {
            let w = words(of: g)
            guard w.count >= 2, NameEvidence.isOrganizationHead(ArabicNormalizer.matchKey(names[w[0]])) else { continue }
            let rest = names.bare(names.matchKey(names.id(w.dropFirst().map { names[$0] }.joined(separator: " "))))
            guard let short = orgOfKey[names.cls(rest)], short != g,
                  !NameEvidence.isOrdinaryWord(names[rest]), !Self.namesNoOneOrganization(rest: names[rest]) else { continue }
            if Self.organHeads.contains(ArabicNormalizer.matchKey(names[w[0]])), articles[short] > articles[g] { continue }
            // a club named by its city is the one a club head names («نادي ليفربول»), not «جامعة ليفربول»
            if let c = groups[short].canonical, ClubNames.isNamedByItsCityOrAWord(c),
               !ClubNames.isClubHead(ArabicNormalizer.matchKey(names[w[0]])) { continue }
            if longForms[short]?.contains(g) != true { longForms[short, default: []].append(g) }
        }
        for short in longForms.keys.sorted() {
            guard let forms = longForms[short], forms.count == 1, let long = forms.first,
                  groups[short].curated == nil || groups[long].curated == nil else { continue }
            if uf.union(long, short) {
                notes[long, default: []].append("\(name(short)) = \(name(long)): اسم المنظمة دون «\(words(of: long).first.map { names[$0] } ?? "")»")
            }
        }
    }
}

extension EntityMerger {
    /// An organization name cut at an inner و ("وزارة الفلاحة" beside "وزارة الفلاحة والموارد المائية
    /// والصيد البحري") is the longer name when the corpus ties them: the short name starts with a head word,
    /// one longer organization name goes on from it with و + a definite word (or one such name is written in
    /// three times as many articles as the others together), that longer name is written in two articles at least, and no other name of two articles or more goes on from the short one
    /// otherwise ("جبهة الإنقاذ" beside "جبهة الإنقاذ الوطني" and "جبهة الإنقاذ والتقدم": two fronts). A
    /// nationality after the short name is another country's body and no evidence either way.
    mutating func mergeCoordinatedForms() {
        let articles = articleCounts()
        // org groups by the match key of each spelling (two words at least, a head first)
        var shortOfKey: [String: Int] = [:]
        var spellingsOf: [Int: [[String]]] = [:]
        for g in groups.indices where types[g] == .organization && !dropped.contains(g) {
            for s in groups[g].surfaces.values {
                let w = NameSkeleton.words(names[s.spelling])
                guard w.count >= 2 else { continue }
                spellingsOf[g, default: []].append(w)
                let head = ArabicNormalizer.matchKey(w[0])
                // a definite head too («الشركة التونسية للكهرباء» beside «… والغاز»)
                if NameEvidence.isOrganizationHead(head) || head.hasPrefix("ال") && NameEvidence.isOrganizationHead(String(head.dropFirst(2))) {
                    shortOfKey[ArabicNormalizer.matchKey(w.joined(separator: " "))] = g
                }
            }
        }
        var coordinated: [Int: Set<Int>] = [:], otherLonger: [Int: Set<Int>] = [:]
        for g in spellingsOf.keys.sorted() {
            for w in spellingsOf[g]! where w.count >= 3 {
                for cut in 2..<w.count {
                    guard let short = shortOfKey[ArabicNormalizer.matchKey(w[0..<cut].joined(separator: " "))], short != g else { continue }
                    var next = ArabicNormalizer.matchKey(w[cut])
                    // «و الغاز»: the conjunction written apart
                    if next == "و", cut + 1 < w.count { next += ArabicNormalizer.matchKey(w[cut + 1]) }
                    if next.hasPrefix("وال") || next.hasPrefix("ولل") {
                        if Self.startsNoCoordinatedPart(next) { continue }
                        coordinated[short, default: []].insert(g)
                    } else if articles[g] >= 2, !(cut + 1 == w.count && NameEvidence.isDemonym(next)) {
                        otherLonger[short, default: []].insert(g)
                    }
                }
            }
        }
        for short in coordinated.keys.sorted() {
            // the one longer name, or one written in three times as many articles as the others together
            // (a ministry renamed: "وزارة الفلاحة والصيد البحري" in two articles beside the current name)
            guard let forms = coordinated[short],
                  let long = forms.max(by: { articles[$0] != articles[$1] ? articles[$0] < articles[$1] : $0 > $1 }),
                  articles[long] >= 2, articles[long] >= 3 * forms.subtracting([long]).reduce(0, { $0 + articles[$1] }),
                  otherLonger[short]?.subtracting([long]).isEmpty ?? true,
                  groups[short].curated == nil || groups[long].curated == nil else { continue }
            if uf.union(long, short) {
                notes[long, default: []].append("\(name(short)) = \(name(long)): اسم المنظمة دون ما بعد «و» (الاسم الكامل في \(articles[long]) مقالات)")
            }
        }
    }

    /// A short organization name that names no one organization of a head: a head word alone («الاتحاد»,
    /// «الحزب»: a union, a newspaper, any party). It keeps a page apart rather than join the one longer
    /// name written with that head.
    static func namesNoOneOrganization(rest: String) -> Bool {
        guard !rest.contains(" ") else { return false }
        return NameEvidence.isPlaceOrInstitutionHead(rest) || NameEvidence.isPlaceOrInstitutionHead("ال" + rest)
    }

    /// The word after an inner و starts no coordinated part of the name: a participle («جيش البحر
    /// والمتمركز بنقطة…»: the unit stationed) or the head of another name («جمعية جربة والملعب التونسي»: two
    /// clubs). `word` is the match key with its و.
    static func startsNoCoordinatedPart(_ word: String) -> Bool {
        var stem = Substring(word.dropFirst())
        if stem.hasPrefix("ال") { stem = stem.dropFirst(2) } else if stem.hasPrefix("لل") { stem = stem.dropFirst(2) }
        let key = String(stem)
        return PhraseNames.hasParticipleShape(key) || NameEvidence.isPlaceOrInstitutionHead(key)
            || NameEvidence.isPlaceOrInstitutionHead("ال" + key) || NameHeads.facility.contains(key)
    }

    /// Heads that name a body inside an organization: its council, committee, office, parliamentary bloc.
    static let organHeads: Set<String> = Set(["مجلس", "لجنة", "مكتب", "كتلة", "أمانة", "رئاسة"].map(ArabicNormalizer.matchKey))

    /// Articles that name each group (as grouped so far).
    func articleCounts() -> [Int] {
        var articles = [Int](repeating: 0, count: groups.count), lastArticle = [Int](repeating: -1, count: groups.count)
        for (a, gs) in groupOfMention.enumerated() {
            for g in gs where lastArticle[g] != a { lastArticle[g] = a; articles[g] += 1 }
        }
        return articles
    }
}
