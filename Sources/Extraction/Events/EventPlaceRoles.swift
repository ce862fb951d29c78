import ArabicText
/// The places attached to a trigger, and those of the incident a result verb joins to it.
extension SentenceEvents {
    /// Places attached to the trigger: inside its segment, after it and introduced by a preposition
    /// (في، على، قرب، ب…), by و after a place already attached, or as its direct object; else, when a verb
    /// such as تعرض or شهد brings the event to it, the nearest place before the trigger.
    func attachedPlaces(_ h: Hit, segment seg: Range<Int>) -> [Int] {
        let w = words.words
        var after: [Int] = []
        var lastAttached = -1
        var inCharge: ChargePhrase?
        var namedByPlace = false
        let relatives = foreign
        for j in seg where j > h.index {
            // What follows a complementizer or a report is another clause.
            if words.has(j, in: EventLexicon.complementizer) || (covering[j] == nil && lookup(j).map { $0.trigger.type == .statement && !$0.trigger.nominal } ?? false) { break }
            // "بتهمة سرقة … بمدينة بنان", "صادرة في حقه مناشير … بتونس", "على إثر عمليات ارتكبوها في سوسة": the
            // arrest's charge, warrant or cause is another predicate, with places of its own.
            // ("بتهمة القتل العمد من طرف وحدات الحرس بمنزل تميم": the arrest's agent phrase is its own again.)
            if h.type == .arrest, let c = chargePhrase(at: j) { inCharge = c; continue }
            // "وإحالتهما إلى فرقة مكافحة الإرهاب بتونس العاصمة", "ونقله إلى المستشفى الجهوي بX", "الالتحاق بالجماعات
            // الإرهابية بسوريا": where the arrested were sent or meant to go, not where they were taken.
            if h.type == .arrest, isSending(at: j) || describesPastDoings(at: j) { break }
            // "القبض على عنصر بX، وتدمير مخبأين في Y": a comma and و before no place start another predicate.
            if h.type == .arrest, !after.isEmpty, startsCoordinatedPredicate(at: j) { break }
            if inCharge == .charge, words.has(j, in: Self.byWords), words.isAny(j - 1, ["من", "علي"]) || words.hasPrepositionClitic(j) {
                inCharge = nil
            }
            // "من أجل السرقة والعنف وذلك بمنطقة X": «وذلك» takes up the arrest again after its charge or warrant.
            if inCharge != nil, words.isAny(j, ["وذلك"]) { inCharge = nil; continue }
            if inCharge != nil { continue }
            // ("مفتش عنه لفائدة المحكمة الابتدائية بتونس": where the case is heard)
            guard let m = startingAt[j], mentions[m].type == .place, !isJunkPlace(m), !isCourtSeat(j) else { continue }
            // "… التي تم إيقافها مؤخرا بمنطقة الجوامع": a place of another predicate.
            if relatives.contains(where: { $0.contains(j) && !$0.contains(h.index) }) { continue }
            var prev = j - 1
            while prev > h.index, w[prev].isPunct, w[prev].isKey("\"") { prev -= 1 }  // قاعدة “عين الأسد”
            // ("هجوم X وY": a single attack named by its place; the place joined to it names another attack)
            let continues = (lastAttached == prev || (lastAttached == prev - 1 && w[prev].isPunct)) && !namedByPlace
            let clitic = mentions[m].span.start > w[j].start && !w[j].key.hasPrefix("ل") && (!w[j].key.hasPrefix("و") || continues)
            if h.type == .withdrawal {
                // "انسحاب … من العراق", "خروج … خارج العراق".
                if words.has(prev, in: EventLexicon.fromWords) || (clitic && w[j].key.hasPrefix("م")) { after.append(m); lastAttached = lastWord[m]! }
                continue
            }
            let toPlace = h.type == .visit && (words.isAny(prev, ["الي"]) || (mentions[m].span.start > w[j].start && w[j].key.hasPrefix("ل")))
            if h.type == .visit {
                // Where a visit went: "إلى بغداد", "لولاية المنستير", not where something else is.
                if toPlace || continues || (prev > h.index && words.has(prev, in: EventLexicon.placeNouns)
                                            && (words.isAny(prev - 1, ["الي"]) || w[prev].key.hasPrefix("ل"))) {
                    after.append(m); lastAttached = lastWord[m]!
                }
                continue
            }
            // "المرتبطة بطهران", "الموالية لإيران": an adjective's complement, not a place of the event.
            let adjective = prev > h.index && !words.has(prev, in: EventLexicon.placeNouns)
                && w[prev].readings.contains { $0.hasPrefix("الم") || ($0.hasPrefix("م") && $0.count > 4) }
            if clitic && adjective { continue }
            // "أصيلي العاصمة وسيدي بوزيد", "أصيل معتمدية منزل تميم من ولاية نابل", "قادما من": where people come from;
            // "شركة مقرها في روما": where something else is.
            if isOriginOrSeat(before: j, after: h.index) { continue }
            // "عون أمن يعمل في فوج وحدات التدخل بX": where someone works, not where the event was.
            if isWorkplace(before: j, after: h.index) { continue }
            // "إلى قرب الولايات المتحدة": قرب as a noun.
            if words.isAny(prev, ["قرب"]), words.isAny(prev - 1, ["الي"]) { continue }
            // "قرب العاصمة الفرنسية باريس": a place noun and its adjective before the name.
            let describedHead = prev - 1 > h.index && Self.isNisba(w[prev].key) && words.has(prev - 1, in: EventLexicon.placeNouns)
            let attached = prev == h.index || clitic || words.has(prev, in: EventLexicon.placePrepositions)
                || (prev > h.index && words.has(prev, in: EventLexicon.placeNouns)) || continues || describedHead
                // "على مستوى شارع X"
                || (prev - 1 > h.index && words.isAny(prev, ["مستوي"]) && words.isAny(prev - 1, ["علي"]))
                // A verb's object after its subject ("استهدفت طائرتان مسيرتان قاعدة الوادي").
                || (!h.trigger.nominal && after.isEmpty && j - h.index <= 4)
                // The object of a verb that continues the event ("هجوماً … استهدف قاعدة الوادي").
                || (lookup(prev).map { [.attack, .airstrike].contains($0.trigger.type) } ?? false)
            if attached {
                if after.isEmpty, prev == h.index, h.trigger.nominal, h.type == .attack, !w[h.index].key.hasSuffix("ات"),
                   mentions[m].span.start == w[j].start { namedByPlace = true }
                after.append(m); lastAttached = lastWord[m]!
            }
        }
        if !after.isEmpty { return after }
        if h.type == .killing || h.type == .attack, case let before = incidentPlaces(before: h, segment: seg), !before.isEmpty { return before }
        guard (seg.lowerBound..<h.index).contains(where: { words.has($0, in: Self.supportVerbs) }) else { return [] }
        return (seg.lowerBound..<h.index).compactMap { startingAt[$0] }.filter { mentions[$0].type == .place && !isJunkPlace($0) && !isCourtSeat(firstWord[$0]!) }
    }

    /// "شجار جد ليلة البارحة بمعتمدية قليبية … أسفر عن مقتل شاب", "العملية التي جدت أمس في جبل سمامة وأدت إلى
    /// استشهاد …": where the incident that led to the event took place — the places of an occurrence verb
    /// before the trigger, when a result verb (أسفر، أدى، انتهى) joins that incident to it.
    func incidentPlaces(before h: Hit, segment seg: Range<Int>) -> [Int] {
        let w = words.words
        // ("أسفر شجار جد … عن مقتل": the result verb may open the clause)
        let from = seg.lowerBound
        // ("أدى تدافع داخل ملعب في شمال X إلى مقتل …": a result verb that opens the clause, its subject the incident)
        let opening = (from..<min(h.index, from + 2)).first { words.has($0, in: Self.resultVerbs) }
        guard let v = (from..<h.index).first(where: { words.has($0, in: Self.occurrenceVerbs) }) ?? opening,
              let result = ((from..<h.index).filter { $0 != v }).first(where: { words.has($0, in: Self.resultVerbs) }) ?? opening else { return [] }
        let end = result > v ? result : h.index
        var found: [Int] = []
        var j = v + 1
        while j < end, j - v <= 14 {
            guard let m = startingAt[j] else { j += 1; continue }
            let prev = j - 1
            let clitic = mentions[m].span.start > w[j].start && w[j].key.hasPrefix("ب")
            // "بالعاصمة الألمانية برلين", "في شمال أنغولا"
            let described = (Self.isNisba(w[prev].key) && words.has(prev - 1, in: EventLexicon.placeNouns))
                || (words.isAny(prev, Self.compassWords) && words.isAny(prev - 1, ["في"]))
            if mentions[m].type == .place, !isJunkPlace(m), !isOriginOrSeat(before: j, after: v), !isCourtSeat(j),
               clitic || described || words.has(prev, in: EventLexicon.placePrepositions) || words.has(prev, in: EventLexicon.placeNouns) {
                found.append(m)
            }
            j = lastWord[m]! + 1
        }
        return found
    }

    /// A comma at word `j` and a word with و after it (or «و» alone and a word) that is no place: the start of a
    /// coordinated predicate ("، وتدمير مخبأين في Y", "، و حجز سيارة بـY").
    func startsCoordinatedPredicate(at j: Int) -> Bool {
        let w = words.words
        guard j + 2 < w.count, w[j].isKey(","), w[j + 1].key.hasPrefix("و"), !w[j + 1].isPunct else { return false }
        let next = w[j + 1].key == "و" ? j + 2 : j + 1
        return startingAt[next] == nil && !words.has(next, in: EventLexicon.placeNouns)
    }

    /// Word `j` sends someone elsewhere: a referral, transfer or committal followed by إلى or على ("وإحالتهم على
    /// النيابة", "نقله إلى المستشفى"), or joining a group abroad ("الالتحاق بـ").
    func isSending(at j: Int) -> Bool {
        (words.has(j, in: Self.sendingWords) && words.isAny(j + 1, ["الي", "علي"])) || words.has(j, in: Self.joiningWords)
    }

    /// "… من القبض على عنصرين كانا يقومان برصد تحركات … ببن قردان": a dual or plural «كان» with a present verb
    /// after the arrested tells what they were doing or meant to do, and where, not where they were taken
    /// ("كانوا بصدد …", "كانوا على متن سيارة" are where they were caught, and go on).
    func describesPastDoings(at j: Int) -> Bool {
        guard words.isAny(j, ["كانا", "كانوا", "كانتا"]), j + 1 < words.words.count, !words.isAny(j + 1, ["بصدد"]) else { return false }
        // ("كانوا قد قاموا بافتكاكه": what they had done before)
        if words.isAny(j + 1, ["قد"]) { return true }
        let next = words.words[j + 1].key
        return (UTF8Key.hasPrefix(next, "ي") || UTF8Key.hasPrefix(next, "ت")) && next.count >= 4 && !words.words[j + 1].isPunct
    }

    /// The town after a coast noun in the arrest's clause ("على مستوى سواحل X", "بسواحل X", not "من سواحل X"), as
    /// written, if one word says it.
    func coastPlace(of h: Hit, in range: Range<Int>) -> String? {
        for k in range where k + 1 < range.upperBound && words.has(k, in: EventExtractor.coastNouns) && covering[k] == nil {
            if k > h.index, (h.index..<k).contains(where: { chargePhrase(at: $0) != nil || isSending(at: $0) || describesPastDoings(at: $0) }) { break }
            // ("انطلاقا من سواحل X": where a crossing was to start, not where it was stopped)
            guard words.hasPrepositionClitic(k) || words.isAny(k - 1, ["في", "مستوي"]) else { continue }
            if words.has(k - 1, in: Self.originOrHomeWords) || isOriginOrSeat(before: k + 1, after: min(k, h.index)) { continue }
            if let m = startingAt[k + 1], mentions[m].type == .place { return isJunkPlace(m) ? nil : mentions[m].surface }
            if let name = placeName(at: k + 1, in: range) { return name }
        }
        return nil
    }

    /// Verbs of working somewhere ("يعمل في", "تشتغل بـ"); not of studying: a pupil is often taken where he studies.
    static let workVerbs = WordSet(["يعمل", "تعمل", "يعملون", "يعملان", "تعملان", "يشتغل", "تشتغل", "يشتغلون", "يشتغلان",
                                    "يزاول", "تزاول", "يزاولون"].map(EventLexicon.key))

    /// Whether the place at word `j` is where someone works: a work verb at most six words before it, after
    /// the trigger, with no mark, trigger or complementizer between.
    func isWorkplace(before j: Int, after trigger: Int) -> Bool {
        var k = j - 1
        while k > trigger, j - k <= 6 {
            if words.has(k, in: Self.workVerbs) { return true }
            if words.words[k].isPunct || (lookup(k) != nil && covering[k] == nil) || words.has(k, in: EventLexicon.complementizer) { return false }
            k -= 1
        }
        return false
    }

    static let sendingWords = WordSet(["إحالة", "إحالته", "إحالتها", "إحالتهم", "إحالتهما", "أحيل", "أحيلت", "أحيلوا", "أحيلا",
                                       "نقله", "نقلها", "نقلهم", "نقلهما", "تحويله", "تحويلها", "تحويلهم", "تحويلهما",
                                       "إيداعه", "إيداعها", "إيداعهم", "إيداعهما", "اقتياده", "اقتيادها", "اقتيادهم", "اقتيادهما"].map(EventLexicon.key))
    static let joiningWords = WordSet(["الالتحاق", "الإلتحاق", "التحاق", "والالتحاق", "للالتحاق", "للإلتحاق"].map(EventLexicon.key))

    /// Verbs of an incident ("جد شجار", "انفجرت سيارة"), and of an attack whose result is the killing ("فجر انتحاري
    /// شاحنة … في حي X … مما أسفر عن مقتل").
    static let occurrenceVerbs = WordSet(["جد", "جدت", "وقع", "وقعت", "دارت", "حدث", "حدثت", "تحطم", "تحطمت", "انفجر", "انفجرت",
                                          "اندلع", "اندلعت", "فجر", "فجرت", "هاجم", "هاجمت", "هاجموا", "دهس", "دهست"].map(EventLexicon.key))
    static let resultVerbs = WordSet(["أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادت", "ادى", "خلف", "خلفت", "انتهت",
                                               "انتهى"].map(EventLexicon.key))
}
