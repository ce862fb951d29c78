import ArabicText
import Foundation
import Extraction

/// How much the corpus supports an entity: features of its name and of how it was found, combined by
/// weights fitted on entities judged by reading (`bench/fit-entity-confidence` writes
/// `EntityConfidenceWeights` from `bench/audit/entity-judgments.tsv`). An entity whose score is under
/// the fitted threshold gets no page: a wrong page is worse than a missing one. Curated entities are
/// always kept.
///
/// The features are evidence a reader would weigh: how the name was found (a lexicon, a title, a head
/// word, a reporting verb, a first name, only pooled), in how many articles, what its words are (first
/// names, ordinary words, verbal nouns, a generic head with ordinary words after it), and where it
/// stands (sentences crowded with names, as lists and tables are).
public struct EntityEvidence: Sendable {
    public var name: String
    public var type: EntityType
    /// Values of `EntityConfidence.featureNames`, in that order.
    public var features: [Double]
    public var score: Double
    public var kept: Bool
}

public enum EntityConfidence {
    /// The features' names, in the order of `Feature` (the weights and `--entity-evidence` files use them).
    public static let featureNames: [String] = Feature.allCases.map(\.name)

    /// The features by position (`Feature.logMentions.rawValue` is the index of "log_mentions" in `featureNames`): a
    /// feature is set and read by its index, not by looking its name up (some 90 look-ups of a hashed name per entity).
    enum Feature: Int, CaseIterable {
        case bias, person, organization, logMentions, logArticles, oneArticle, ruleLexicon, ruleTitle, ruleOrgHead
        case rulePlaceHead, ruleVerb, ruleFirstName, rulePooled, words1, words3, words4plus, latin, firstIsFirstName
        case ordinaryShare, lastOrdinary, oneOrdinaryWord, firstWaw, firstDefinite, verbalNoun, lastFeminine
        case lastDemonym, genericHead, headThenOrdinary, listShare, logCues, logVariants, topVariantShare
        case nextSticky, prevNameSticky, nextNameWord, prevNameWord, startOfLonger, endOfLonger, dropLastKnown
        case dropFirstKnown, nameInLexicon, quoted, quotedOutlet

        /// The case's name in snake case, a digit run set apart: «logMentions» → «log_mentions», «words4plus» →
        /// «words_4plus».
        var name: String {
            var out = "", previous: Character?
            for c in String(describing: self) {
                if c.isUppercase {
                    out += "_" + c.lowercased()
                } else if c.isNumber, let p = previous, !p.isNumber {
                    out += "_" + String(c)
                } else {
                    out.append(c)
                }
                previous = c
            }
            return out
        }
    }

    /// The position of each feature in `featureNames`.
    static let featureIndex: [String: Int] = Dictionary(uniqueKeysWithValues: featureNames.enumerated().map { ($1, $0) })

    /// Per article, the number of mentions in each sentence (for `list_share`).
    static func mentionsPerSentence(_ extractions: [DocumentExtraction]) -> [[Int]] {
        extractions.map { ex in
            var n = [Int](repeating: 0, count: ex.sentences.count)
            for m in ex.mentions where m.sentence < n.count { n[m.sentence] += 1 }
            return n
        }
    }

    /// Heads of organizations that name a function, not an institution, when ordinary words follow:
    /// "إدارة النادي", "تنظيم الحوار", "حركة المرور", "مركز التدريب".
    static let genericHeads: Set<String> = Set(["اداره", "مركز", "شركه", "لجنه", "تنظيم", "حركه", "جمعيه", "مؤسسه", "موسسه",
                                            "مديريه", "مصلحه", "رئاسه", "هيئه", "نقابه", "منظمه", "وحده", "فريق", "مجموعه"].map(ArabicNormalizer.matchKey))

    static func features(name words: NameWords, type: EntityType, mentions: [MentionRef], extractions: [DocumentExtraction],
                         perSentence: [[Int]], context: NameContext, variants: Int, topVariantCount: Int) -> [Double] {
        var f = [Double](repeating: 0, count: featureNames.count)
        func set(_ n: Feature, _ v: Double) { f[n.rawValue] = v }
        set(.bias, 1)
        set(.person, type == .person ? 1 : 0)
        set(.organization, type == .organization ? 1 : 0)
        let n = Double(max(mentions.count, 1))
        var articles = 0, lastArticle = -1
        // mentions per rule, by `ruleSlot` (a dictionary keyed by the rule hashed it for every mention and every share)
        var rules = [Int](repeating: 0, count: DiscoveryRule.allCases.count)
        // distinct cues as `String` counts them, by their NFC bytes (`String`'s hashing normalizes every insert)
        var cues = Set<ArabicText.UTF8Key>()
        var crowded = 0
        var next: [UTF8Key: Int] = [:], previous: [UTF8Key: Int] = [:]
        var nextNameWords = 0, previousNameWords = 0, quoted = 0, quotedOutlet = 0
        for r in mentions {
            if let w = context.after[r.article][r.mention] {
                next[UTF8Key(w.key), default: 0] += 1
                if w.nameWord { nextNameWords += 1 }
            }
            if let w = context.before[r.article][r.mention], w.nameWord {
                previous[UTF8Key(w.key), default: 0] += 1
                previousNameWords += 1
            }
            if context.quoted[r.article][r.mention] { quoted += 1 }
            if r.article != lastArticle { articles += 1; lastArticle = r.article }
            let m = extractions[r.article].mentions[r.mention]
            rules[ruleSlot(m.rule)] += 1
            if let c = m.cue {
                cues.insert(CanonicalKeyIndex.canonical(c))
                // «قناة "العهد"»: a quoted name after an outlet head («قناة» alone is also a canal)
                if context.quoted[r.article][r.mention], NameEvidence.isMediaHead(ArabicNormalizer.matchKey(c)) { quotedOutlet += 1 }
            }
            if m.sentence < perSentence[r.article].count, perSentence[r.article][m.sentence] >= 5 { crowded += 1 }
        }
        set(.logMentions, log(n + 1))
        set(.logArticles, log(Double(articles) + 1))
        set(.oneArticle, articles <= 1 ? 1 : 0)
        func share(_ a: DiscoveryRule, _ b: DiscoveryRule? = nil) -> Double {
            Double(rules[ruleSlot(a)] + (b.map { rules[ruleSlot($0)] } ?? 0)) / n
        }
        set(.ruleLexicon, share(.lexicon, .known))
        set(.ruleTitle, share(.title, .apposition))
        set(.ruleOrgHead, share(.orgHead))
        set(.rulePlaceHead, share(.placeHead))
        set(.ruleVerb, share(.reportingVerb))
        set(.ruleFirstName, share(.firstName, .kunya))
        set(.rulePooled, share(.pooled))
        let name = words.name, tokens = words.words
        let keys = words.keys
        set(.words1, keys.count <= 1 ? 1 : 0)
        set(.words3, keys.count == 3 ? 1 : 0)
        set(.words4plus, keys.count >= 4 ? 1 : 0)
        set(.latin, name.unicodeScalars.contains { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) } ? 1 : 0)
        guard let first = keys.first, let last = keys.last else { return f }
        set(.firstIsFirstName, NameEvidence.isFirstName(first) ? 1 : 0)
        set(.nameInLexicon, NameEvidence.isLexiconName(name) ? 1 : 0)
        let ordinary = keys.map(isOrdinaryNameWord)
        set(.ordinaryShare, Double(ordinary.filter { $0 }.count) / Double(keys.count))
        set(.lastOrdinary, ordinary.last! ? 1 : 0)
        set(.oneOrdinaryWord, keys.count == 1 && ordinary[0] ? 1 : 0)
        set(.firstWaw, startsWithConjunction(first) ? 1 : 0)
        set(.firstDefinite, ArabicText.UTF8Key.hasPrefix(first, "ال") ? 1 : 0)
        set(.verbalNoun, keys.contains(where: NameEvidence.hasVerbalNounShape) ? 1 : 0)
        set(.lastFeminine, ArabicText.UTF8Key.hasSuffix(tokens.last!.text, "ة") ? 1 : 0)
        set(.lastDemonym, keys.count > 1 && NameEvidence.isDemonym(last) ? 1 : 0)
        let generic = genericHeads.contains(first)
        set(.genericHead, generic ? 1 : 0)
        set(.headThenOrdinary, keys.count > 1 && NameEvidence.isOrganizationHead(first) && !ordinary.dropFirst().contains(false) ? 1 : 0)
        set(.listShare, Double(crowded) / n)
        set(.quoted, Double(quoted) / n)
        set(.quotedOutlet, Double(quotedOutlet) / n)
        set(.logCues, log(Double(cues.count) + 1))
        set(.logVariants, log(Double(variants)))
        set(.topVariantShare, Double(topVariantCount) / n)
        // the neighbours: a word that follows (or a name word that precedes) most mentions is likely cut off
        let topNext = next.values.max() ?? 0, topPrevious = previous.values.max() ?? 0
        set(.nextSticky, topNext >= 2 ? Double(topNext) / n : 0)
        set(.prevNameSticky, topPrevious >= 2 ? Double(topPrevious) / n : 0)
        set(.nextNameWord, Double(nextNameWords) / n)
        set(.prevNameWord, Double(previousNameWords) / n)
        // the nesting: part of longer names, or a name found elsewhere plus a word
        // (the keys joined once for the three tables)
        let nested = context.nesting(of: keys)
        let own = Double(nested.own), starting = Double(nested.starting), ending = Double(nested.ending)
        set(.startOfLonger, starting / (starting + max(own, 1)))
        set(.endOfLonger, ending / (ending + max(own, 1)))
        if keys.count > 1 {
            set(.dropLastKnown, log(Double(context.mentions(of: Array(keys.dropLast()))) + 1))
            set(.dropFirstKnown, log(Double(context.mentions(of: Array(keys.dropFirst()))) + 1))
        }
        return f
    }

    /// A word key that is an ordinary word and neither a first name nor a lexicon name (the `ordinary_share` words),
    /// remembered per key: the entities of a corpus share most of their words, and the three look-ups cost ~6,000
    /// instructions a word.
    static func isOrdinaryNameWord(_ key: String) -> Bool {
        ordinaryNameWords.value(of: key) { NameEvidence.isOrdinaryWord($0) && !NameEvidence.isFirstName($0) && !NameEvidence.isLexiconName($0) }
    }
    static let ordinaryNameWords = WordMemo<Bool>()

    /// The rule's position in `DiscoveryRule.allCases`.
    static func ruleSlot(_ rule: DiscoveryRule) -> Int {
        switch rule {
        case .lexicon: 0
        case .known: 1
        case .title: 2
        case .apposition: 3
        case .reportingVerb: 4
        case .orgHead: 5
        case .placeHead: 6
        case .firstName: 7
        case .kunya: 8
        case .pooled: 9
        }
    }

    /// Prepositions as written (the alef maqsura of «على» and «إلى» tells them from the names علي and إلي).
    static let writtenPrepositions: Set<String> = ["على", "إلى", "الى", "في", "من", "عن", "مع", "لدى", "حتى"]

    /// A name that starts with a preposition as written («على هامش», «في كل») is a phrase, whatever the
    /// corpus pooled from it.
    static func startsWithPreposition(_ name: NameWords) -> Bool {
        guard let first = name.words.first else { return false }
        return writtenPrepositions.contains(first.text)
    }

    /// A word of the name is the particle أنّ / إنّ as written (with its hamza), with or without a proclitic
    /// or a pronoun («عماد الدربال أنّهم», «بأن العامري»): a clause glued onto a name, never part of one.
    static func hasParticleWord(_ name: NameWords) -> Bool {
        // (the particle is written with أ or إ: a name without either has none)
        guard WaslHamza.hasHamzaAlef(name.name) else { return false }
        return name.words.contains { t in
            var w = MarklessScalars.of(t.text)
            if let f = w.first, ["و", "ف", "ب", "ل", "ك"].contains(Character(f)), w.count > 2 { w.removeFirst() }
            guard let f = w.first, f == "أ" || f == "إ", w.count >= 2, w[1] == "ن" else { return false }
            let rest = String(String.UnicodeScalarView(w.dropFirst(2)))
            return particleSuffixes.contains(rest)
        }
    }
    static let particleSuffixes: Set<String> = ["", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "كم", "ك"]

    /// A person name of two words or more, named in one article, whose last word is an ordinary word in
    /// any form and no name word (`NameEvidence.isInflectedOrdinaryWord`) and ends no other name of the
    /// corpus: «رمضان بكثرة», «سليم وابتعاده», «منتظر سيجمعه». A family name that is also a word ends other
    /// names («حشاد», «فرحات»): `otherNamesEndingWith` gives, for the last word's key, the mentions of other
    /// names that end with it or are it.
    /// A month name that is also a first name («رمضان», «شعبان») before an ordinary word in any form is the
    /// month in a phrase: «رمضان المنقضي», «رمضان يكثر», «رجب بسرور» (`isMonthPhraseWord`). A possessed feminine
    /// noun («جوهر مهمتها») needs no other check.
    static func endsOnOrdinaryWord(_ name: NameWords, _ features: [Double], otherNamesEndingWith: (String) -> Int) -> Bool {
        let words = name.words
        guard words.count >= 2, features[Feature.oneArticle.rawValue] == 1, let last = words.last else { return false }
        let monthPhrase = words.count == 2 && NameEvidence.monthFirstNames.contains(words[0].key) && NameEvidence.isMonthPhraseWord(last.text)
        guard monthPhrase || NameEvidence.isInflectedOrdinaryWord(last.text) else { return false }
        // a possessed noun ends no family name, however many other names end with it («إبان مهمتها»)
        return NameEvidence.isFeminineNounWithPronoun(last.text) || otherNamesEndingWith(last.key) == 0
    }

    /// A word that may be part of a name: a first name, a name of the lexicon, or no ordinary word.
    /// A title, head, role word or demonym, with or without a proclitic («بمحافظة», «الوزير»), is none.
    static func isNameWord(_ key: String) -> Bool {
        NameEvidence.isFirstName(key) || NameEvidence.isLexiconName(key)
            || (!NameEvidence.isOrdinaryWord(key) && !NameEvidence.isNameCue(key))
    }

    /// The first word starts with the conjunction و: a و the word does not begin with as written
    /// ("وزارة", "وكالة", "وليد" are words; "وخالد" is و + a name).
    static func startsWithConjunction(_ key: String) -> Bool {
        guard ArabicText.UTF8Key.hasPrefix(key, "و"), key.unicodeScalars.count >= 3 else { return false }
        func known(_ k: String) -> Bool { NameEvidence.isFirstName(k) || NameEvidence.isLexiconName(k) || NameEvidence.isWordAsWritten(k) }
        return !known(key) && known(String(key.unicodeScalars.dropFirst()))
    }

    /// A person name without a family name: one word ("التومي", "منير"), a surname with its particle
    /// ("بن جازية", "عبد اللاوي"), or a compound first name alone ("عز الدين"). Such a name on a page of
    /// its own is cut from a full name or shared by several people.
    static func isBarePersonName(_ name: NameWords) -> Bool {
        let keys = name.keys
        if keys.count < 2 { return true }
        // a surname with its particle, or a compound first name alone ("عبد الملك", "عز الدين", "سيف الله")
        return keys.count == 2 && (["بن", "ابن", "عبد", "بنت"].contains(keys[0]) || ["الدين", "الله", "الرحمن"].contains(keys[1]))
    }

    /// A person name made of first names only («محمد علي») that another name word follows in most of its ten
    /// mentions or more: the start of several people's full names, not one person. (Under ten mentions the
    /// share is noise: names in lists of full names, «رشيد رضوان», «معتصم جعفر», are people.)
    static func isFirstNamesOfLongerNames(_ name: NameWords, _ features: [Double]) -> Bool {
        let keys = name.keys
        return keys.count >= 2 && keys.allSatisfy(NameEvidence.isFirstName)
            && features[Feature.nextNameWord.rawValue] >= 0.5 && features[Feature.logMentions.rawValue] >= log(11.0) - 1e-9
    }

    /// The score of a feature vector: the logistic function of the weighted sum (0.5 with no weights).
    public static func score(_ features: [Double]) -> Double {
        var z = 0.0
        for i in featureNames.indices { z += weightVector[i] * features[i] }
        return 1 / (1 + exp(-z))
    }

    /// The weight of each feature of `featureNames`, in that order (0 for a feature without one): the sum in
    /// the same order with the same numbers, without looking each name up for every entity.
    static let weightVector: [Double] = featureNames.map { EntityConfidenceWeights.weights[$0] ?? 0 }

    /// The entity's name is a place or organization of the built-in lexicon, or most of its mentions were
    /// found through it: kept whatever the score (`bench/fit-entity-confidence` leaves them out of the fit).
    public static func isLexiconFound(_ features: [Double]) -> Bool {
        features[Feature.ruleLexicon.rawValue] >= 0.5 || features[Feature.nameInLexicon.rawValue] == 1
    }

    /// An organization named in ten articles or more: kept whatever the score. The judged sample, drawn
    /// at random, holds few such names, and the fitted weights do not extrapolate to them (ministries and
    /// broadcasters named in hundreds of articles scored under the threshold); judged, 90% of them are right.
    public static func isFrequentOrganization(_ type: EntityType, _ features: [Double]) -> Bool {
        type == .organization && features[Feature.logArticles.rawValue] >= log(11.0) - 1e-9
    }

    /// An official name of a body of one country or region written whole in two articles or more: a definite
    /// organization head, a nationality adjective and what the body is for in ل («الشركة التونسية للكهرباء والغاز»,
    /// «الجامعة التونسية لكرة اليد», «البنك الألماني للتنمية»). Kept whatever the score: its words are ordinary words,
    /// which the weights count against a name, but the head, the nationality and the complement together make
    /// it one body (read on ANT 10k: the 23 such pages of two to nine articles all right; the 2 cut names met, before a
    /// word that follows many of their mentions, are left to the score by the sticky-word test below).
    static func isOfficialBodyName(_ name: NameWords, _ type: EntityType, _ features: [Double]) -> Bool {
        // (one word after a third of its mentions or more says the name goes on: «المعهد التونسي للمستشارين [الجبائيين]»)
        guard type == .organization, features[Feature.oneArticle.rawValue] == 0,
              features[Feature.nextSticky.rawValue] < 1.0 / 3 else { return false }
        let keys = name.keys
        guard keys.count >= 3, keys[0].hasPrefix("ال"), NameEvidence.isOrganizationHead(String(keys[0].dropFirst(2))),
              keys[1].hasPrefix("ال"), NameEvidence.isDemonym(keys[1]), keys[2].hasPrefix("ل") else { return false }
        return true
    }

    /// Most mentions are a quoted name after an outlet head («قناة "العهد"», «صحيفة "السفير"»): a
    /// newspaper's or a channel's own name, kept whatever the score (judged, 29 of 31 such names are right;
    /// the weights, fitted mostly on other names, give titles made of ordinary words a low score).
    public static func isQuotedOutlet(_ features: [Double]) -> Bool {
        features[Feature.quotedOutlet.rawValue] >= 0.5
    }

    /// Entities scoring below this get no page.
    public static var threshold: Double { EntityConfidenceWeights.threshold }
}
