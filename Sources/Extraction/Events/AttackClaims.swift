/// The organization that claims an attack: «تبنى تنظيم داعش الهجوم», «أعلنت جماعة … مسؤوليتها عن التفجير»,
/// «التنظيم … يتبنى العملية», in the attack's sentence or the next one. Arabic news names the perpetrator
/// of a bombing this way far more often than as the subject of the attack's own verb.
extension EventExtractor {
    /// Verbs of claiming ("تبنى", "يتبنى").
    static let claimVerbs: WordSet = WordSet(["تبنى", "تبنت", "يتبنى", "تتبنى", "تبنوا", "يتبنون"].map(EventLexicon.key))
    /// Verbs of claiming whose object is a pronoun for the attack just reported: «… كنيسة في المدينة، تبناهما تنظيم داعش».
    static let pronounClaimVerbs: WordSet = WordSet(["تبناه", "تبناها", "تبناهما", "تبنته", "تبنتها", "تبنتهما", "يتبناه",
                                                     "يتبناها", "تتبناه", "تتبناها", "تبنوه", "تبنوها"].map(EventLexicon.key))
    /// Words that may stand between a claiming verb and the organization's name («تبناه تنظيم "داعش"»).
    static let groupWords: WordSet = WordSet(["تنظيم", "جماعة", "حركة"].map(EventLexicon.key))
    /// "مسؤوليته عن …" after a verb of announcing.
    static let responsibilityNouns: WordSet = WordSet(["مسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤولية"].map(EventLexicon.key))
    static let announceVerbs: WordSet = WordSet(["أعلن", "أعلنت", "يعلن", "تعلن", "أعلنا", "اعلنوا", "أكد", "أكدت"].map(EventLexicon.key))
    /// What is claimed: an attack named by a noun («الهجوم», «التفجير الانتحاري», «العملية»).
    static let claimedThings: WordSet = WordSet(["هجوم", "الهجوم", "هجومين", "الهجومين", "الهجمات", "هجمات", "التفجير", "تفجير",
                                                 "التفجيرات", "تفجيرات", "التفجيرين", "العملية", "عملية", "العمليات", "الاعتداء",
                                                 "اعتداء", "الاعتداءات", "الاغتيال", "اغتيال", "الهجمة", "الهجوم الانتحاري",
                                                 "الانفجار", "الانفجارين", "الغارة", "المجزرة", "الاعتداء الإرهابي"].map(EventLexicon.key))
    static let negations: WordSet = WordSet(["لم", "لا", "لن", "ما", "دون", "بدون"].map(EventLexicon.key))

    /// The claimant of the attack reported in sentence `si` of `allWords`: an organization (no news medium)
    /// next to a claim of that sentence or the next one whose object is an attack noun; nil when no claim is
    /// made, the claim is denied («لم تتبن أي جهة …») or its subject is not a named organization.
    /// A claim whose object is a pronoun («تبناهما تنظيم داعش») is read only in the attack's own sentence, after
    /// its trigger word `triggerWord`: there the pronoun can only stand for the attack just told.
    static func claimant(ofSentence si: Int, triggerWord: Int, allWords: [SentenceWords], mentionsBySentence: [Int: [Int]],
                         _ mentions: [Mention]) -> Int? {
        for s in [si, si + 1] where s < allWords.count {
            if let m = claimant(in: allWords[s], mentionIndexes: mentionsBySentence[s] ?? [], mentions,
                                pronounClaimsAfter: s == si ? triggerWord : nil) { return m }
        }
        return nil
    }

    static func claimant(in words: SentenceWords, mentionIndexes: [Int], _ mentions: [Mention],
                         pronounClaimsAfter trigger: Int? = nil) -> Int? {
        let n = words.words.count
        let orgs = mentionIndexes.compactMap { m -> (m: Int, a: Int, b: Int)? in
            guard mentions[m].type == .organization, !EventLexicon.isMedia(mentions[m].surface) else { return nil }
            let a = words.index(at: mentions[m].span.start)
            let b = max(a, words.index(at: max(mentions[m].span.start, mentions[m].span.end - 1)))
            return (m, a, b)
        }
        let claims = { (object: Int) in (object..<min(n, object + 3)).contains { words.has($0, in: claimedThings) } }
        for k in 0..<n {
            var subject: (m: Int, a: Int, b: Int)?
            let verb: Int
            if let trigger, k > trigger, words.has(k, in: pronounClaimVerbs) {
                // "… تبناهما تنظيم "داعش"": the named organization right after the verb, only group words
                // («تنظيم») or quotes between them.
                verb = k
                subject = orgs.first { o in
                    o.a > k && o.a <= k + 3 && ((k + 1)..<o.a).allSatisfy { words.has($0, in: groupWords) || isQuote(words.words[$0]) }
                }
                guard subject != nil else { continue }
            } else if words.has(k, in: claimVerbs) {
                // "تبنى تنظيم داعش الهجوم": the subject right after the verb, then the object.
                verb = k
                subject = orgs.first { $0.a == k + 1 || ($0.a == k + 2 && !words.words[k + 1].isPunct) }
                guard claims(subject.map { $0.b + 1 } ?? k + 1) else { continue }
            } else if words.has(k, in: responsibilityNouns),
                      words.isAny(k + 1, ["عنه", "عنها", "عنهما"]) || (words.isAny(k + 1, ["عن"]) && claims(k + 2)),
                      let v = (max(0, k - 10)..<k).last(where: { words.has($0, in: announceVerbs) }) {
                // "أعلن تنظيم داعش مسؤوليته عن الهجوم", "… في هجوم أعلن تنظيم داعش مسؤوليته عنه"
                verb = v
                subject = orgs.filter { $0.a > v && $0.b < k }.min { $0.a < $1.a }
            } else { continue }
            if (max(0, verb - 3)..<verb).contains(where: { words.has($0, in: negations) }) { continue }
            if let subject { return subject.m }
            // "تنظيم داعش يتبنى الهجوم": the subject just before the verb; "أن تنظيم داعش الإرهابي قد أعلن مسؤوليته
            // عن هذا الهجوم": past its adjectives and «قد», nothing else between.
            if let before = orgs.filter({ $0.b < verb && verb - $0.b <= 4 }).max(by: { $0.b < $1.b }),
               ((before.b + 1)..<verb).allSatisfy({ i in
                   !words.words[i].isPunct && (verb - before.b <= 2 || words.isAny(i, ["قد", "لقد"]) || SentenceEvents.isNisba(words.words[i].key))
               }) { return before.m }
        }
        return nil
    }

    static func isQuote(_ word: SentenceWords.Word) -> Bool {
        word.isPunct && word.text.unicodeScalars.allSatisfy { "\"«»“”'".unicodeScalars.contains($0) }
    }
}
