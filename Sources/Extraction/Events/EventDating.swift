import ArabicDates
import ArabicText

/// Which date of its sentence an event takes: the expression that governs the clause of the trigger.
struct EventDating {
    let words: SentenceWords
    let dates: [DateMention]
    /// The article's date from its metadata: nothing that happened is dated after it.
    let reference: PartialDate?

    /// The chosen date mention and, when no date governs the event but its report is dated, that report
    /// date (the event happened by then: used with `inferred`).
    func choose(for e: SentenceEvents.Found, candidates: [Int]) -> (date: Int?, reportDate: Int?) {
        var best: (Int, Int)?
        var reportDate: Int?
        for c in candidates {
            let d = dates[c]
            let first = words.index(at: d.span.start)
            let last = max(first, words.index(at: max(d.span.start, d.span.end - 1)))
            // "منذ أبريل": the start of a series, not the event's date.
            if first > 0, words.isAny(first - 1, ["منذ"]) { continue }
            // "قضت المحكمة بتاريخ 6 فيفري على المتهم بالاعتداء": a date before a charged deed is the charge's, not the deed's.
            if first < e.triggerWord, charged(e.triggerWord) { continue }
            // "من مواليد سنة 1988", "يبلغ من العمر": a birth, not the event.
            if (max(0, first - 3)..<first).contains(where: { words.isAny($0, ["مواليد", "مولود", "المولود", "ولد", "ولدت"]) }) { continue }
            // "بشأن هجوم الليلة الماضية": a date right after another event word is that event's — unless that
            // event is the operation the trigger's clause happened in ("بعد عملية مداهمة فجر اليوم … من القبض
            // على", "خلال اشتباكات الليلة الماضية قتل"): then it dates the trigger after it too.
            // So does a relative clause on the operation that is the subject ("أسفرت عمليات التمشيط التي تنفذها
            // الوحدات … فجر اليوم الخميس عن إلقاء القبض على …").
            let operation = e.triggerWord > first && ((max(0, first - 2)..<first).contains { operationAdjunct($0) }
                || e.foreignWords.contains { $0.contains(first) && $0.upperBound <= e.triggerWord && operationRelative(at: $0.lowerBound) })
            if !operation, e.otherTriggerWords.contains(where: { $0 < first && first - $0 <= 2 && abs(first - e.triggerWord) > first - $0 }) { continue }
            // "بمناسبة الذكرى 22 جانفي 1952": a date right after an anniversary noun names the anniversary; "الذكرى
            // الأربعين لمقتل شقيقه": an anniversary's event takes no date before it (the day it is marked).
            if commemorates(first, reach: 2) || (first < e.triggerWord && commemorates(e.triggerWord)) { continue }
            // "غداً", "الأحد المقبل": a date after the article's own is a plan.
            if let ref = reference, ref.day != nil, let v = d.date, v.precision == .day, ref < v { continue }
            // A date inside a relative clause or a cause phrase that does not hold the trigger; a trigger
            // inside one takes only that phrase's dates.
            // (but the time of an earlier clause that led to the event: "الاحتجاج الذي نظموه أمس … ونتج عن ذلك إيقاف")
            if e.foreignWords.contains(where: { $0.contains(first) && !(operation && $0.upperBound <= e.triggerWord) }),
               !consequenceCarries(from: first, through: last, to: e.triggerWord, candidates: candidates) { continue }
            if let own = e.ownWords, !own.contains(first), !siblingRelative(dateAt: first, own: own, foreign: e.foreignWords),
               !relativeHeadGoverned(dateAt: first, own: own, triggers: e.triggerWords) { continue }
            // "شهدت المنطقة في 17 ماي حادثة اختطاف", "تمكنت فجر اليوم من إحباط الهجوم": the noun is the object of a verb
            // of doing or undergoing, or of a response, that the date stands in the clause of.
            let governed = governs(dateAt: first, trigger: e.triggerWord, triggers: e.triggerWords)
            if e.referenced, !governed, !(first > e.triggerWord && asideFreeCount((e.triggerWord + 1)..<first) <= Self.referencedReach
                               && !((e.triggerWord + 1)..<first).contains { e.triggerWords.contains($0) || words.has($0, in: EventLexicon.complementizer) }) { continue }
            // A date after a modal word that follows the trigger dates the plan ("… حيث حضر قمة … إنه سيستقبل
            // النقابات بداية الأسبوع المقبل").
            if let m = e.modalAfter, first > m { continue }
            // "عاشت أحداث تفجير المطار في مداخلة لها اليوم الجمعة": a date after an interview's noun that follows a
            // violent event's trigger is the day it was told.
            if Self.toldTypes.contains(e.type), first > e.triggerWord,
               (max(e.triggerWord + 1, first - Self.toldReach)..<first).contains(where: { words.has($0, in: Self.interviewNouns) }) {
                if reportDate == nil { reportDate = c }
                continue
            }
            if e.type == .statement {
                // A report is dated by the date of its own clause, to the day or month.
                guard let zone = e.reportWords, zone.contains(first), first < e.triggerWord || first - (e.speakerEnd ?? e.triggerWord) <= 5,
                      d.date.map({ $0.precision != .year }) ?? !Self.isElapsed(d.text),
                      ArabicDateParser.parse(d.text).first.map({ $0.statedPrecision != .year }) ?? true else { continue }
            } else if !governed, e.reportZones.contains(where: { $0.verb < e.triggerWord && $0.zone.contains(first) && !$0.zone.contains(e.triggerWord) }) {
                // The date of a report ("أعلنت الوزارة اليوم أن …") dates the report, not what it reports.
                if reportDate == nil { reportDate = c }
                continue
            } else if e.nominal, !governed, first < e.triggerWord || ((e.triggerWord + 1)..<first).contains(where: { words.has($0, in: EventContextLexicon.reportNouns) }),
                      e.reportZones.contains(where: { $0.verb < e.triggerWord && $0.zone.contains(first) }) {
                // "أعلن العراق في 9 يوليو عن اعتقال …": the announcement's date, not the arrest's.
                if reportDate == nil { reportDate = c }
                continue
            }
            // A named victim's killing as a noun is dated by what follows it ("اغتيال فلان في 3 يناير"); a date
            // before it dates another verb.
            // (unless the clause it stands in led to the killing: "العملية التي جدت يوم … أسفرت عن استشهاد فلان")
            if e.type == .killing, e.nominal, !e.targets.isEmpty, first < e.triggerWord,
               !consequenceCarries(from: first, through: last, to: e.triggerWord, candidates: candidates) { continue }
            let lo = min(last, e.triggerWord), hi = max(first, e.triggerWord)
            let between = (lo + 1)..<max(lo + 1, hi)
            let sameClause = e.wordRange.contains(first)
            let followsTrigger = first > e.triggerWord && between.count <= 4
            // An event referred back to ("الاعتداء") takes a date before it only close by ("أمس، وأسفر الهجوم"): further
            // back, the date is another verb's ("كان قد عاد بعد ظهر اليوم … المصاب في الاعتداء").
            if e.anaphoric, !governed, !followsTrigger, !sameClause || (first < e.triggerWord && between.count > 4) || between.contains(where: { e.triggerWords.contains($0) }) { continue }
            // "منذ يومين", "منذ سنوات": a duration counted back dates only the verb or noun right by it (not "اعتقال ستة
            // أشخاص من عصابة احتالوا على البنوك منذ سنوات").
            if between.count > Self.elapsedReach, Self.isElapsed(d.text) { continue }
            // "سيارة مسروقة منذ أيام قليلة، استخدمها الإرهابيون في تفجير …": a duration a comma parts from the trigger after
            // it is of the words before it.
            if last < e.triggerWord, first > 0, !words.words[first - 1].isPunct, between.contains(where: { words.words[$0].isPunct }),
               Self.isElapsed(d.text) { continue }
            let distance = (first > e.triggerWord ? 0 : 1) + between.count * 2 + (sameClause ? 0 : 100)
            if best == nil || distance < best!.1 { best = (c, distance) }
        }
        return (best?.0, reportDate)
    }

    /// How many words (parenthesised asides left out) may stand between an event referred back to and a date after it.
    static let referencedReach = 7

    /// The words of `range` outside parenthesised asides («محسن فكري (31 عاما) في أكتوبر»: the age is not counted).
    func asideFreeCount(_ range: Range<Int>) -> Int {
        var depth = 0, count = 0
        for i in range {
            let w = words.words[i]
            if w.isPunct, w.text.unicodeScalars.contains(where: { $0 == "(" }) { depth += 1; continue }
            if w.isPunct, w.text.unicodeScalars.contains(where: { $0 == ")" }) { depth = max(0, depth - 1); continue }
            if depth == 0 { count += 1 }
        }
        return count
    }

    /// Events a later statement may tell of ("في مداخلة لها اليوم"): a date after the statement's noun is not theirs.
    static let toldTypes: Set<EventType> = [.attack, .airstrike, .killing, .clash, .arrest, .other]
    /// Nouns of an interview or a talk, where people recall what happened before (not a communiqué, «بيان», «بلاغ»,
    /// which reports the day's news).
    static let interviewNouns = WordSet(["مداخلة", "حوار", "مقابلة", "برنامج", "ندوة", "تدوينة", "حديث", "استضافته",
                                         "استضافتها"].map(EventLexicon.key))
    /// How many words before a date an interview's noun makes it the interview's.
    static let toldReach = 6

    /// Words that say the event was the outcome or the next step of what was said before it ("نتج عن ذلك
    /// إيقاف", "مما أسفر عن مقتل", "وتم اعتقال", "ثم اعتقل").
    /// (A bare «تم» is the passive auxiliary, "فقد تم استهداف الموقع", not a link.)
    static let consequenceLinks = WordSet(["نتج", "نتجت", "وتم", "فتم", "ثم", "أسفر", "أسفرت", "اسفر", "اسفرت", "أدى",
                                           "أدت", "ادت", "ادى"].map(EventLexicon.key))
    /// Nouns of a statement whose date follows them: that date is the statement's.
    static let statementNouns = WordSet(["بلاغ", "بيان", "تصريح", "تصريحات", "البلاغ", "البيان"].map(EventLexicon.key))
    /// How many words before the trigger its consequence link may stand ("نتج عن ذلك إيقاف": three).
    static let consequenceReach = 3
    /// How far back (in words) the date of the clause that led to the event may stand.
    static let consequenceSpan = 30

    /// True when the date whose last word is `last` stands in an earlier clause that the event at `trigger`
    /// follows from ("الاحتجاج الذي نظمته التنسيقية أمس الثلاثاء … وقد نتج عن ذلك إيقاف محتجين", "الذي اقتحمته
    /// القوات صباح اليوم … وتم اعتقال أحد الحراس"): a consequence link right before the trigger, the date at most
    /// `consequenceSpan` words before it, and no other date between them; never a statement's date ("البيان الذي
    /// أصدرته اليوم … وتم").
    func consequenceCarries(from first: Int, through last: Int, to trigger: Int, candidates: [Int]) -> Bool {
        guard last < trigger, trigger - last <= Self.consequenceSpan,
              !(max(0, first - 4)..<first).contains(where: { words.has($0, in: Self.statementNouns) }),
              ((max(last + 1, trigger - Self.consequenceReach))..<trigger).contains(where: { words.has($0, in: Self.consequenceLinks) })
        else { return false }
        return !candidates.contains { c in
            let at = words.index(at: dates[c].span.start)
            return at > last && at < trigger
        }
    }

    /// Words of a charge or suspicion whose complement names a deed done before it ("المتهم بالاعتداء", "المتورطين في
    /// قتل", "بتهمة القتل", "للاشتباه في").
    static let chargeWords = WordSet(["متهم", "المتهم", "متهمين", "المتهمين", "متهمون", "المتهمون", "المتهمة", "متهمة", "تهمة",
                                      "تهم", "التهمة", "متورط", "المتورط", "متورطين", "المتورطين", "متورطون", "المتورطون",
                                      "شبهة", "شبهات", "الاشتباه", "المدان", "المدانين", "مدان"].map(EventLexicon.key))

    /// True when the trigger at `trigger` is the deed a charge names, right after it or after its «في» / «ب»: the deed is
    /// older than the clause that tells of the charge, and neither that clause's date nor the day it was reported is its.
    func charged(_ trigger: Int) -> Bool {
        guard trigger > 0 else { return false }
        if words.has(trigger - 1, in: Self.chargeWords) { return true }
        return trigger > 1 && words.isAny(trigger - 1, ["في", "ب"]) && words.has(trigger - 2, in: Self.chargeWords)
    }

    /// How many words may stand between an event's trigger and a duration counted back that dates it.
    static let elapsedReach = 5

    /// True when a date mention's text is a duration counted back ("منذ يومين", "منذ سنوات").
    /// (the answer for each date text met kept by its bytes: the same few texts, «اليوم», «أمس», «يوم الأحد», recur)
    static func isElapsed(_ text: String) -> Bool {
        elapsedMemo.value(of: text, parsesAsElapsed)
    }

    private static let elapsedMemo = SharedWords<Bool>(slots: 1 << 12, longestKept: 96)

    /// `isElapsed(_:)`, parsed.
    static func parsesAsElapsed(_ text: String) -> Bool {
        guard let e = ArabicDateParser.parse(text).first, case .elapsed = e.anchor else { return false }
        return true
    }

    /// Nouns of a response whose object is the attack it met, at its time ("إحباط الهجوم", "صد الهجوم", "التصدي للهجوم").
    static let responseNouns = WordSet(["احباط", "إحباط", "صد", "لصد", "التصدي", "افشال", "إفشال"].map(EventLexicon.key))
    /// How many words before a nominal trigger a verb of doing or undergoing may stand with the date between them.
    static let governorReach = 12

    /// True when the date at `first` stands between a verb of doing or undergoing and the nominal trigger it governs
    /// ("شهدت المنطقة في 17 ماي من السنة الماضية حادثة اختطاف", "تعرض شقيقه، فلان، اليوم إلى عملية اختطاف"), or
    /// before a response noun right before the trigger ("تمكنت الوحدات فجر اليوم من إحباط الهجوم"), with no other
    /// event word or complementizer between them.
    func governs(dateAt first: Int, trigger: Int, triggers: [Int]) -> Bool {
        guard first < trigger else { return false }
        let clear = { (r: Range<Int>) in !r.contains { triggers.contains($0) || words.has($0, in: EventLexicon.complementizer) } }
        if (max(0, trigger - 2)..<trigger).contains(where: { words.has($0, in: Self.responseNouns) }) {
            return trigger - first <= 8 && clear((first + 1)..<trigger)
        }
        let lo = max(0, trigger - Self.governorReach)
        return (lo..<max(lo, first)).contains { p in
            words.has(p, in: EventExtractor.performVerbs) && clear((p + 1)..<trigger)
                && !((p + 1)..<first).contains { words.has($0, in: EventLexicon.reporting) }
        }
    }

    /// True when the trigger's own relative clause describes an event noun right before it that a verb of doing or a
    /// response governs with the date ("تمكنت فجر اليوم من إحباط الهجوم المسلح الذي استهدف الثكنة"): the clause tells
    /// that same event.
    func relativeHeadGoverned(dateAt first: Int, own: Range<Int>, triggers: [Int]) -> Bool {
        guard first < own.lowerBound, words.has(own.lowerBound, in: EventContextLexicon.relatives),
              let head = triggers.last(where: { $0 < own.lowerBound && own.lowerBound - $0 <= 3 }) else { return false }
        return governs(dateAt: first, trigger: head, triggers: triggers.filter { $0 != head })
    }

    /// True when the date at `first` is in a relative clause that the trigger's own relative clause goes on from, on the
    /// same head ("العملية التي جدت أمس، والتي أسفرت عن القضاء على …"): only punctuation between them, the second
    /// pronoun with «و».
    func siblingRelative(dateAt first: Int, own: Range<Int>, foreign: [Range<Int>]) -> Bool {
        guard let r = foreign.first(where: { $0.contains(first) }), r.upperBound <= own.lowerBound,
              words.has(r.lowerBound, in: EventContextLexicon.relatives), words.has(own.lowerBound, in: EventContextLexicon.relatives),
              words.words[own.lowerBound].key.hasPrefix("و") else { return false }
        return (r.upperBound..<own.lowerBound).allSatisfy { words.words[$0].isPunct }
    }

    /// Nouns of an anniversary ("الذكرى", "ذكرى").
    static let anniversaryNouns = WordSet(["ذكرى", "الذكرى"].map(EventLexicon.key))
    /// How many words before an event's trigger an anniversary noun makes it the anniversary's ("الذكرى الرابعة لاغتيال").
    static let anniversaryReach = 3

    /// True when an anniversary noun stands in the `reach` words before word `i`: what word `i` names is history.
    func commemorates(_ i: Int, reach: Int = anniversaryReach) -> Bool {
        (max(0, i - reach)..<i).contains { words.has($0, in: Self.anniversaryNouns) }
    }

    /// Words that make the operation named after them the one a clause happened in.
    static let operationPrepositions = ["بعد", "اثر", "عقب", "خلال", "اثناء"].map(EventLexicon.key)
    /// Nouns of security operations (not of the attacks they answer: "بعد هجوم الأحد" dates only the attack).
    static let operationNouns = ["عملية", "حملة", "مداهمة", "مداهمات", "كمين", "اشتباك", "اشتباكات", "مطاردة", "عمليات",
                                 "حملات", "تبادل", "مواجهة", "مواجهات"].map(EventLexicon.key)

    /// True when word `i` is a relative pronoun right after an operation noun ("عمليات التمشيط التي", "الحملة التي").
    func operationRelative(at i: Int) -> Bool {
        i > 0 && words.has(i, in: EventContextLexicon.relatives) && (max(0, i - 2)..<i).contains { words.isAny($0, Self.operationNouns) }
    }

    /// True when word `i` names a security operation ("عملية مداهمة", "حملة", "اشتباكات") right after a
    /// preposition of the operation a clause happened in ("بعد عملية مداهمة", "خلال اشتباكات").
    func operationAdjunct(_ i: Int) -> Bool {
        guard words.isAny(i, Self.operationNouns) || (i > 0 && words.isAny(i - 1, Self.operationNouns)) else { return false }
        return (max(0, i - 2)..<i).contains { words.isAny($0, Self.operationPrepositions) }
    }
}
