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

    static let triggers: [String: EventTrigger] = {
        var t: [String: EventTrigger] = [:]
        func add(_ type: EventType, verbs: [String] = [], nouns: [String] = [], plurals: [String] = [],
                 military: Bool = false, weapon: Bool = false) {
            for v in verbs { t[key(v)] = EventTrigger(type: type, nominal: false, plural: false, needsMilitaryObject: military, needsWeapon: weapon) }
            for v in nouns { t[key(v)] = EventTrigger(type: type, nominal: true, plural: false, needsMilitaryObject: military, needsWeapon: weapon) }
            for v in plurals { t[key(v)] = EventTrigger(type: type, nominal: true, plural: true, needsMilitaryObject: military, needsWeapon: weapon) }
        }
        add(.attack, verbs: ["هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "استهدف", "استهدفت", "استهدفوا", "يستهدف",
                             "تستهدف", "قصفت", "قصفوا", "يقصف", "تقصف", "فجرت"],
             nouns: ["هجوم", "هجوما", "هجمة", "اعتداء", "استهداف", "قصف", "ضربة", "تفجير", "قصفها"],
             plurals: ["هجمات", "هجومات", "هجومين", "اعتداءات", "ضربات", "تفجيرات"])
        add(.attack, verbs: ["أطلق", "أطلقت", "أطلقوا", "انطلقت"], nouns: ["إطلاق"], weapon: true)
        add(.airstrike, nouns: ["غارة"], plurals: ["غارات"])
        add(.killing, verbs: ["اغتال", "اغتالت", "قتل", "قتلت", "قتلوا"],
             nouns: ["اغتيال", "مقتل", "مصرع", "تصفية", "باغتيالهم", "اغتياله"])
        add(.clash, verbs: ["اشتبك", "اشتبكت", "اشتبكوا"], nouns: ["اشتباك"], plurals: ["اشتباكات", "مواجهات", "معارك"])
        add(.arrest, verbs: ["اعتقل", "اعتقلت", "اعتقلوا", "احتجز", "احتجزت"],
             nouns: ["اعتقال", "قبض", "توقيف", "احتجاز"], plurals: ["اعتقالات"])
        add(.deployment, verbs: ["نشر", "نشرت", "ينشر", "تنشر"], nouns: ["انتشار"], military: true)
        add(.withdrawal, verbs: ["انسحب", "انسحبت", "سحب", "سحبت", "يسحب"], nouns: ["انسحاب", "خروج"], military: true)
        add(.meeting, verbs: ["اجتمع", "اجتمعت", "اجتمعوا", "اجتمعنا", "التقى", "التقت", "يلتقي"],
             nouns: ["اجتماع", "اجتماعا", "لقاء", "قمة"], plurals: ["محادثات", "مباحثات"])
        add(.visit, verbs: ["زار", "زارت", "زاروا", "يزور"], nouns: ["زيارة", "زيارته"])
        add(.statement, verbs: ["قال", "قالت", "أعلن", "أعلنت", "صرح", "صرحت", "أكد", "أكدت", "أفاد", "أفادت",
                                "ذكر", "ذكرت", "أوضح", "أوضحت", "أبلغ", "أبلغت"],
             nouns: ["بيان", "تصريح"], plurals: ["تصريحات"])
        add(.threat, verbs: ["توعد", "توعدت", "يتوعد", "هدد", "هددت", "يهدد", "تهدد", "حذر", "حذرت", "يحذر"],
             nouns: ["تهديد", "تحذير"], plurals: ["تهديدات"])
        return t
    }()

    /// Words after which the rest of the clause is not something that happened (future, condition,
    /// intention, call to act).
    static let modal: Set<String> = Set([
        "سيتم", "سوف", "إذا", "لو", "لن", "يمكن", "يمكنها", "يمكنه", "تستعد", "يستعد", "تعتزم", "يعتزم", "تخطط",
        "يخطط", "تحريض", "حرض", "حرضت", "دعا", "دعت", "يدعو", "تدعو", "لمنع", "بهدف", "لتجنب", "ستواصل", "سيكون",
        "ستكون", "خطة", "تهدف", "يهدف", "لوقف", "يجب", "تكثيف", "لإجباره", "لطرد", "ستقض", "سينقضون", "سنوفر",
        "نصحوا", "نصحوهم", "بمواصلة", "لبحث", "مطالبة", "طالب", "طالبت", "لحماية", "نفى", "نفت", "ينفي", "تنفي",
    ].map(key))

    /// Words that introduce a past cause ("رداً على قصف …"): they end a modal or threat scope.
    static let cause: Set<String> = Set(["ردا", "إثر", "عقب", "بعد", "جراء"].map(key))

    /// Complementizers: a reporting verb followed by one of these reports an earlier event.
    static let complementizer: Set<String> = Set(["أن", "إن", "أنه", "أنها", "أنهم", "بأن", "بأنه", "بأنها"].map(key))

    /// Time nouns that make "الأخيرة" mean "recent days" ("خلال الأيام الأربعة الأخيرة").
    static let recentTimeNouns: Set<String> = Set(["الأيام", "الساعات", "الأسبوع", "أيام", "ساعات"].map(key))

    /// Negations that cancel a trigger up to four words later.
    static let negation: Set<String> = Set(["لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "نفى", "نفت",
                                           "ينفي", "تنفي"].map(key))

    /// Words that open a new clause inside a sentence.
    static let clauseBreak: Set<String> = Set(["فيما", "بينما", "حين", "وكذلك", "إذ"].map(key))

    /// Reporting verbs: a date next to one dates the report, not the event after it.
    static let reporting: Set<String> = Set(["قال", "قالت", "أعلن", "أعلنت", "أبلغت", "أبلغ", "ذكرت", "ذكر",
                                            "أفادت", "أفاد", "أكد", "أكدت", "نقلت", "كتب", "صرح"].map(key))

    /// Words that make an undated event "recent" (dated to the article's month).
    static let recency: Set<String> = Set(["الأخيرة", "الأخير", "مؤخرا"].map(key))

    /// Verbs whose subject is the agent of the event before them ("قصف شنته الولايات المتحدة").
    static let launchVerbs: Set<String> = Set(["شن", "شنت", "شنته", "شنها", "شنتها", "تشنها", "يشنها", "نفذ", "نفذت",
                                              "نفذته", "نفذها", "نفذتها", "تنفذها", "ينفذها", "أطلقها", "أطلقته"].map(key))

    /// Nouns that make the person after them a relative or successor of the victim, not the victim
    /// ("اغتيال … لسلف غني").
    static let relationNouns: Set<String> = Set(["سلف", "خلف", "خليفة", "نجل", "ابن", "شقيق", "شقيقة", "زوجة", "زوج",
                                                "والد", "مساعد", "حارس", "مرافق", "صهر", "ابنة"].map(key))

    /// Words that close a noun phrase of victims.
    static let phraseBreaks: Set<String> = Set(["في", "من", "علي", "على", "عن", "إلى", "الى", "بعد", "قبل", "خلال",
                                               "قرب", "أمام", "اثر", "إثر", "جراء", "عند"].map(key))

    /// Prepositions that attach a place to an event ("في"، "على"، "قرب"، "بمحيط").
    static let placePrepositions: Set<String> = Set(["في", "على", "علي", "قرب", "بقرب", "محيط", "بمحيط", "داخل",
                                                    "ضد", "إلى", "الى", "نحو", "عند", "حول", "شمال", "جنوب", "شرق",
                                                    "غرب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط", "أطراف"].map(key))

    /// Nouns that head a place name without being part of it ("محافظة الأنبار", "مدينة مشهد").
    static let placeNouns: Set<String> = Set(["محافظة", "مدينة", "منطقة", "بلدة", "قرية", "قضاء", "ناحية", "إقليم",
                                             "العاصمة", "حي", "ولاية"].map(key))

    /// Words that introduce a source ("بحسب وكالة فرانس برس").
    static let attribution: Set<String> = Set(["بحسب", "حسب", "وفق", "وفقا", "نقلا", "مصادر", "وكالة", "صحيفة",
                                              "قناة", "موقع"].map(key))

    /// Heads of news media names: "صحيفة نيويورك تايمز", "قناة العهد", "وكالة الأنباء العراقية".
    static let mediaHeads: Set<String> = Set(["صحيفة", "جريدة", "قناة", "موقع", "تلفزيون", "التلفزيون", "إذاعة",
                                             "الإذاعة", "شبكة", "مجلة", "منصة", "حساب"].map(key))
    /// News agencies and platforms named without a head.
    static let mediaNames: Set<String> = Set(["رويترز", "فرانس برس", "أسوشيتد برس", "اسوشيتد برس", "أسوشيتدبرس",
                                             "تويتر", "فيسبوك", "فيس بوك", "يوتيوب", "تلغرام", "تيليغرام", "إنستغرام",
                                             "بي بي سي", "سي إن إن", "سي ان ان", "الأناضول", "وكالة الأناضول"].map(key))

    /// A mention that names a news medium or platform: it reports events, it is not their actor.
    /// "وكالة" counts only as a news agency ("وكالة الأنباء …", "وكالة رويترز"), not "وكالة الاستخبارات".
    static func isMedia(_ surface: String) -> Bool {
        let words = surface.split(whereSeparator: { $0 == " " }).map { key(String($0)) }
        guard let first = words.first else { return false }
        if mediaNames.contains(words.joined(separator: " ")) || mediaNames.contains(words.joined()) { return true }
        if mediaHeads.contains(first) { return true }
        if first == key("وكالة"), words.count > 1 {
            let rest = Array(words.dropFirst())
            return rest[0].hasSuffix("انباء") || mediaNames.contains(rest.joined(separator: " ")) || mediaNames.contains(rest.joined())
        }
        return false
    }

    /// Where a withdrawal is from.
    static let fromWords: Set<String> = Set(["من", "خارج"].map(key))

    static let demonstratives: Set<String> = Set(["هذه", "هذا", "تلك"].map(key))

    /// Objects that make نشر/انسحاب/خروج military.
    static let militaryObjects: Set<String> = Set([
        "قوات", "القوات", "قوة", "جنود", "الجنود", "بطاريات", "بطارية", "صواريخ", "منظومة", "منظومات", "تعزيزات",
        "دبابات", "وحدات", "طائرات", "سفن", "حاملة", "عسكريين", "مدرعات", "رادارات", "قواته", "قواتها", "جيش",
    ].map(key))

    /// Instruments → subtype, strongest first when several are named.
    static let instruments: [String: String] = {
        var t: [String: String] = [:]
        for w in ["مسيرة", "مسيرات", "مسيرتين", "مسيرتان", "درون", "طيار"] { t[key(w)] = "drone" }
        for w in ["صاروخ", "صواريخ", "صاروخا", "صاروخين", "صاروخي", "صاروخية", "كاتيوشا", "قذيفة", "قذائف"] { t[key(w)] = "rocket" }
        for w in ["باليستية", "بالستية", "باليستي", "بالستي"] { t[key(w)] = "ballistic-missile" }
        for w in ["عبوة", "ناسفة", "مفخخة", "انتحاري", "سيارة مفخخة"] { t[key(w)] = "bomb" }
        for w in ["جوية", "جوي"] { t[key(w)] = "air" }
        return t
    }()

    /// Counted nouns: key → (what, count implied by the form: 0 = needs a number, 2 = dual).
    static let counted: [String: (String, Int)] = {
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
    }()

    /// Person nouns counted after مقتل: singular 1, dual 2.
    static let casualtyNouns: [String: Int] = {
        var t: [String: Int] = [:]
        for w in ["جندي", "عنصر", "شخص", "مدني", "عسكري", "مقاتل", "طفل", "امرأة", "شرطي", "ضابط", "متعاقد", "مواطن"] { t[key(w)] = 1 }
        for w in ["جنديين", "عنصرين", "شخصين", "مدنيين", "عسكريين", "مقاتلين", "طفلين", "شرطيين", "ضابطين", "متعاقدين"] { t[key(w)] = 2 }
        t[key("مدنيين")] = 2
        return t
    }()

    /// Number words (masculine and feminine forms).
    static let numberWords: [String: Int] = {
        var t: [String: Int] = [:]
        let list: [(Int, [String])] = [
            (1, ["واحد", "واحدة"]), (2, ["اثنان", "اثنين", "اثنتان", "اثنتين"]), (3, ["ثلاث", "ثلاثة"]),
            (4, ["أربع", "أربعة"]), (5, ["خمس", "خمسة"]), (6, ["ست", "ستة"]), (7, ["سبع", "سبعة"]),
            (8, ["ثماني", "ثمانية", "ثمان"]), (9, ["تسع", "تسعة"]), (10, ["عشر", "عشرة"]),
        ]
        for (v, words) in list { for w in words { t[key(w)] = v } }
        return t
    }()
}
