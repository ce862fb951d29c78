import ArabicText

/// A word that signals an event.
struct EventTrigger: Sendable {
    var type: EventType
    /// A verbal noun or plural ("الهجمات") rather than a finite verb.
    var nominal: Bool
    var plural: Bool
    /// The event needs a military object nearby (نشر قوات, سحب القوات) to count.
    var needsMilitaryObject: Bool
    /// Only with a weapon nearby (أطلقت خمسة صواريخ).
    var needsWeapon: Bool
}

/// Trigger words, modal and negation markers, instruments and counted nouns, keyed by
/// `ArabicNormalizer.matchKey` of the bare word (no proclitic, no article).
enum EventLexicon {
    static func key(_ s: String) -> String { ArabicNormalizer.matchKey(s) }

    /// (looked up for every reading of every word: by bytes, see `WordMap`)
    static let triggers = WordMap<EventTrigger>({
        var t: [String: EventTrigger] = [:]
        func add(_ type: EventType, verbs: [String] = [], nouns: [String] = [], plurals: [String] = [],
                 military: Bool = false, weapon: Bool = false) {
            for v in verbs { t[key(v)] = EventTrigger(type: type, nominal: false, plural: false, needsMilitaryObject: military, needsWeapon: weapon) }
            for v in nouns { t[key(v)] = EventTrigger(type: type, nominal: true, plural: false, needsMilitaryObject: military, needsWeapon: weapon) }
            for v in plurals { t[key(v)] = EventTrigger(type: type, nominal: true, plural: true, needsMilitaryObject: military, needsWeapon: weapon) }
        }
        add(.attack, verbs: ["هاجم", "هاجمت", "هاجموا", "استهدف", "استهدفت", "استهدفوا", "قصفت", "قصفوا", "فجرت",
                             "اعتدى", "اعتدت", "اعتدوا"],
             nouns: ["هجوم", "هجوما", "هجمة", "اعتداء", "استهداف", "قصف", "ضربة", "تفجير"],
             plurals: ["هجمات", "هجومات", "هجومين", "اعتداءات", "ضربات", "تفجيرات", "قصفها", "هجماتها", "هجماتهم",
                       "ضرباتها", "استهدافها", "اعتداءاتها"])
        // Present-tense attack verbs report a series ("هجمات … تستهدف السفارة"): counted as plural.
        for v in ["يهاجم", "تهاجم", "يستهدف", "تستهدف", "يقصف", "تقصف", "يستهدفون", "تستهدفان"] {
            t[key(v)] = EventTrigger(type: .attack, nominal: false, plural: true, needsMilitaryObject: false, needsWeapon: false)
        }
        add(.attack, verbs: ["أطلق", "أطلقت", "أطلقوا", "انطلقت"], nouns: ["إطلاق"], weapon: true)
        // غارة is a raid; with جوية or aircraft near it, an airstrike (SentenceEvents).
        add(.attack, nouns: ["غارة"], plurals: ["غارات"])
        add(.killing, verbs: ["اغتال", "اغتالت", "قتل", "قتلت", "قتلوا", "استشهد", "استشهدوا"],
             nouns: ["اغتيال", "مقتل", "مصرع", "تصفية", "باغتيالهم", "اغتياله", "استشهاد", "مصرعه", "مصرعها", "مصرعهم",
                     "حتفه", "حتفها", "حتفهم"])
        add(.clash, verbs: ["اشتبك", "اشتبكت", "اشتبكوا"], nouns: ["اشتباك"], plurals: ["اشتباكات", "مواجهات", "معارك", "مناوشات"])
        add(.arrest, verbs: ["اعتقل", "اعتقلت", "اعتقلوا", "أوقف", "أوقفت", "أوقفوا"],
             nouns: ["اعتقال", "قبض", "توقيف", "إيقاف"], plurals: ["اعتقالات"])
        add(.deployment, verbs: ["نشر", "نشرت", "ينشر", "تنشر"], nouns: ["انتشار"], military: true)
        add(.withdrawal, verbs: ["انسحب", "انسحبت", "سحب", "سحبت", "يسحب"], nouns: ["انسحاب", "خروج"], military: true)
        add(.meeting, verbs: ["اجتمع", "اجتمعت", "اجتمعوا", "اجتمعنا", "التقى", "التقت", "يلتقي", "استقبل", "استقبلت"],
             nouns: ["اجتماع", "اجتماعا", "لقاء", "قمة", "جلسة"], plurals: ["محادثات", "مباحثات"])
        add(.visit, verbs: ["زار", "زارت", "زاروا", "يزور", "تزور"], nouns: ["زيارة", "زيارته", "زيارتها"])
        add(.statement, verbs: ["قال", "قالت", "أعلن", "أعلنت", "صرح", "صرحت", "أكد", "أكدت", "أفاد", "أفادت",
                                "ذكر", "ذكرت", "أوضح", "أوضحت", "أبلغ", "أبلغت", "اعتبر", "اعتبرت", "كشف", "كشفت",
                                "أشار", "أشارت", "شدد", "شددت", "نفى", "نفت", "انتقد", "انتقدت", "ندد", "نددت",
                                "أدان", "أدانت", "استنكر", "استنكرت", "دعا", "دعت", "طالب", "طالبت", "رحب", "رحبت",
                                "حذر", "حذرت"],
             nouns: ["بيان", "بلاغ", "تصريح"], plurals: ["تصريحات"])
        add(.threat, verbs: ["توعد", "توعدت", "يتوعد", "هدد", "هددت", "يهدد", "تهدد"])
        add(.other, verbs: ["اختطف", "اختطفت", "اختطفوا", "أقال", "أقالت"], nouns: ["اختطاف", "إقالة"])
        // "القضاء على إرهابيين اثنين": a killing when people follow (EventSense).
        add(.killing, nouns: ["القضاء"])
        return t
    }())

    /// Reporting verbs that open a report but do not name its kind ("قال", "أكد"); the others are
    /// reactions (ندد، استنكر…), calls (دعا، طالب) or warnings (حذر) and title the statement as such.
    static let plainReporting: WordSet = WordSet(["قال", "قالت", "أعلن", "أعلنت", "صرح", "صرحت", "أكد", "أكدت", "أفاد",
        "أفادت", "ذكر", "ذكرت", "أوضح", "أوضحت", "أبلغ", "أبلغت", "اعتبر", "اعتبرت", "كشف", "كشفت", "أشار", "أشارت",
        "شدد", "شددت"].map(key))

    /// Triggers that are nouns of a report: "بيان", "بلاغ".
    static let communique = WordSet(["بيان", "بلاغ"].map(key))

    /// Warning verbs: a threat when they name whom they warn ("حذر X الولايات المتحدة من"), else a statement.
    static let warning: WordSet = WordSet(["حذر", "حذرت"].map(key))

    /// Possessive forms of a trigger ("زيارته", "مصرعه"): the agent (or victim) is named before it.
    static let possessive: WordSet = WordSet(["زيارته", "زيارتها", "مصرعه", "مصرعها", "مصرعهم", "حتفه", "حتفها", "حتفهم",
                                             "اغتياله", "باغتيالهم"].map(key))

    /// Suspicions, charges, beliefs and denials («للاشتباه», «بتهمة», «يعتقد», «نفى»): what they govern is not known to
    /// have happened. Part of `modal`, and what hedges a named perpetrator (`NamedPerpetrators.perpetratorHedges`).
    static let suspicionsAndDenials = ["يشتبه", "تشتبه", "الاشتباه", "للاشتباه", "بشبهة", "شبهة", "يتهم", "تتهم", "اتهم",
        "اتهمت", "اتهام", "بتهمة", "يعتقد", "يعتقدون", "يرجح", "ترجح", "رجح", "رجحت", "ربما", "نفى", "نفت", "ينفي", "تنفي", "نفي",
        "كذب", "شائعة", "شائعات", "إشاعة", "إشاعات", "تداولت", "تداول"]

    /// Words after which the rest of the clause is not something that happened: future and plans
    /// (سوف، سيتم، يعتزم، المقرر، المرتقب), conditions (إذا، لو، في حال), ability and duty (يمكن، يجب), calls
    /// and demands (دعا، طالب، الدعوة), purposes (بهدف، من أجل، لمنع), suspicions and charges (للاشتباه،
    /// بتهمة، يشتبه), beliefs (يعتقد، يرجح), permissions (يتيح، يسمح) and denials (نفى). A future verb (سـ + a present verb) counts too (`isFutureVerb`).
    static let modal = WordSet((suspicionsAndDenials + [
        "سيتم", "سوف", "إذا", "اذا", "لو", "لن", "يمكن", "يمكنها", "يمكنه", "يمكنهم", "تستعد", "يستعد",
        "تعتزم", "يعتزم", "اعتزام", "تنوي", "ينوي", "نية", "تخطط", "يخطط", "خطط", "التخطيط", "مخطط", "مخططا", "خطة",
        "المقرر", "مقرر", "مقررا", "المرتقب", "المرتقبة", "مرتقب", "مرتقبة", "المنتظر", "المزمع", "مزمع", "المبرمجة",
        "المبرمج", "مبرمج", "مبرمجة", "يرتقب", "ينتظر", "يتوقع", "تتوقع", "المتوقع", "متوقع",
        "تحريض", "حرض", "حرضت", "دعا", "دعت", "يدعو", "تدعو", "الدعوة", "دعوة", "دعوته", "داعيا", "داعية",
        "ناشد", "ناشدت", "حث", "حثت", "طالب", "طالبت", "يطالب", "تطالب", "مطالبة", "المطالبة", "مطالبا", "مطالبين",
        "لمنع", "بهدف", "يهدف", "تهدف", "الهدف", "قصد", "بغية", "لغرض", "أجل", "لتجنب", "لتفادي", "لوقف", "لحماية",
        "للحيلولة", "تحسبا", "خشية", "خوفا", "مخاوف", "احتمال", "إمكانية", "امكانية", "يجب", "ينبغي", "ضرورة", "لابد",
        "تهمة", "بتهم", "تهم", "بتورط", "تورط", "تورطه",
        "تكذيب", "تحذير", "حذر", "حذرت", "يحذر", "تحذر",
        "تحاول", "يحاول", "محاولة", "بمحاولة", "لمحاولة", "بصدد", "تعتزم", "تسعى", "يسعى", "لإعداد", "للتخطيط",
        "طلب", "طلبت", "يطلب", "تطلب", "قرر", "قررت", "تقرر", "يقرر", "قضية", "قضايا",
        // permissions ("مشروع قانون يتيح نشر قوات": what a vote allows, not what happened)
        "يتيح", "تتيح", "يسمح", "تسمح", "يجيز", "تجيز", "يخول", "تخول", "يرخص", "ترخص",
        // beliefs ("المحققون يعتقدون أن الرجل قتل زوجته": what they think happened, not what did)
        "تعتقد", "يعتقدان", "يرجحون", "يظن", "يظنون", "تظن",
        // demands and rumours ("مطلبهم المتمثل في إقالة الوزير", "راجت أنباء عن إقالته")
        "مطلب", "مطلبهم", "مطلبها", "راجت", "شائعة", "شائعات", "إشاعة", "إشاعات",
    ]).map(key), bit: .modal)

    /// "سيزور", "ستعقد", "سنوفر": سـ before a present-tense verb (ي/ت/ن/أ), at least five letters, and
    /// not one of the nouns that start the same way (سياسة، سيارة، سيطرة، ستار…). Callers skip words inside names.
    static func isFutureVerb(_ key: String) -> Bool {
        guard key.count >= 5, UTF8Key.hasPrefix(key, "س") else { return false }
        let rest = key.dropFirst()
        guard let p = rest.first, p == "ي" || p == "ت" || p == "ن" || p == "ا" else { return false }
        return !futureLookalikes.contains(String(key.prefix(4)))
    }

    /// First four letters of nouns that look like سـ + a present verb.
    static let futureLookalikes: WordSet = WordSet(["سياس", "سيار", "سياد", "سياح", "سياق", "سياج", "سيطر", "سينا",
        "سينم", "سيول", "ستار", "ستين", "سنوا", "سنوي", "سنين", "سيرة", "سيدي", "سيدا", "سيلي", "سنغا", "ستوك", "سترا",
        "سيبي", "سيجا", "ستاد", "ستود", "سيتي", "ستيف", "سيرغ", "سيبا", "سيمو", "سيلف", "ستيو", "ستان", "سيرا",
        "سيني", "سنتي", "سنتا", "سيكو", "سيكل", "سنوي", "سنتم", "ستال", "سيرف", "سيري", "سيزا", "ساني", "سنار",
        "سناء", "سنان", "ستور"].map(key))

    /// Words that cancel a meeting, visit or other event named right after them.
    static let cancelled = WordSet(["إلغاء", "ألغى", "ألغت", "ألغيت", "تأجيل", "أجل", "أجلت", "تأجلت", "تأجل",
                                            "إرجاء", "تعليق", "علقت", "تعذر", "أحبط", "أحبطت", "إحباط", "أحبطوا", "يحبط",
                                            "تحبط", "إفشال", "أفشل", "أفشلت", "وقف", "توقف"].map(key), bit: .cancelled)

    /// Words that introduce a past cause ("رداً على قصف …"): they end a modal or threat scope.
    static let cause = WordSet(["ردا", "إثر", "عقب", "أعقاب", "بعد", "جراء", "خلفية"].map(key), bit: .cause)

    /// Complementizers: a reporting verb followed by one of these reports an earlier event.
    static let complementizer = WordSet(["أن", "إن", "أنه", "أنها", "أنهم", "بأن", "بأنه", "بأنها"].map(key), bit: .complementizer)

    /// Time nouns that make "الأخيرة" mean "recent days" ("خلال الأيام الأربعة الأخيرة").
    static let recentTimeNouns = WordSet(["الأيام", "الساعات", "الأسبوع", "أيام", "ساعات", "الفترة", "الأشهر",
                                                    "الأسابيع", "الشهور", "السنوات"].map(key), bit: .recentTimeNouns)

    /// Negations that cancel a trigger up to four words later.
    static let negation = WordSet(["لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "نفى", "نفت",
                                           "ينفي", "تنفي"].map(key), bit: .negation)

    /// Words that open a new clause inside a sentence.
    static let clauseBreak = WordSet(["فيما", "بينما", "حين", "وكذلك", "إذ"].map(key), bit: .clauseBreak)

    /// Reporting verbs: a date next to one dates the report, not the event after it.
    static let reporting: WordSet = WordSet(["قال", "قالت", "أعلن", "أعلنت", "أبلغت", "أبلغ", "ذكرت", "ذكر",
                                            "أفادت", "أفاد", "أكد", "أكدت", "نقلت", "كتب", "صرح"].map(key), bit: .reporting)

    /// Words that make an undated event "recent" (dated to the article's month).
    static let recency: WordSet = WordSet(["الأخيرة", "الأخير", "مؤخرا"].map(key), bit: .recency)

    /// Verbs whose subject is the agent of the event before them ("قصف شنته الولايات المتحدة").
    static let launchVerbs = WordSet(["شن", "شنت", "شنته", "شنها", "شنتها", "تشنها", "يشنها", "نفذ", "نفذت",
                                              "نفذته", "نفذها", "نفذتها", "تنفذها", "ينفذها", "أطلقها", "أطلقته"].map(key), bit: .launchVerbs)

    /// Nouns that make the person after them a relative or successor of the victim, not the victim
    /// ("اغتيال … لسلف غني").
    static let relationNouns = WordSet(["سلف", "خلف", "خليفة", "نجل", "ابن", "شقيق", "شقيقة", "زوجة", "زوج",
                                                "والد", "مساعد", "حارس", "مرافق", "صهر", "ابنة"].map(key), bit: .relationNouns)

    /// Words that close a noun phrase of victims.
    static let phraseBreaks = WordSet(["في", "من", "علي", "على", "عن", "إلى", "الى", "بعد", "قبل", "خلال",
                                               "قرب", "أمام", "اثر", "إثر", "جراء", "عند"].map(key), bit: .phraseBreaks)

    /// Prepositions that attach a place to an event ("في"، "على"، "قرب"، "بمحيط").
    static let placePrepositions = WordSet(["في", "على", "علي", "قرب", "بقرب", "محيط", "بمحيط", "داخل",
                                                    "ضد", "عند", "حول", "شمال", "جنوب", "شرق",
                                                    "غرب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط", "أطراف"].map(key), bit: .placePrepositions)

    /// Nouns that head a place name without being part of it ("محافظة الأنبار", "مدينة مشهد").
    static let placeNouns = WordSet(["محافظة", "مدينة", "منطقة", "بلدة", "قرية", "قضاء", "ناحية", "إقليم", "مقاطعة", "ضاحية",
                                             "العاصمة", "حي", "ولاية", "معتمدية", "جهة", "قواعد", "قاعدة", "قاعدتي",
                                             "مطار", "معسكر", "معسكرات", "مواقع", "موقع", "مقر", "مقرات", "سجن",
                                             "مستشفى", "ميناء", "شارع", "ساحة", "سوق", "قطاع", "مخيم", "مدن"].map(key), bit: .placeNouns)

    /// Words that introduce a source ("بحسب وكالة فرانس برس").
    static let attribution = WordSet(["بحسب", "حسب", "وفق", "وفقا", "نقلا", "مصادر", "وكالة", "صحيفة",
                                              "قناة", "موقع"].map(key), bit: .sourceAttribution)

    /// Heads of news media names: "صحيفة نيويورك تايمز", "قناة العهد", "وكالة الأنباء العراقية".
    static let mediaHeads = WordSet(["صحيفة", "جريدة", "قناة", "موقع", "تلفزيون", "التلفزيون", "إذاعة",
                                             "الإذاعة", "شبكة", "مجلة", "منصة", "حساب"].map(key))
    /// News agencies and platforms named without a head.
    static let mediaNames: WordSet = WordSet(["رويترز", "فرانس برس", "أسوشيتد برس", "اسوشيتد برس", "أسوشيتدبرس",
                                             "تويتر", "فيسبوك", "فيس بوك", "يوتيوب", "تلغرام", "تيليغرام", "إنستغرام",
                                             "بي بي سي", "سي إن إن", "سي ان ان", "الأناضول", "وكالة الأناضول"].map(key))

    /// A mention that names a news medium or platform: it reports events, it is not their actor.
    /// "وكالة" counts only as a news agency ("وكالة الأنباء …", "وكالة رويترز"), not "وكالة الاستخبارات".
    /// (the answer for each surface met kept by its bytes: the same names are asked of at every trigger near them)
    static func isMedia(_ surface: String) -> Bool {
        mediaMemo.value(of: surface, namesMedia)
    }

    private static let mediaMemo = SharedWords<Bool>(slots: 1 << 12, longestKept: 120)
    private static let agencyKey = key("وكالة")

    /// `isMedia(_:)`, read from the surface's words.
    static func namesMedia(_ surface: String) -> Bool {
        let words = spaceSeparatedKeys(surface)
        guard let first = words.first else { return false }
        if mediaNames.contains(words.joined(separator: " ")) || mediaNames.contains(words.joined()) { return true }
        if mediaHeads.contains(first) { return true }
        if first == agencyKey, words.count > 1 {
            let rest = Array(words.dropFirst())
            return rest.contains { $0.hasSuffix("انباء") } || mediaNames.contains(rest.joined(separator: " ")) || mediaNames.contains(rest.joined())
        }
        return false
    }

    /// The keys of the words of `surface` between its spaces: `surface.split(whereSeparator: { $0 == " " })`, each
    /// through `key`. Split on the UTF-8 byte of the space when every space is a Character of its own (the scalars
    /// beside it ASCII or Arabic letters ء…ي: no mark or joiner after it, no prepended scalar before it, so the
    /// `Character` split cuts at the same places); the `Character` split otherwise. (`split` compared every Character
    /// of the surface with " " as a string)
    static func spaceSeparatedKeys(_ surface: String) -> [String] {
        let pieces: [String]?? = surface.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            var out: [String] = []
            var lo = 0
            for i in 0..<b.count where b[i] == 0x20 {
                guard i == 0 || b[i - 1] < 0x80 || Self.endsArabicLetter(b, at: i),
                      i + 1 == b.count || b[i + 1] < 0x80 || Self.startsArabicLetter(b, at: i + 1) else { return nil }
                if i > lo { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<i]), as: UTF8.self)) }
                lo = i + 1
            }
            if b.count > lo { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[lo...]), as: UTF8.self)) }
            return out
        }
        if let pieces, let pieces { return pieces.map(key) }
        return surface.split(whereSeparator: { $0 == " " }).map { key(String($0)) }
    }

    /// Whether the two bytes at `i` encode a letter ء…ي (U+0621…U+064A: D8 A1…D8 BF, D9 80…D9 8A).
    @inline(__always)
    static func startsArabicLetter(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 1 < b.count else { return false }
        return (b[i] == 0xD8 && b[i + 1] >= 0xA1 && b[i + 1] <= 0xBF) || (b[i] == 0xD9 && b[i + 1] >= 0x80 && b[i + 1] <= 0x8A)
    }

    /// Whether the two bytes before `end` encode a letter ء…ي.
    @inline(__always)
    static func endsArabicLetter(_ b: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        end >= 2 && startsArabicLetter(b, at: end - 2)
    }

    /// Where a withdrawal is from.
    static let fromWords = WordSet(["من", "خارج"].map(key))

    static let demonstratives = WordSet(["هذه", "هذا", "تلك"].map(key), bit: .demonstratives)

    /// Objects that make نشر/انسحاب/خروج military.
    static let militaryObjects = WordSet([
        "قوات", "القوات", "قوة", "جنود", "الجنود", "بطاريات", "بطارية", "صواريخ", "منظومة", "منظومات", "تعزيزات",
        "دبابات", "وحدات", "طائرات", "سفن", "حاملة", "عسكريين", "مدرعات", "رادارات", "قواته", "قواتها", "جيش",
    ].map(key), bit: .militaryObjects)

    /// "مسيرة" and its forms: a march, or a drone after an aircraft noun (`SentenceEvents.isDroneWord`).
    static let marchOrDrone = WordSet(["مسيرة", "مسيرات", "مسيرتين", "مسيرتان"].map(key))
    static let aircraft = WordSet(["طائرة", "طائرات", "طائرتين", "طائرتان", "الطائرة", "الطائرات", "بطائرة", "بطائرات", "بطائرتين"].map(key))

    /// What follows "مسيرة" when it is a march: "منددة", "احتجاجية", "سلمية", "شعبية".
    static let marchWords = WordSet(["منددة", "مطالبة", "رافضة", "مؤيدة", "مساندة", "داعمة", "تضامنية", "احتجاجية",
        "سلمية", "شعبية", "حاشدة", "ليلية", "جماهيرية", "غاضبة", "للمطالبة", "للتنديد", "تنديدا", "احتجاجا"].map(key))

    /// Instruments → subtype, strongest first when several are named.
    static let instruments = WordMap<String>({
        var t: [String: String] = [:]
        for w in ["مسيرة", "مسيرات", "مسيرتين", "مسيرتان", "درون", "طيار"] { t[key(w)] = "drone" }
        for w in ["صاروخ", "صواريخ", "صاروخا", "صاروخين", "صاروخي", "صاروخية", "كاتيوشا", "قذيفة", "قذائف"] { t[key(w)] = "rocket" }
        for w in ["باليستية", "بالستية", "باليستي", "بالستي"] { t[key(w)] = "ballistic-missile" }
        for w in ["عبوة", "ناسفة", "مفخخة", "متفجرة", "متفجرات"] { t[key(w)] = "bomb" }
        for w in ["انتحاري", "انتحارية", "الانتحاري", "الانتحارية", "انتحاريا"] { t[key(w)] = "suicide" }
        for w in ["مسلح", "مسلحا", "رصاص", "الرصاص", "رصاصة", "النار", "طلق", "طلقات", "ناري", "نارية", "رشاش", "كلاشنيكوف"] { t[key(w)] = "gunfire" }
        for w in ["سكين", "ساطور", "طعن", "طعنات", "طعنة"] { t[key(w)] = "blade" }
        for w in ["جوية", "جوي", "مقاتلات", "الطيران", "طيران", "طائراتها", "طائراته", "الحربية", "حربية"] { t[key(w)] = "air" }
        return t
    }())

    /// Every sub-kind `instruments` can give an event (pages label each one).
    static var instrumentKinds: Set<String> { Set(instruments.values) }

    /// Counted nouns: key → (what, count implied by the form: 0 = needs a number, 2 = dual).
    static let counted = WordMap<(String, Int)>({
        var t: [String: (String, Int)] = [:]
        for w in ["صاروخ", "صواريخ", "صاروخا"] { t[key(w)] = ("rockets", 0) }
        t[key("صاروخين")] = ("rockets", 2)
        t[key("صاروخان")] = ("rockets", 2)
        for w in ["قذيفة", "قذائف"] { t[key(w)] = ("shells", 0) }
        t[key("قذيفتين")] = ("shells", 2)
        for w in ["مسيرة", "مسيرات", "طائرات", "طائرة"] { t[key(w)] = ("drones", 0) }
        for w in ["مسيرتين", "طائرتين", "مسيرتان", "طائرتان"] { t[key(w)] = ("drones", 2) }
        for w in ["هجمات", "هجوما", "غارات"] { t[key(w)] = ("attacks", 0) }
        for w in ["قتيل", "قتلى"] { t[key(w)] = ("killed", 0) }
        for w in ["جريح", "جرحى", "مصابين", "مصاب"] { t[key(w)] = ("wounded", 0) }
        for w in ["معتقل", "معتقلين", "موقوفين", "مشتبه"] { t[key(w)] = ("arrested", 0) }
        for w in ["جندي", "جنود", "عسكري", "عنصر", "عناصر", "مقاتل", "مقاتلين"] { t[key(w)] = ("soldiers", 0) }
        for w in ["جنديين", "عنصرين", "مقاتلين"] { t[key(w)] = ("soldiers", 2) }
        return t
    }())

    /// Person nouns counted after مقتل: singular 1, dual 2.
    static let casualtyNouns = WordMap<Int>({
        var t: [String: Int] = [:]
        for w in ["جندي", "عنصر", "شخص", "مدني", "عسكري", "مقاتل", "طفل", "امرأة", "شرطي", "ضابط", "متعاقد", "مواطن"] { t[key(w)] = 1 }
        for w in ["جنديين", "عنصرين", "شخصين", "مدنيين", "عسكريين", "مقاتلين", "طفلين", "شرطيين", "ضابطين", "متعاقدين"] { t[key(w)] = 2 }
        t[key("مدنيين")] = 2
        return t
    }())

    /// Number words (masculine and feminine forms).
    static let numberWords = WordMap<Int>({
        var t: [String: Int] = [:]
        let list: [(Int, [String])] = [
            (1, ["واحد", "واحدة"]), (2, ["اثنان", "اثنين", "اثنتان", "اثنتين"]), (3, ["ثلاث", "ثلاثة"]),
            (4, ["أربع", "أربعة"]), (5, ["خمس", "خمسة"]), (6, ["ست", "ستة"]), (7, ["سبع", "سبعة"]),
            (8, ["ثماني", "ثمانية", "ثمان"]), (9, ["تسع", "تسعة"]), (10, ["عشر", "عشرة"]),
        ]
        for (v, words) in list { for w in words { t[key(w)] = v } }
        return t
    }())
}
