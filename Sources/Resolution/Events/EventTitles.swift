import ArabicText
import Extraction

/// Generated Arabic titles and stable ASCII ids for merged events.
enum EventTitles {
    /// What a title says, already chosen from the event's roles.
    struct Parts {
        var type: EventType
        var subtype: String?
        var assassination = false
        /// Who acted or spoke: an entity name or a phrase as written.
        var actor: String?
        /// The actor is a country (or a capital standing for it): titles use its adjective ("أمريكية").
        var actorCountry: String?
        /// The actor is a person (a title names him, never makes an adjective of him).
        var actorIsPerson = false
        /// The actor is a phrase that describes an attacker without naming him ("شاب", "أحد المواطنين").
        var actorDescribed = false
        /// Whom it was about: names or a phrase as written.
        var targets: [String] = []
        /// The other parties of a meeting.
        var parties: [String] = []
        /// A meeting's described counterpart, with its preposition ("بسياسيين عراقيين").
        var counterpart: String?
        var place: String?
        var placePreposition = "في"
        var killed: Int?
        var threatVerb: String?
        var otherNoun: String?
        var communique = false
        /// An assault ("اعتداء على …") rather than an attack.
        var assault = false
        /// The actor is a body that meets on its own ("مجلس الوزراء").
        var collective = false
        /// Shots fired ("أطلق … النار على …"), reported as such rather than as an armed attack.
        var firing = false
    }

    /// "مجلس الوزراء", "لجنة المالية", "الهيئة المديرة": a body whose meeting needs no other party.
    static func isCollective(_ name: String) -> Bool {
        let first = ArabicNormalizer.matchKey(String(name.split(separator: " ").first ?? ""))
        return ["مجلس", "المجلس", "لجنه", "اللجنه", "هييه", "الهييه", "المكتب", "مكتب", "الحكومه", "البرلمان",
                "حزب", "حركه", "الجبهه", "جبهه", "تنسيقيه", "نقابه", "النقابه", "الاتحاد", "اتحاد"].contains(first)
    }

    /// A described patient as a title says it out of its article: "المتهم" → "متهم", "العون البلدي" → "عون بلدي",
    /// "الشخص المذكور" → "شخص", "المشتبه به" → "مشتبه به". A phrase that does not open with a definite noun is kept.
    static func indefinite(_ phrase: String) -> String {
        let parts = phrase.split(separator: " ").map(String.init)
        guard let head = parts.first, head.hasPrefix("ال"), head.count >= 5 else { return phrase }
        let bare = { (w: String) in String(w.dropFirst(2)) }
        var out = [bare(head)]
        let anaphoric: Set<String> = ["المذكور", "المذكوره", "المذكورين", "المعني", "المعنيين", "المعنيه", "الاول", "الثاني",
                                      "الثالث", "الرابع", "الخامس", "السادس"]
        for w in parts.dropFirst() {
            let key = ArabicNormalizer.matchKey(w)
            if out.count == 1, ["به", "بها", "بهم", "بهما", "فيه", "فيهم", "فيهما", "عنه", "عنها", "عنهم", "عنهما"].contains(key) { out.append(w); continue }
            // "البلدي", "التونسيين": a relative adjective agrees; anything else ends the description.
            let nisba = key.hasPrefix("ال") && key.count >= 5 && ["ي", "يه", "يين", "يون", "يات"].contains { key.hasSuffix($0) }
            guard nisba, !anaphoric.contains(key) else { break }
            out.append(bare(w))
        }
        return out.joined(separator: " ")
    }

    /// "هجوم صاروخي على قاعدة عين الأسد", "اغتيال قاسم سليماني وأبو مهدي المهندس بضربة أمريكية قرب مطار بغداد",
    /// "قيس الخزعلي يتوعد الجنود الأمريكيين"; nil when the roles cannot make a title that says more
    /// than the type (no bare "اعتقالات", no killing without its victim).
    static func title(_ parts: Parts) -> String? {
        var p = parts
        // Out of its article a title is dated by its event and names whose: no "اليوم الثلاثاء" in a speaker's
        // name, no "اعتقال زوجة", "اعتقال شقيقه" or "اعتداء عامل على ابنتها" (a plain "شخص" says it right).
        p.actor = p.actor.map(TitlePhrases.withoutTimeWords)
        p.targets = p.targets.map(TitlePhrases.withoutTimeWords).filter { !$0.isEmpty }
        if let t = p.targets.first, p.targets.count == 1, TitlePhrases.endsOwnerless(t) {
            p.targets = [TitlePhrases.isPlural(t) ? "أشخاص" : "شخص"]
        }
        if p.type == .meeting, let a = p.actor {
            p.parties.removeAll { TitlePhrases.repeats($0, of: a) }
            p.counterpart = p.counterpart.map(TitlePhrases.withoutCutConjunct).flatMap { TitlePhrases.repeats($0, of: a) ? nil : $0 }
        }
        let at = p.place.map { " \(p.placePreposition) \($0)" } ?? ""
        let inPlace = p.place.map { " في \($0)" } ?? ""
        let target = p.targets.isEmpty ? nil : joinAnd(Array(p.targets.prefix(2)))
        let feminineAdjective = p.actorCountry.flatMap { PlaceKinds.adjective(forCountry: $0) }
        let masculineAdjective = feminineAdjective.map { String($0.dropLast()) }
        let byGroup = p.actorCountry == nil && !p.actorIsPerson && !p.actorDescribed ? p.actor.map { " " + by($0) } : nil
        switch p.type {
        case .attack:
            guard target != nil || p.place != nil else { return nil }
            if p.firing, !p.assault { return firingTitle(p, target: target) }
            var t = p.assault ? "اعتداء" : "هجوم"
            let adjectival = ["rocket": " صاروخي", "gunfire": " مسلح", "suicide": " انتحاري"][p.subtype ?? ""]
            // "اعتداء شاب على ناظر": a described attacker in construct with the noun (not before an adjective).
            if p.actorDescribed, adjectival == nil, let a = p.actor { t += " " + indefinite(a) }
            if let a = adjectival { t += a }
            if let adj = masculineAdjective { t += " " + adj }
            if adjectival == nil { t += subtypePhrase(p.subtype) }
            t += byGroup ?? ""
            if let target { t += onTarget(target, p) } else { t += at }
            return t
        case .airstrike:
            guard target != nil || p.place != nil || p.actor != nil else { return nil }
            var t = "غارة جوية" + (feminineAdjective.map { " " + $0 } ?? byGroup ?? "")
            if let target { t += onTarget(target, p) } else { t += inPlace }
            return t
        case .killing:
            let victims = target ?? p.killed.map(countedPersons)
            guard let victims else { return nil }
            var t = (p.assassination ? "اغتيال " : "مقتل ") + victims
            if let adj = feminineAdjective, ["drone", "rocket", "ballistic-missile", "drone-and-rocket"].contains(p.subtype ?? "") {
                t += " بضربة " + adj
            } else if let adj = masculineAdjective, p.subtype == "gunfire" {
                t += " برصاص " + adj
            } else if let a = p.actor, p.actorCountry == nil {
                t += " على يد " + a
            }
            return t + at
        case .arrest:
            guard let target else { return nil }
            // "اعتقال فلان على يد السلطات الليبية": a force or body, never a country's name or a person.
            let by = p.actor.flatMap { p.actorCountry == nil && !p.actorIsPerson ? " على يد " + $0 : nil } ?? ""
            // "على يد الشرطة العدلية بسوسة" already says where: no "في سوسة" after it.
            let placeSaid = !by.isEmpty && p.place.map { names(p.actor!, place: $0) } == true
            return "اعتقال " + target + by + (placeSaid ? "" : inPlace)
        case .other:
            guard let target, let noun = p.otherNoun else { return nil }
            return noun + " " + target + inPlace
        case .clash:
            let sides = ([p.actor].compactMap { $0 } + p.parties).prefix(2)
            guard sides.count == 2 || p.place != nil else { return nil }
            return "اشتباكات" + (sides.count == 2 ? " بين " + joinAnd(Array(sides)) : "") + inPlace
        case .meeting:
            guard let a = p.actor else { return nil }
            if let b = p.parties.first { return "لقاء " + a + " و" + b + inPlace }
            if let c = p.counterpart { return "لقاء " + a + " " + c + inPlace }
            return p.collective ? "اجتماع " + a + inPlace : nil
        case .visit:
            guard let a = p.actor else { return nil }
            if let place = p.place { return "زيارة " + a + " إلى " + place }
            guard let target else { return nil }
            return "زيارة " + a + " " + by(target)
        case .statement:
            guard let a = p.actor else { return nil }
            return (p.communique ? "بيان " : "تصريح ") + a
        case .threat:
            guard let a = p.actor else { return nil }
            guard let target, let verb = p.threatVerb else { return "تهديد " + a }
            let feminine = p.actorCountry.map(isFeminine) ?? (!p.actorIsPerson && isFeminine(a))
            return a + " " + (feminine ? "ت" + verb.dropFirst() : verb) + " " + target
        case .deployment:
            guard p.place != nil || p.actor != nil else { return nil }
            return "انتشار عسكري" + (masculineAdjective.map { " " + $0 } ?? byGroup ?? "") + inPlace
        case .withdrawal:
            guard let a = p.actor else { return nil }
            return "انسحاب " + a + (p.place.map { " من " + $0 } ?? "")
        }
    }

    /// "إطلاق نار على حافلة في X", "إطلاق الشرطة النار على رجل في باريس": shots fired say what the text says,
    /// never that the one fired on was attacked by a gunman (the police firing on a fleeing man); the actor by name
    /// when a page names it and it is no country (a demonym would make it an armed attack again).
    static func firingTitle(_ p: Parts, target: String?) -> String {
        let at = p.place.map { " \(p.placePreposition) \($0)" } ?? ""
        var t = "إطلاق"
        if let a = p.actor, p.actorCountry == nil, !p.actorDescribed { t += " " + a + " النار" } else { t += " نار" }
        if let target { t += onTarget(target, p) } else { t += at }
        return t
    }

    /// " على X في P": what an attack, a strike or shots hit, and where when the target is not the place itself.
    static func onTarget(_ target: String, _ p: Parts) -> String {
        " على " + target + (p.place.map { p.targets.contains($0) ? "" : " في " + $0 } ?? "")
    }

    /// Whether a force's phrase already names the place, as written or by its adjective: "فرقة الشرطة العدلية
    /// سوسة" names سوسة, "الجيش الجزائري" الجزائر, "السلطات البحرينية" البحرين; "الشرطة الفرنسية" not باريس.
    static func names(_ phrase: String, place: String) -> Bool {
        func stem(_ w: Substring) -> Substring { w.hasPrefix("ال") && w.count > 4 ? w.dropFirst(2) : w }
        let words = phrase.split(separator: " ").map(stem)
        let placeWords = place.split(separator: " ").map(stem)
        guard !placeWords.isEmpty, words.count >= placeWords.count else { return false }
        // ("الوحدات الأمنية بقبلي", "بالمنستير": a seat with its ب names the place too, "ببنقردان" written in one word too)
        func names(_ w: Substring, _ p: Substring) -> Bool { w.hasPrefix(p) && w.count - p.count <= 3 }
        let joinedPlace = Substring(placeWords.joined())
        if placeWords.count > 1, words.contains(where: { $0.hasPrefix("ب") && stem($0.dropFirst()) == joinedPlace }) { return true }
        return (0...(words.count - placeWords.count)).contains { start in
            zip(words[start...], placeWords).allSatisfy { w, p in names(w, p) || (w.hasPrefix("ب") && names(stem(w.dropFirst()), p)) }
        }
    }

    /// "شخص", "شخصين", "5 أشخاص", "24 شخصا".
    static func countedPersons(_ n: Int) -> String {
        switch n {
        case 1: return "شخص"
        case 2: return "شخصين"
        case 3...10: return "\(n) أشخاص"
        default: return "\(n) شخصا"
        }
    }

    /// A feminine name for verb agreement: a word ending in ة first ("حركة النهضة", "وزارة الداخلية"),
    /// or a country without the article (إيران، فرنسا، الولايات المتحدة are feminine; العراق، الأردن are not).
    static func isFeminine(_ name: String) -> Bool {
        let first = name.split(separator: " ").first.map(String.init) ?? name
        if first.hasSuffix("ة") { return true }
        if PlaceKinds.isCountry(name) { return !name.hasPrefix("ال") || name.hasPrefix("الولايات") || name.hasPrefix("الإمارات") }
        return false
    }

    /// "أمريكية" for a country with a demonym, else "للتحالف الدولي" / "لإسرائيل".
    static func by(_ actor: String) -> String {
        actor.hasPrefix("ال") ? "ل" + actor.dropFirst() : "ل" + actor
    }

    static func subtypePhrase(_ subtype: String?) -> String {
        switch subtype {
        case "drone": return " بطائرات مسيّرة"
        case "rocket": return " صاروخي"
        case "drone-and-rocket": return " بالصواريخ والطائرات المسيّرة"
        case "ballistic-missile": return " بصواريخ باليستية"
        case "bomb": return " بعبوة ناسفة"
        case "gunfire": return " مسلح"
        case "suicide": return " انتحاري"
        case "blade": return " بالسلاح الأبيض"
        default: return ""
        }
    }

    static func joinAnd(_ names: [String]) -> String {
        names.enumerated().map { $0.offset == 0 ? $0.element : "و" + $0.element }.joined(separator: " ")
    }

    /// "2020-01-03-killing-baghdad"; "undated-…" without a date; unique after `dedupe`.
    static func id(_ e: Event, corpus: ResolvedCorpus) -> String {
        var id = (e.date?.iso ?? "undated") + "-" + e.type.rawValue
        let named = (e.places + e.targets + e.actors).first.map { corpus.entities[$0].name }
        if let named, case let s = Transliterator.slug(named, maxLength: 30), !s.isEmpty { id += "-" + s }
        return id
    }

    /// Appends -2, -3 … to repeated ids, in the given order.
    static func dedupe(_ ids: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return ids.map { id in
            let n = (seen[id] ?? 0) + 1
            seen[id] = n
            return n == 1 ? id : "\(id)-\(n)"
        }
    }
}
