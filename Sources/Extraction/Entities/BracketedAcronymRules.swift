import ArabicText

/// Latin acronyms in brackets after an organization's name or in a dateline («منظمة الصحة العالمية (WHO)», «بغداد (CNN) -»).
extension DiscoveryRules {
    /// A Latin-script acronym alone in brackets at unit `open` ("( ICSS )", "(CNN)") is an organization when
    /// an organization is named right before it (its acronym defined: "منظمة الصحة العالمية (WHO)", or a
    /// head word within the five words before: "معهد الدراسات العلمية والثقافية (ICSS)") or when it follows
    /// the places that open a paragraph and a dash or colon follows it (a dateline: "بغداد (CNN) -").
    /// Returns the cue, or nil.
    func bracketedAcronymCue(_ open: Int) -> String? {
        guard open > 0, open + 2 < a.units.count, a.isBracket(open + 2), isLatinAcronym(open + 1),
              ["(", "["].contains(a.surface(open..<(open + 1))) else { return nil }
        if let last = out.last, last.type == .organization, covered.contains(open - 1), last.end == a.span((open - 1)..<open).end {
            return last.surface
        }
        var u = open - 1
        while u >= 0 && open - u <= 5 && a.isWord(u) {
            if flags(u).contains(.orgHead) && a.units[u].tokens.count == 1 { return text(u..<open) }
            // a function word ("في بيان (PDF)") or an indefinite common word ends the name phrase
            let key = a.key(u)
            if !flags(u).isDisjoint(with: [.frequent, .common]) && !UTF8Key.hasPrefix(key, "ال") && !UTF8Key.hasPrefix(key, "لل")
                && !UTF8Key.hasPrefix(key, "وال") { break }
            u -= 1
        }
        // a dateline: the paragraph opens with a place, then the bracket, then a dash or a colon
        // ("لندن، إنجلترا (CNN) -": places and commas only)
        if let first = out.first, out.allSatisfy({ $0.type == .place }), first.start == a.span(0..<1).start,
           (0..<open).allSatisfy({ covered.contains($0) || a.isComma($0) }), open + 3 < a.units.count, a.isPunct(open + 3) {
            let v = a.surface((open + 3)..<(open + 4)).unicodeScalars.first?.value ?? 0
            if v == 0x2D || v == 0x3A || v == 0x2013 || v == 0x2014 { return first.surface }
        }
        return nil
    }

    /// A word of two to eight Latin capitals ("CNN", "ICSS"): an acronym.
    func isLatinAcronym(_ u: Int) -> Bool {
        guard a.isLatin(u), a.units[u].tokens.count == 1 else { return false }
        let s = a.surface(u..<(u + 1)).unicodeScalars
        return (2...8).contains(s.count) && s.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
    }
}
