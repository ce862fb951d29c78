/// Whether a trigger is used in its event sense in its sentence: sport, accidents, animals and
/// figurative or cyber uses are not events; ambiguous attack words need evidence of violence.
struct SentenceContext {
    let events: SentenceEvents
    let sport: Bool
    let animals: Bool
    let figurative: Bool
    let cyber: Bool
    /// Whether the sentence words a comment ("قائلا", "منتقدا"): هاجم and هجوم there may be criticism.
    let commentary: Bool
    /// Words of the sentence that say violence happened, and those that name fighting forces.
    let violentWords: [Int]
    let forceWords: [Int]
    let accidentWords: [Int]

    /// Attack words that also have a peaceful sense: هجوم (criticism, football), استهدف (aim at),
    /// اعتداء (encroachment), ضربة (penalty, figurative blow).
    static let ambiguousAttack: WordSet = WordSet(["هجوم", "هجوما", "هجمة", "هجمات", "هجومات", "هجومين", "هاجم", "هاجمت",
        "هاجموا", "يهاجم", "تهاجم", "استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف", "استهداف", "اعتداء",
        "اعتداءات", "اعتدى", "اعتدت", "اعتدوا", "ضربة", "ضربات"].map(EventLexicon.key))
    static let assault: WordSet = WordSet(["اعتداء", "اعتداءات", "اعتدى", "اعتدت", "اعتدوا"].map(EventLexicon.key))
    static let suspension: WordSet = WordSet(["إيقاف", "توقيف", "أوقف", "أوقفت", "أوقفوا"].map(EventLexicon.key))
    /// The dead and the wounded: they follow accidents as well as attacks.
    static let killingWords: WordSet = WordSet(["مقتل", "مصرع", "قتل", "قتيل", "قتلى", "القتلى", "أصيب", "أصيبوا", "إصابة",
        "إصابات", "جريح", "جرحى", "الجرحى", "ضحايا", "الضحايا", "جروح", "بجروح", "الإسعاف", "نزيف", "كدمات"].map(EventLexicon.key))

    init(_ e: SentenceEvents) {
        events = e
        let w = e.words
        var sportWords = 0, strong = false, animals = false, figurative = false, cyber = false, commentary = false
        var violent: [Int] = [], forces: [Int] = [], accidents: [Int] = []
        // (each word's lists at once: `ContextWordKinds`)
        let kinds = w.words.indices.map { ContextWordKinds.of(w.words[$0]) }
        for i in w.words.indices where e.covering[i] == nil || kinds[i].contains(.strongSport) {
            let k = kinds[i]
            if k.contains(.sport) { sportWords += 1 }
            if k.contains(.strongSport) { strong = true }
            if k.contains(.animals) { animals = true }
            if k.contains(.figurative) { figurative = true }
            if k.contains(.cyber) { cyber = true }
            if k.contains(.commentary) { commentary = true }
            // ("دراجة نارية": a motorbike, no gunfire)
            let motorbike = i > 0 && kinds[i - 1].contains(.motorVehicles)
            if !motorbike, !k.isDisjoint(with: [.violence, .groundInstrument]) { violent.append(i) }
            if k.contains(.forces) { forces.append(i) }
            // ("تدافع عن": defends, not a stampede)
            if k.contains(.accident), !(w.isAny(i, ["تدافع"]) && w.isAny(i + 1, ["عن"])) { accidents.append(i) }
        }
        sport = strong || sportWords >= 2 || e.sportsDocument()
        self.animals = animals
        self.figurative = figurative
        self.cyber = cyber
        self.commentary = commentary
        violentWords = violent
        forceWords = forces
        accidentWords = accidents
    }

    /// The event type the trigger at `i` stands for here, or nil when it is not an event in this sentence.
    func sense(of type: EventType, reading: String, at i: Int, in clause: Range<Int>) -> EventType? {
        let w = events.words
        let violentElsewhere = violentWords.contains { $0 != i && !w.has($0, in: Self.killingWords) }
        switch type {
        case .attack, .airstrike:
            if sport || animals { return nil }
            if Self.ambiguousAttack.contains(reading) {
                let evidence = violentWords.contains { $0 != i } || (!figurative && forceWords.contains { $0 != i })
                if !evidence && !(Self.assault.contains(reading) && assaultOnPerson(after: i)) { return nil }
            }
            if figurative && !violentWords.contains(where: { $0 != i }) && !(Self.assault.contains(reading) && assaultOnPerson(after: i)) {
                return nil
            }
            // In a sentence about hacking another attack word of double sense vouches for none ("مخاوف من نقاط ضعف
            // إلكترونية … عقب هجوم أوكرانيا وهجوم مشابه").
            if cyber, !violentWords.contains(where: { $0 != i && !w.words[$0].readings.contains(where: Self.ambiguousAttack.contains) }) {
                return nil
            }
            if aimsAtAbstraction(after: i, assault: Self.assault.contains(reading)) { return nil }
            // In a sentence of comment another attack word of double sense vouches for none ("شن … هجوما على
            // التنظيم قائلا … وهاجم دولا عربية": criticism twice over).
            if commentary, Self.ambiguousAttack.contains(reading),
               !violentWords.contains(where: { $0 != i && !w.words[$0].readings.contains(where: Self.ambiguousAttack.contains) }) {
                return nil
            }
            return type
        case .killing:
            if animals || (!accidentWords.isEmpty && !violentElsewhere) { return nil }
            // "القضاء على إرهابيين اثنين" (not "القضاء على الفساد").
            if reading == EventLexicon.key("القضاء") {
                guard w.isAny(i + 1, ["علي"]) else { return nil }
                let k = w.number(i + 2) != nil ? i + 3 : i + 2
                guard w.has(k, in: EventContextLexicon.personNouns) || events.startingAt[k].map({ events.mentions[$0].type == .person }) == true else { return nil }
            }
            // "استشهاد" is also a death in hospital: only with violence around it.
            if reading.hasPrefix(EventLexicon.key("استشهد")) && !violentElsewhere { return nil }
            return type
        case .arrest:
            // "إيقاف بخمس مباريات": a suspension in sport.
            return sport && Self.suspension.contains(reading) ? nil : type
        case .clash:
            if sport { return nil }
            let between = (clause.lowerBound..<clause.upperBound).contains { w.isAny($0, ["بين"]) }
            return violentWords.contains { $0 != i } || forceWords.contains { $0 != i } || between ? type : nil
        case .meeting:
            if sport { return nil }
            let next = i + 1
            if w.has(next, in: EventContextLexicon.interview) { return nil }
            // "في لقاء مع قناة …": an interview.
            if w.isAny(next, ["مع"]), let m = events.startingAt[next + 1], EventLexicon.isMedia(events.mentions[m].surface) { return nil }
            if reading == EventLexicon.key("جلسة") { return w.isAny(next, ["عمل"]) ? type : nil }
            if reading == EventLexicon.key("قمة") {
                guard let m = events.startingAt[next], events.mentions[m].type != .person else { return nil }
            }
            return type
        case .visit, .threat:
            return sport ? nil : type
        default:
            return type
        }
    }

    /// "أطلق النار على وثيقة قرطاج", "اعتداء صارخ على المجلس": an attack word whose "على" (within three words) opens a
    /// document, an agreement or an idea, or for an assault an institution: a figure of speech.
    private func aimsAtAbstraction(after i: Int, assault: Bool) -> Bool {
        let w = events.words
        guard let on = ((i + 1)...(i + 3)).first(where: { w.isAny($0, ["علي"]) }) else { return false }
        return w.has(on + 1, in: EventContextLexicon.abstractTargets) || (assault && w.has(on + 1, in: EventContextLexicon.institutionTargets))
    }

    /// "اعتداء على تلميذ", "اعتدى على عون أمن": an assault on a person.
    private func assaultOnPerson(after i: Int) -> Bool {
        let w = events.words
        for k in (i + 1)..<min(w.words.count, i + 5) {
            if w.has(k, in: EventContextLexicon.personNouns) { return true }
            if let m = events.startingAt[k], events.mentions[m].type == .person { return true }
        }
        return false
    }
}
