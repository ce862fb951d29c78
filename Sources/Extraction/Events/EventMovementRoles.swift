/// The roles of visits and movements (deployments, withdrawals); the other kinds: `EventRoleKinds.swift`.
extension SentenceEvents {
    /// Visits: who visited (the subject; the name after زيارة; for "زيارته" the name before it) and
    /// where or whom (a place after إلى / لـ or the verb's object).
    func visitRoles(_ h: Hit, _ range: Range<Int>) -> Roles? {
        let seg = segment(of: h, in: range)
        var r = Roles()
        func visitor(_ m: Int) -> Bool { canAct(m) }
        var destinationFrom = h.index + 1
        if !h.trigger.nominal {
            let s = subject(ofVerb: h.index, in: range)
            if let m = s.mention, visitor(m) { r.actors = [m] } else if let p = s.phrase, isSpecificRole(p) { r.actorPhrase = words.text(p) }
            destinationFrom = s.end
        } else if EventLexicon.possessive.contains(h.reading) {
            // "أقر صندوق النقد الدولي خلال زيارته": the nearest name before it.
            if let m = (range.lowerBound..<h.index).compactMap({ startingAt[$0] }).last(where: visitor) {
                r.actors = [m]
            }
        } else {
            let np = nounPhrase(from: h.index + 1, in: range, max: 6)
            if let m = np.compactMap({ startingAt[$0] }).last(where: visitor) { r.actors = [m]; destinationFrom = lastWord[m]! + 1 }
            else if isSpecificRole(np), words.has(np.lowerBound, in: EventContextLexicon.roleNouns) { r.actorPhrase = words.text(np); destinationFrom = np.upperBound }
        }
        guard !r.actors.isEmpty || r.actorPhrase != nil else { return nil }
        // The verb's object ("زار … بغداد"), else a place after إلى / لـ.
        var k = destinationFrom
        while k < range.upperBound, words.words[k].isPunct { k += 1 }
        if words.isAny(k, ["الي"]) { k += 1 }
        if let m = startingAt[k], !r.actors.contains(m), !EventLexicon.isMedia(mentions[m].surface) {
            if mentions[m].type == .place { r.places = [m] } else { r.targets = [m] }
        }
        if r.places.isEmpty && r.targets.isEmpty { r.places = attachedPlaces(h, segment: seg).filter { !r.actors.contains($0) } }
        guard !r.places.isEmpty || !r.targets.isEmpty else { return nil }
        return r
    }

    /// Deployments and withdrawals: who deploys or withdraws ("نشرت واشنطن …", "خروج قوات التحالف") and where.
    func movementRoles(_ h: Hit, _ range: Range<Int>) -> Roles {
        let seg = segment(of: h, in: range)
        var r = Roles()
        if !h.trigger.nominal, let m = subject(ofVerb: h.index, in: range).mention, mentions[m].type != .person { r.actors = [m] }
        for j in (h.index + 1)..<min(seg.upperBound, h.index + 5) where r.actors.isEmpty {
            if let m = startingAt[j], mentions[m].type == .organization { r.actors = [m] }
        }
        r.places = attachedPlaces(h, segment: seg).filter { !r.actors.contains($0) }
        return r
    }
}
