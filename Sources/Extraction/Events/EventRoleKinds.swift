/// The roles of each kind of event: attacks and clashes, killings and arrests, meetings (visits and movements:
/// `EventMovementRoles.swift`; their places: `EventPlaceRoles.swift`).
extension SentenceEvents {
    func attackRoles(_ h: Hit, _ range: Range<Int>) -> Roles {
        let w = words.words
        let seg = segment(of: h, in: range)
        var r = Roles(actors: agents(of: h, range: range))
        for j in (h.index + 1)..<max(h.index + 1, seg.upperBound) {
            guard let m = startingAt[j], !r.actors.contains(m), !EventLexicon.isMedia(mentions[m].surface) else { continue }
            let direct = j == h.index + 1 || (j == h.index + 2 && w[h.index + 1].isKey("\""))
                || (mentions[m].type == .place && (h.index + 1 < j) && words.has(h.index + 1, in: EventLexicon.placeNouns)
                    && ((h.index + 2)..<j).allSatisfy { w[$0].isPunct })  // "استهداف قاعدة “عين الأسد”"
            let genitive = direct && !(Self.agentGenitive.contains(h.reading) && mentions[m].type == .organization)
            // ("على مستوى شارع X": where, not what was hit)
            let against = (max(h.index, j - 2)..<j).contains { words.isAny($0, ["علي", "ضد"])
                && !(words.isAny($0 + 1, ["مستوي"]) && mentions[m].type == .place) }
            // ("استهدفت دورية أمنية بقبلي", "استهدف الثكنة العسكرية بمدينة بن قردان": a place with its ب, or after
            // a place noun with it, says where the object was, not what was hit)
            let located = mentions[m].type == .place && (words.hasPrepositionClitic(j)
                || (words.has(j - 1, in: EventLexicon.placeNouns) && words.hasPrepositionClitic(j - 1)))
            let object = !h.trigger.nominal && r.targets.isEmpty && j - h.index <= 4 && mentions[m].type != .person && !located
                && !((h.index + 1)..<j).contains { words.has($0, in: EventContextLexicon.phraseStops) || words.has($0, in: EventLexicon.placePrepositions) }
            if genitive || against || object { r.targets.append(m) }
        }
        if r.targets.isEmpty, r.targetPhrase == nil, h.type != .clash,
           let s = (seg.lowerBound..<h.index).last(where: { words.has($0, in: Self.supportVerbs) }) {
            // "تعرض مطار أربيل لهجوم", "وكانت السفارة الأمريكية في بغداد قد تعرضت لهجوم".
            var n = s + 1
            while n < h.index, w[n].isPunct || dateWords.contains(n) { n += 1 }
            let relative = (seg.lowerBound..<s).last { words.has($0, in: EventContextLexicon.relatives) }
            if let m = startingAt[n], n < h.index {
                r.targets = [m]
                r.targetPhrase = mentions[m].surface
            } else if let rel = relative {
                // "… ملهى رينا الليلي في إسطنبول، الذي كان تعرض لهجوم": the antecedent of the relative pronoun.
                var e = rel - 1
                while e >= range.lowerBound, w[e].isPunct { e -= 1 }
                if let m = covering[e], mentions[m].type == .place, words.isAny(firstWord[m]! - 1, ["في"]) { e = firstWord[m]! - 2 }
                if e >= range.lowerBound, let m = covering[e], mentions[m].type != .person { r.targets = [m]; r.targetPhrase = mentions[m].surface }
                else if e >= range.lowerBound, covering[e] == nil {
                    var b = e
                    while b > max(range.lowerBound, e - 4), !w[b - 1].isPunct || w[b - 1].isKey("\""),
                          !words.has(b - 1, in: EventContextLexicon.phraseStops), covering[b - 1] == nil, lookup(b - 1) == nil { b -= 1 }
                    r.targetPhrase = words.text(b..<(e + 1))
                }
            } else if n < h.index, !words.has(n, in: EventContextLexicon.phraseStops), !words.hasPrepositionClitic(n) {
                // ("تعرضت لتحويل وجهة ثم الاعتداء": a ل-phrase after the verb is another event, no subject)
                // VSO: "تعرض مكتب المخابرات العامة في مخيم البقعة لهجوم", "تعرض عدد من أعوان الأمن …".
                let np = personPhrase(after: n - 1, in: n..<h.index) ?? nounPhrase(from: n, in: n..<h.index, max: 3)
                // «تعرضت نجمة "تلفزيون الواقع" كيم X إلى هجوم»: the person the description names, not its institution.
                let named = pastQuoteMarks(from: np.upperBound, in: range)
                if !np.isEmpty, named < h.index, !words.has(n, in: EventContextLexicon.targetNouns), let p = startingAt[named],
                   mentions[p].type == .person, mentions[p].span.start == w[named].start,
                   !np.contains(where: { startingAt[$0].map { mentions[$0].type == .person } ?? false }) { r.targets = [p] }
                else if let m = np.compactMap({ startingAt[$0] }).first { r.targets = [m] } else if !np.isEmpty { r.targetPhrase = phraseText(np) }
            } else if n >= h.index || words.isAny(n, ["الي"]) {
                // SVO: the support verb right before the trigger ("السفارة … تعرضت لهجوم", "تعرض إلى الاعتداء");
                // after "تعرض لها" the target is a pronoun's antecedent, which no phrase here names.
                var k = seg.lowerBound
                while k < s, w[k].isPunct || words.isAny(k, ["كان", "كانت", "قد", "وقد"]) { k += 1 }
                let np = nounPhrase(from: k, in: k..<s, max: 3)
                if let m = np.compactMap({ startingAt[$0] }).first { r.targets = [m] } else if !np.isEmpty { r.targetPhrase = phraseText(np) }
            }
        }
        // "استهدف مركز دبلوماسي أميركي" (the passive verb's subject), "هجوم استهدف نقطة تفتيش" (the object of
        // the verb that goes on with a nominal trigger).
        // ("هجوم انتحاري استهدف نقطتي تفتيش": past one adjective of the nominal trigger)
        func attackVerb(_ k: Int) -> Bool { lookup(k).map { !$0.trigger.nominal && $0.trigger.type == .attack } ?? false }
        let adjective = Self.hasAdjectiveEnding(w[min(h.index + 1, w.count - 1)].key) && startingAt[h.index + 1] == nil ? 1 : 0
        var objectAt = h.trigger.needsWeapon || !h.trigger.nominal ? (h.trigger.needsWeapon ? -1 : h.index + 1)
            : attackVerb(h.index + 1) ? h.index + 2 : adjective == 1 && attackVerb(h.index + 2) ? h.index + 3 : -1
        // The verb's subject stands before it (a relative pronoun, the attack noun it goes on with), so what follows is
        // its object, people too ("تفجيرين استهدفا زوارا شيعة", "الهجوم الذي استهدف عناصر من قوات الأمن").
        let subjectBefore = objectAt > h.index + 1 || (!h.trigger.nominal && h.index > range.lowerBound
            && (words.has(h.index - 1, in: EventContextLexicon.relatives) || lookup(h.index - 1).map { $0.trigger.nominal && $0.trigger.type == .attack } ?? false))
        // "التفجير الذي استهدف، الثلاثاء، محافظ قندهار", "قصف استهدف أمس الثلاثاء منطقة سكنية": past the date the
        // verb's object waits behind, with the commas that set it apart.
        if objectAt > 0, subjectBefore {
            var k = objectAt
            while k < min(seg.upperBound, objectAt + 5), dateWords.contains(k) || w[k].isKey(",") { k += 1 }
            if (objectAt..<k).contains(where: dateWords.contains) { objectAt = k }
        }
        if r.targets.isEmpty, r.targetPhrase == nil, h.type != .clash, objectAt > 0, objectAt < seg.upperBound {
            if let m = startingAt[objectAt], !r.actors.contains(m) { r.targets = [m] }
            else if subjectBefore, !seriesAntecedent(of: h), let p = personPhrase(after: objectAt - 1, in: range), p.lowerBound == objectAt {
                r.targetPhrase = phraseText(withPossessor(p, in: seg))
            } else if words.has(objectAt, in: EventContextLexicon.targetNouns) {
                // (as written, without its marks: "استهدف مركزاً للشرطة")
                let text = words.text(withPossessor(nounPhrase(from: objectAt, in: range, max: 3), in: seg)).unicodeScalars
                r.targetPhrase = String(String.UnicodeScalarView(text.filter { !(0x064B...0x065F).contains($0.value) }))
            }
        }
        if r.targets.isEmpty, r.targetPhrase == nil, h.type != .clash,
           // (past the weapon after a firing verb: "أطلقت مجموعة من الصواريخ البالستية من غرب البلاد على مواقع …")
           let on = ((h.index + 1)..<min(seg.upperBound, h.index + (h.trigger.needsWeapon ? 12 : 5))).first(where: { words.isAny($0, ["علي", "ضد"]) }),
           words.has(on + 1, in: EventContextLexicon.personNouns) || words.has(on + 1, in: EventContextLexicon.targetNouns) {
            let np = withPossessor(nounPhrase(from: on + 1, in: range, max: 3), in: seg)
            if !np.isEmpty { r.targetPhrase = phraseText(np) }
        }
        // "عون أمن" read as a name is a common noun: a phrase says it better.
        if let m = r.targets.first, isCommonNoun(m) || (firstWord[m].map { words.has($0, in: EventContextLexicon.personNouns) } ?? false) {
            let np = nounPhrase(from: firstWord[m]!, in: range, max: 3)
            r.targetPhrase = np.isEmpty ? mentions[m].surface : phraseText(np)
            r.targets.removeAll { $0 == m }
            // "اعتداء عون أمن على أحد المحامين": the noun right after the trigger that goes on with an على-target
            // is who attacked, and the على-phrase what was hit.
            if h.trigger.nominal, Self.agentGenitive.contains(h.reading), firstWord[m] == h.index + 1, !np.isEmpty,
               words.isAny(np.upperBound, ["علي", "ضد"]),
               words.has(np.upperBound + 1, in: EventContextLexicon.personNouns) || words.has(np.upperBound + 1, in: EventContextLexicon.targetNouns) {
                r.actorPhrase = r.targetPhrase
                let hit = nounPhrase(from: np.upperBound + 1, in: range, max: 3)
                r.targetPhrase = hit.isEmpty ? nil : phraseText(hit)
            }
        }
        if h.type == .clash {
            // (not past the source the clash is told by: "بحسب ما أفاد به مصدر أمني مراسلة إذاعة X")
            let sourced = ((h.index + 1)..<max(h.index + 1, seg.upperBound)).first {
                words.has($0, in: EventLexicon.attribution) || words.has($0, in: Self.correspondentNouns)
            } ?? seg.upperBound
            r.actors += (seg.lowerBound..<max(seg.lowerBound, sourced)).compactMap { startingAt[$0] }
                .filter { mentions[$0].type == .organization && !r.actors.contains($0) && !EventLexicon.isMedia(mentions[$0].surface) }
            r.targets = []
        }
        // "فلان، منفذ هجوم X", "لمنفذ الهجوم فلان": the person the perpetrator noun names in apposition.
        // (who did it is not what was hit: "هاتف فلان، منفذ هجوم X" is no attack on him)
        if h.type == .attack, r.actors.isEmpty, let m = namedPerpetrator(of: h, in: range) {
            r.actors = [m]
            r.actorPhrase = nil
            r.targets.removeAll { $0 == m }
        }
        // "من طرف شاب", "اعتداء زوج الأستاذة على المدير": an attacker described, not named.
        if h.type == .attack, r.actors.isEmpty, let p = describedAttacker(of: h, range: range) ?? describedSubject(of: h, in: range) {
            let phrase = phraseText(p)
            if phrase != r.targetPhrase { r.actorPhrase = phrase }
        }
        // "قامت الشرطة بإطلاق النار على …", "أطلقت الشرطة الفرنسية النار على …": the force that did it.
        if h.type == .attack, r.actors.isEmpty, r.actorPhrase == nil, let f = enablingForce(of: h, in: range) ?? firingForce(of: h, in: seg) {
            if let m = f.named, !r.targets.contains(m) { r.actors = [m] } else if f.named == nil { r.actorPhrase = f.phrase }
        }
        // "فلان، الذي أطلق النار على …", "الإرهابي الذي استهدف نقطة التفتيش": the antecedent of the relative clause.
        if h.type == .attack, r.actors.isEmpty, r.actorPhrase == nil, !r.targets.isEmpty || r.targetPhrase != nil,
           let a = relativeAntecedent(of: h, in: range) {
            if let m = a.named, !r.targets.contains(m) { r.actors = [m] } else if let p = a.phrase { r.actorPhrase = phraseText(p) }
        }
        r.places = attachedPlaces(h, segment: seg).filter { !r.actors.contains($0) }
        if r.places.isEmpty, h.type == .attack { r.placePhrase = attackedPostSeat(of: h, in: seg) }
        // "اشتباكات جدت بجبل X من معتمدية Y بولاية Z": the town or mountain in the governorate the event takes as its place.
        if r.placePhrase == nil, h.type == .attack || h.type == .clash {
            r.placePhrase = r.places.lazy.compactMap { self.townBefore(governorate: $0, of: h, places: r.places, in: range) }.first
        }
        _ = w
        return r
    }

    /// Nouns of a medium's correspondent ("مراسل", "مراسلة"): the name after them is the outlet that told the news.
    static let correspondentNouns = WordSet(["مراسل", "مراسلة", "مراسلي", "مراسلو"].map(EventLexicon.key))

    /// "بالعمليات الإرهابية التي استهدفت الأمنيين": a relative verb whose antecedent, up to three words before its
    /// pronoun, is a plural in ات tells of a series, whom it hit is no one event's target.
    func seriesAntecedent(of h: Hit) -> Bool {
        guard h.index >= 1, words.has(h.index - 1, in: EventContextLexicon.relatives) else { return false }
        return (max(0, h.index - 4)..<(h.index - 1)).contains { words.words[$0].key.hasSuffix("ات") }
    }

    /// Killings, arrests, kidnappings, dismissals: who was killed or taken (named, or a noun phrase), and
    /// by whom ("من طرف وحدات الحرس الوطني", the subject of "تمكنت … من إيقاف").
    func patientRoles(_ h: Hit, _ range: Range<Int>) -> Roles? {
        let w = words.words
        let seg = segment(of: h, in: range)
        var r = Roles(actors: agents(of: h, range: range))
        // "استشهد فلان": the subject of an intransitive killing verb is its victim.
        if h.type == .killing, !h.trigger.nominal, h.reading.hasPrefix(EventLexicon.key("استشهد")) { r.actors = [] }
        if h.type == .killing {
            r.targets = killingVictims(h, range: range)
            if EventLexicon.possessive.contains(h.reading) && r.targets.isEmpty {
                // "لقي شاب مصرعه": the victim stands between لقي and the trigger.
                if let l = (max(range.lowerBound, h.index - 6)..<h.index).last(where: { words.isAny($0, ["لقي", "لقيت", "لقوا"]) }) {
                    r.targets = ((l + 1)..<h.index).compactMap { startingAt[$0] }.filter { mentions[$0].type == .person }
                    if r.targets.isEmpty, words.has(l + 1, in: EventContextLexicon.personNouns) {
                        r.targetPhrase = words.text(nounPhrase(from: l + 1, in: range, max: min(3, h.index - l - 1)))
                    }
                }
            }
        } else {
            // The person named right after the trigger ("إيقاف فلان", "القبض على فلان", "إيقاف الشاب فلان").
            var k = h.index + 1
            if words.isAny(k, ["علي", "عن"]) { k += 1 }
            let described = k
            // "القبض على رجل الأعمال شفيق جراية": a role of up to two words before the name.
            for _ in 0..<2 where startingAt[k] == nil && (words.has(k, in: EventContextLexicon.personNouns)
                || words.has(k, in: EventContextLexicon.roleNouns) || (k > h.index + 1 && w[k].key.hasPrefix("ال") && !w[k].isPunct)) { k += 1 }
            if let m = startingAt[k] ?? officeNamed(after: described, in: range), mentions[m].type == .person, !r.actors.contains(m) { r.targets = [m] }
        }
        var objectFrom = h.index
        // "أوقفت عناصر من الدرك 3 تجار": members of a force, then whom they arrested.
        let membersOfForce = words.has(h.index + 1, in: EventContextLexicon.personNouns) && words.isAny(h.index + 2, ["من"])
            && words.has(h.index + 3, in: EventContextLexicon.securityNouns)
        if !h.trigger.nominal, words.has(h.index + 1, in: EventContextLexicon.securityNouns) || membersOfForce {
            // "أوقف أعوان الأبحاث والتفتيش بسليانة مساء أمس شخصين": the force first, then whom it arrested.
            var j = membersOfForce ? h.index + 4 : h.index + 1
            while j < min(range.upperBound, h.index + 10), !(words.number(j) != nil || (words.has(j, in: EventContextLexicon.personNouns)
                    && !words.has(j, in: EventContextLexicon.securityNouns))) { j += 1 }
            let np = membersOfForce ? (h.index + 1)..<nounPhrase(from: h.index + 3, in: range, max: 2).upperBound
                : nounPhrase(from: h.index + 1, in: range.lowerBound..<max(h.index + 2, j), max: 4)  // ("قتلت الشرطة سائق السيارة")
            if !np.isEmpty, r.actors.isEmpty, r.actorPhrase == nil { r.actorPhrase = words.text(np) }
            objectFrom = j - 1
            r.targets = []
        }
        // "قتل مسلحون 5 جنود", "وقتل مفجرون انتحاريون 32 شخصا": people described right after an active verb, then
        // whom they killed or took (a passive verb has one phrase only; a plural verb's subject is its ending).
        if h.type == .killing || h.type == .other, !h.trigger.nominal, r.actors.isEmpty, r.targets.isEmpty, objectFrom == h.index,
           !h.reading.hasPrefix(EventLexicon.key("استشهد")), !hasPluralSubjectEnding(h.index), words.number(h.index + 1) == nil,
           let s = personPhrase(after: h.index, in: range), s.lowerBound == h.index + 1,
           let o = personPhrase(after: s.upperBound - 1, in: range), o.lowerBound == s.upperBound {
            r.actorPhrase = Self.obliquePlural(phraseText(s))
            objectFrom = s.upperBound - 1
        }
        // "أن مسلحين اقتحموا المقر و اختطفوا فلانا": the people before the earlier verb joined to this one by و.
        if h.type == .killing || h.type == .other, r.actors.isEmpty, r.actorPhrase == nil, let s = coordinatedSubject(of: h, in: range) {
            r.actorPhrase = Self.obliquePlural(phraseText(s))
        }
        if r.targets.isEmpty, r.targetPhrase == nil, var p = personPhrase(after: objectFrom, in: range) {
            // "كهل ليبي ومواطن تونسي", "شاب وفتاة": a second person joined by و was taken too.
            // ("إرهابي مصنف خطير وقيادي بخلية": a second description of the same man is no second person.)
            // "مقتل أربعة ضباط، وثمانية ضباط صف": a counted group after a comma and و is one more part of the count.
            let next = p.upperBound < range.upperBound && w[p.upperBound].isKey(",") && words.number(p.lowerBound) != nil
                && words.number(p.upperBound + 1) != nil && w[min(p.upperBound + 1, w.count - 1)].key.hasPrefix("و") ? p.upperBound + 1 : p.upperBound
            if next < range.upperBound, startingAt[next] == nil, w[next].key.hasPrefix("و"),
               !Self.hasAdjectiveEnding(w[next].key) || words.number(next) != nil,  // ("وثمانية" is no adjective)
               let q = personPhrase(after: next - 1, in: range), q.lowerBound == next, q.count <= 3 {
                p = p.lowerBound..<q.upperBound
            }
            r.targetPhrase = phraseText(p)
        }
        // "تعرّض شقيقه، خليفة السلطاني اليوم إلى عملية اختطاف": who underwent a killing or a kidnapping is the
        // person the support verb before the trigger names.
        if h.type == .killing || h.type == .other, r.targets.isEmpty, r.targetPhrase == nil,
           let s = (max(seg.lowerBound, h.index - 8)..<h.index).last(where: { words.has($0, in: Self.supportVerbs) }),
           let m = ((s + 1)..<h.index).compactMap({ startingAt[$0] }).first(where: { mentions[$0].type == .person }) {
            r.targets = [m]
        }
        let killed = h.type == .killing && quantities(range).contains { $0.what == "killed" }
        if h.type == .killing, !h.trigger.nominal, r.targets.isEmpty, h.reading.hasPrefix(EventLexicon.key("استشهد")),
           let m = subject(ofVerb: h.index, in: range).mention, mentions[m].type == .person {
            r.targets = [m]
        }
        r.actors.removeAll { r.targets.contains($0) }
        if h.type == .killing, r.actors.isEmpty, r.actorPhrase == nil { r.actorPhrase = describedForce(by: h, segment: seg, in: range) }
        // "أقدم شاب على قتل …": who ventured on the killing did it.
        if h.type == .killing, r.actors.isEmpty, r.actorPhrase == nil, let p = ventureSubject(of: h, in: range) { r.actorPhrase = phraseText(p) }
        // "تمكنت الوحدات العسكرية من القضاء على عنصرين": the force that managed it killed them.
        if h.type == .killing, r.actors.isEmpty, r.actorPhrase == nil, let f = enablingForce(of: h, in: range) {
            if let m = f.named, !r.targets.contains(m) { r.actors = [m] } else if f.named == nil { r.actorPhrase = f.phrase }
        }
        // "من قبل إرهابيين", "على يد مجهولين": who killed or took them, described without a name.
        if h.type == .other, r.actors.isEmpty, r.actorPhrase == nil, let p = describedSubject(of: h, in: range) { r.actorPhrase = phraseText(p) }
        // ("على يد الشرطي التركي مولود X": the person named after the description is who.)
        if h.type == .killing || h.type == .other, r.actors.isEmpty, r.actorPhrase == nil,
           let p = firstByPhrase(of: h, segment: seg, in: range).described {
            if let m = startingAt[p.upperBound], mentions[m].type == .person, !r.targets.contains(m) { r.actors = [m] } else { r.actorPhrase = phraseText(p) }
        }
        // "فجر انتحاري شاحنة … مما أسفر عن مقتل 15 شخصا": who set off the incident the killing resulted from.
        if h.type == .killing, r.actors.isEmpty, r.actorPhrase == nil, let a = incidentAgent(of: h, in: range) {
            if let m = a.named, !r.targets.contains(m) { r.actors = [m] } else if let p = a.phrase { r.actorPhrase = Self.obliquePlural(phraseText(p)) }
        }
        guard !r.targets.isEmpty || r.targetPhrase != nil || killed else { return nil }
        if h.type == .arrest, r.actors.isEmpty, h.trigger.nominal,
           let v = (range.lowerBound..<h.index).last(where: { words.isAny($0, ["اعلن", "اعلنت"]) }), words.isAny(h.index - 1, ["عن"]) {
            // "أعلن العراق عن اعتقال …": the authority that announces the arrest made it.
            let s = subject(ofVerb: v, in: range)
            if let m = s.mention, !s.media, canAct(m) { r.actors = [m] }
        }
        var forcePlaces: [Int] = []
        if h.type == .arrest, r.actors.isEmpty {
            // "تمكنت وحدات الحرس الوطني من إيقاف …": the security force before the trigger; "تم إيقاف المتهم من طرف
            // أعوان الحرس الوطني": after it, the one a passive arrest's by-phrase names.
            if let f = (range.lowerBound..<h.index).first(where: { words.has($0, in: EventContextLexicon.securityNouns) && covering[$0] == nil })
                ?? passiveForce(of: h, segment: seg) {
                let end = f < h.index ? h.index : seg.upperBound
                let np = withSeat(withOwningForce(nounPhrase(from: f, in: range, max: 4), before: end), before: end)
                let named = np.compactMap { startingAt[$0] }
                // "فرقة الشرطة العدلية سوسة المدينة": a place in the force's phrase is where it serves, not who arrested.
                r.actors = named.filter { mentions[$0].type == .organization }
                forcePlaces = named.filter { mentions[$0].type == .place && !isJunkPlace($0) }
                // ("آمر الحرس الرئاسي", "بمنطقة أمن صفاقس": a force an office or a seat is of is no one who arrested)
                // ("قالت الشرطة السويدية إن ممثلي ادعاء اعتقلوا …": a force that speaks before a bare «إن» is not the subject)
                if r.actors.isEmpty, !np.isEmpty, !governedForce(at: f, in: range),
                   f > h.index || !(f..<h.index).contains(where: { words.isAny($0, ["ان", "بان"]) }) { r.actorPhrase = words.text(np) }
            }
        }
        r.places = attachedPlaces(h, segment: seg).filter { !r.actors.contains($0) }
        // "خلال مداهمة منزل بمدينة X من إيقاف …": where the raid that made the arrest was, not the unit's seat.
        if r.places.isEmpty, h.type == .arrest, let raid = raidPlace(of: h, in: range) {
            if let phrase = raid.phrase { r.places = raid.places; r.placePhrase = phrase; return r }
            if !raid.places.isEmpty, !raid.places.contains(where: r.actors.contains) { r.places = raid.places; return r }
        }
        let force = (range.lowerBound..<h.index).contains { words.has($0, in: EventContextLexicon.securityNouns) && covering[$0] == nil }
        if r.places.isEmpty, h.type == .arrest || (h.type == .killing && force) {
            // "تمكنت الوحدات الأمنية بقبلي من إيقاف …", "وحدات الحرس الوطني بجهة مطماطة … القضاء على":
            // where the force that arrested or killed is.
            r.places = unitPlaces(before: h, in: range)
        }
        if r.places.isEmpty { r.places = forcePlaces.filter { !isNationalUnitSeat(firstWord[$0]!, in: range) } }
        if r.places.allSatisfy(isGovernorateNamed), h.type == .arrest || h.type == .killing { r.placePhrase = unnamedPlace(of: h, in: range) }
        // "على مستوى سواحل X", "خلال عملية تمشيط بسواحل X": the coast where the arrest was, beside the unit's seat.
        if r.placePhrase == nil, h.type == .arrest { r.placePhrase = coastPlace(of: h, in: range) }
        // "بمدينة X من ولاية Y": the town in the governorate the event takes as its place.
        if r.placePhrase == nil, h.type == .arrest || h.type == .killing {
            r.placePhrase = r.places.lazy.compactMap { self.townBefore(governorate: $0, of: h, places: r.places, in: range) }.first
        }
        return r
    }

    /// Where a meeting was held, before the body that houses it: "بمقر الاتحاد", "بمكتبه بوزارة التربية" (the
    /// minister's office at the ministry: the venue, not the other party).
    static let venueNouns = WordSet(["مقر", "مقره", "مقرها", "مكتب", "مكتبه", "مكتبها", "قاعة", "قاعات", "قصر"].map(EventLexicon.key))

    /// Meetings: who met (the subject, the names after the trigger, the counterpart after مع / بـ); two
    /// parties, or one and a described counterpart ("بسياسيين عراقيين"), or a council meeting on its own.
    func meetingRoles(_ h: Hit, _ range: Range<Int>) -> Roles? {
        let seg = segment(of: h, in: range)
        var r = Roles()
        func party(_ m: Int) -> Bool { mentions[m].type != .place && canAct(m) }
        var from = h.index + 1
        // "اجتماع لجنة الحقوق والحريات بمجلس نواب الشعب": a committee's meeting, not the whole body's; a committee
        // whose name was not found makes no meeting.
        if h.trigger.nominal, startingAt[h.index + 1] == nil, words.isAny(h.index + 1, ["لجنه", "اللجنه", "لجان"]) { return nil }
        if !h.trigger.nominal {
            let s = subject(ofVerb: h.index, in: range)
            if let m = s.mention, party(m) { r.actors.append(m) }
            if s.mention != nil { from = max(from, s.end) }
        }
        if h.trigger.nominal, let v = (max(range.lowerBound, h.index - 4)..<h.index).last(where: {
            words.isAny($0, ["عقد", "عقدت", "نظم", "نظمت", "عقدوا", "نظموا"]) }),
           let m = subject(ofVerb: v, in: range).mention, party(m) {
            // "نظمت جبهة الإنقاذ اجتماعا": who held the meeting.
            r.actors.append(m)
        }
        var counterpart: Range<Int>?
        // "بوفد من الكونغرس الأمريكي", "ممثلين عن نقابة الشرطة البلدية": a delegation or representatives from
        // somewhere, with where from (up to three words).
        func withOrigin(_ np: Range<Int>) -> Range<Int> {
            guard np.count == 1, words.isAny(np.upperBound, ["من", "عن"]) else { return np }
            let more = nounPhrase(from: np.upperBound + 1, in: range, max: 3)
            return more.isEmpty ? np : np.lowerBound..<more.upperBound
        }
        // "بلقاء مع رئيس الحكومة يوسف الشاهد", "قادة الحرس الثوري": a phrase that describes a name is that party, no other.
        func describesName(_ np: Range<Int>) -> Bool { (np.lowerBound...np.upperBound).contains { startingAt[$0] != nil } }
        // The parties are named close to the trigger (or to the verb's subject).
        for j in from..<max(from, seg.upperBound) {
            // The parties stand before any other clause: "… أن حركة النهضة" is what was said there.
            if words.has(j, in: EventLexicon.complementizer) || words.has(j, in: EventContextLexicon.relatives)
                || (lookup(j).map { $0.trigger.type == .statement } ?? false) || words.isAny(j, ["حول", "بشان", "بخصوص", "لبحث", "لمناقشة", "داعيا", "داعية"]) { break }
            if let m = startingAt[j] {
                // Close to the trigger, or introduced by مع / بين / بـ ("… مع الرئيس فلان"); "بمقر الاتحاد" is the venue.
                let clitic = mentions[m].span.start > words.words[j].start
                let near = j < from + 8 || words.isAny(j - 1, ["مع", "بين"]) || (clitic && words.words[j].key.hasPrefix("ب"))
                if near, party(m), !r.actors.contains(m), !words.has(j - 1, in: Self.venueNouns),
                   !(words.words[j].readings.contains("مقر") && clitic) { r.actors.append(m) }
            }
            if counterpart == nil, j < from + 8, !h.trigger.nominal, startingAt[j] == nil, words.has(j, in: EventContextLexicon.roleNouns),
               !words.hasPrepositionClitic(j), !words.isAny(j - 1, ["في"]) {
                // "استقبل السبسي، عشية اليوم بقصر قرطاج، وزير الخارجية الإيراني": the verb's object, described.
                let np = withOrigin(nounPhrase(from: j, in: range, max: 3))
                if !np.isEmpty, !describesName(np) { counterpart = np }
            }
            if counterpart == nil, words.isAny(j, ["مع"]) || (words.hasPrepositionClitic(j) && words.words[j].key.hasPrefix("ب")) {
                let at = words.isAny(j, ["مع"]) ? j + 1 : j
                if startingAt[at] == nil, words.has(at, in: EventContextLexicon.personNouns) || words.has(at, in: EventContextLexicon.roleNouns) {
                    let np = withOrigin(nounPhrase(from: at, in: range, max: 3))
                    if !np.isEmpty, !describesName(np) { counterpart = np }
                }
            }
        }
        let collective = r.actors.contains { m in
            mentions[m].type == .organization && EventContextLexicon.collectiveHeads.contains(EventLexicon.key(String(mentions[m].surface.split(separator: " ").first ?? "")))
        }
        // Persons first: "قائد فيلق القدس إسماعيل قاآني" is the party, his force is not another.
        r.actors = r.actors.filter { mentions[$0].type == .person } + r.actors.filter { mentions[$0].type != .person }
        if let c = counterpart, let first = r.actors.first {
            // "التقى X بسياسيين عراقيين": the named party and a described counterpart.
            r.targetPhrase = words.text(c)
            let prep = words.words[c.lowerBound - 1]
            if words.isAny(c.lowerBound - 1, ["مع"]) { r.targetPhrase = prep.text + " " + r.targetPhrase! }
            else if !words.hasPrepositionClitic(c.lowerBound) { r.targetPhrase = "و" + r.targetPhrase! }
            if mentions[first].type == .person { r.actors = [first] + r.actors.dropFirst().filter { mentions[$0].type == .person } }
        } else if r.actors.count < 2 {
            guard r.actors.count == 1, collective else { return nil }
        }
        r.places = attachedPlaces(h, segment: seg).filter { !r.actors.contains($0) }
        return r
    }
}
