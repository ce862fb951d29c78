/// Finds Arabic temporal expressions in a text: absolute dates in every regional month-name set
/// (paired "يونيو/حزيران" and broken "كانون/الثاني يناير" forms included), ordinal day words,
/// Arabic-Indic digits, weekdays, أمس/اليوم/غدا, الشهر الماضي, العام الجاري, مطلع 2022 …
///
/// One pass over the text's scalars; a parse is only attempted at words the lexicon knows or at
/// digits, so plain prose costs one hash look-up per word. No regex, no `Character` iteration.
public enum ArabicDateParser {
    /// All expressions in `text`, in order, not overlapping. Offsets are Unicode scalar offsets.
    public static func parse(_ text: String) -> [TemporalExpression] {
        parse(DateTextScanner(text))
    }

    /// `parse(_:)` of the text whose scalars are `scalars` (`ScalarString.scalars(of:)` of it).
    public static func parse(scalars: [Unicode.Scalar]) -> [TemporalExpression] {
        parse(DateTextScanner(scalars: scalars))
    }

    static func parse(_ scanner: DateTextScanner) -> [TemporalExpression] {
        var kinds = [DateWord?](repeating: nil, count: scanner.words.count)
        var any = false
        for (i, w) in scanner.words.enumerated() where w.number == nil {
            kinds[i] = DateLexicon.lookup(w, in: scanner)
            if kinds[i] != nil { any = true }
        }
        if !any && !scanner.words.contains(where: { $0.number != nil }) { return [] }
        let cursor = Cursor(scanner: scanner, kinds: kinds)
        var out: [TemporalExpression] = []
        var i = 0
        while i < scanner.words.count {
            // (a word neither the lexicon knows nor a number opens no expression: `parse(at:)`'s first test, asked
            // here without the call)
            if kinds[i] == nil && scanner.words[i].number == nil {
                i += 1
                continue
            }
            if let (draft, first, last) = cursor.parse(at: i) {
                // "ملعب 4 جانفي", "بشارع 14 جانفي": a day and month right after a place's head noun name it.
                if first > 0, cursor.linked(first), draft.day != nil, cursor.kind(first) == nil || {
                    if case .ordinal? = cursor.kind(first) { return true }; return false }(),
                   DateLexicon.isNamedPlaceHead(scanner.words[first - 1], in: scanner) {
                    i = last + 1
                    continue
                }
                let a = scanner.words[first].start, b = scanner.words[last].end
                out.append(TemporalExpression(start: a, end: b, text: scanner.text(from: a, to: b),
                                              year: draft.year, month: draft.month, day: draft.day, anchor: draft.anchor,
                                              weekday: draft.weekday))
                i = last + 1
            } else {
                i += 1
            }
        }
        return out
    }
}

/// The fields of an expression under construction.
struct DateDraft {
    var year: Int?
    var month: Int?
    var day: Int?
    var anchor: TemporalAnchor = .absolute
    /// A weekday stated with a full date ("الخميس 4 ماي").
    var weekday: Int?
}

/// Walks the words of one text and recognizes the expression starting at a given word.
struct Cursor {
    let scanner: DateTextScanner
    let kinds: [DateWord?]

    func kind(_ i: Int) -> DateWord? { i < kinds.count ? kinds[i] : nil }
    func number(_ i: Int) -> Int? { i < kinds.count ? scanner.words[i].number : nil }
    /// True when word `i` exists and is not separated from the previous one by a sentence break.
    func linked(_ i: Int) -> Bool {
        guard i < kinds.count, i > 0 else { return false }
        let g = scanner.words[i].gapBefore
        return g != .hard && g != .dot
    }
    func isYear(_ i: Int) -> Bool {
        guard let n = number(i) else { return false }
        return scanner.words[i].digitCount == 4 && (1900...2100).contains(n)
    }

    /// Returns the expression starting at word `i`: its fields and first/last word indexes.
    func parse(at i: Int) -> (DateDraft, Int, Int)? {
        guard kinds[i] != nil || number(i) != nil else { return nil }
        // "منذ قليل", "منذ لحظات": a moment ago.
        if kinds[i] == .yearCue, linked(i + 1), kind(i + 1) == .moment,
           scanner.words[i].hash == DateLexicon.sinceHash { return (DateDraft(anchor: .dayOffset(0)), i, i + 1) }
        // "منذ يومين", "قبل قرابة أسبوعين": a duration counted back from the article's date.
        if kinds[i] == .yearCue, let (back, last) = elapsed(at: i) { return (DateDraft(anchor: .elapsed(back)), i, last) }
        var j = i
        var prefixed = false
        var edge = false
        var endEdge = false
        // Lead words: فجر / مساء / يوم / مطلع … ("مساء يوم الأربعاء").
        for _ in 0..<2 {
            switch kind(j) {
            case .partOfDay?, .dayWord?:
                guard linked(j + 1) else { return nil }
                j += 1; prefixed = true
            case .edge?:
                guard linked(j + 1) else { return nil }
                j += 1; prefixed = true; edge = true
                endEdge = DateLexicon.endEdgeHashes.contains(scanner.words[j - 1].hash)
                // "عطلة نهاية الأسبوع": the weekend's name.
                if endEdge, j - 1 > 0, linked(j - 1), DateLexicon.holidayHashes.contains(scanner.words[j - 2].hash) { return nil }
            default: break
            }
        }
        let cue = prefixed || (i > 0 && linked(i) && kind(i - 1) == .yearCue)
        guard let (draft, last) = core(at: j, cue: cue, edge: edge, endEdge: endEdge) else { return nil }
        return (draft, i, last)
    }

    private func core(at j: Int, cue: Bool, edge: Bool, endEdge: Bool = false) -> (DateDraft, Int)? {
        if let n = number(j) {
            if let numeric = numericDate(at: j) { return numeric }
            if (1...31).contains(n), scanner.words[j].digitCount <= 2, let r = monthPart(at: j + 1, day: n) { return r }
            if isYear(j) && (cue || edge) { return (DateDraft(year: n), j) }
            return nil
        }
        switch kind(j) {
        case .weekday(let w)?:
            var k = j + 1
            var direction = 0
            if linked(k), case .qualifier(let q)? = kind(k) {
                if q == .past { direction = -1; k += 1 } else if q == .next { direction = 1; k += 1 }
            }
            // A weekday followed by a full date: the date wins ("الثلاثاء 29 يونيو/حزيران 2021").
            if direction == 0, linked(k), let n = number(k), (1...31).contains(n), var r = monthPart(at: k + 1, day: n) {
                r.0.weekday = w
                return r
            }
            // الاثنين is also "the two": bare, it is Monday unless it counts the noun before it or the words after it
            // say "the two" («المتهمين الاثنين», «الاثنين الآخرين», «الاثنين والعشرين»).
            if w == 1 && direction == 0 && !cue && countsTwo(at: j) { return nil }
            return (DateDraft(anchor: .weekday(w, direction: direction)), k - 1)
        case .ordinal(var v, let compoundOnly)?:
            var k = j + 1
            if v < 10, linked(k) {
                if kind(k) == .ordinalTeen { v += 10; k += 1 }
                else if case .ordinalTens(let t)? = kind(k) { v += t; k += 1 }
                else if compoundOnly { return nil }
            } else if compoundOnly { return nil }
            return monthPart(at: k, day: v)
        case .month?, .monthHead?:
            return monthPart(at: j, day: nil)
        case .sameBefore?:
            // "في نفس اليوم", "ظهر ذات اليوم": the day last mentioned.
            if linked(j + 1), kind(j + 1) == .dayOffset(0) { return (DateDraft(anchor: .previousMention(0)), j + 1) }
            return nil
        case .dayOffset(let n)?:
            if n == 0 {
                // اليوم نفسه / اليوم التالي / اليوم الأول (not "today").
                if linked(j + 1) {
                    switch kind(j + 1) {
                    case .same?: return (DateDraft(anchor: .previousMention(0)), j + 1)
                    case .following?: return (DateDraft(anchor: .previousMention(1)), j + 1)
                    case .ordinal?, .qualifier?: return nil
                    default: break
                    }
                }
            }
            var offset = n
            var last = j
            if n == -1, linked(j + 1), case .ordinal(1, _)? = kind(j + 1) { offset = -2; last = j + 1 }  // أمس الأول
            if n == -1, j > 0, linked(j), kind(j - 1) == .first { offset = -2 }  // أول أمس (span starts at أمس)
            // "أمس 28 ماي 2017": the full date after the day word says the same day.
            if offset <= 0, linked(last + 1), let n = number(last + 1), (1...31).contains(n),
               let r = monthPart(at: last + 2, day: n), r.0.year != nil {
                return r
            }
            // "أمس الثلاثاء", "اليوم الثلاثاء": the weekday is the more reliable half (the reference may
            // be the day of the event, or a day late), so it resolves to that weekday on or before the reference.
            // "اليوم الأحد" in an article dated a day off: the nearest such weekday.
            if linked(last + 1), case .weekday(let w)? = kind(last + 1), offset <= 0 {
                // "اليوم الجمعة 12 ماي 2017": a full date after the weekday is one expression with it. When the
                // weekday contradicts the stated date ("اليوم السبت 14 ماي 2015", a typo), the day word and
                // the weekday, which agree with the article's day, date it.
                if linked(last + 2), let n = number(last + 2), (1...31).contains(n), var r = monthPart(at: last + 3, day: n) {
                    if let y = r.0.year, let m = r.0.month, TemporalExpression.valid(y, m, n) != nil,
                       CalendarMath.weekday(year: y, month: m, day: n) != w {
                        return (DateDraft(anchor: .weekday(w, direction: offset == 0 ? 2 : 0)), r.1)
                    }
                    r.0.weekday = w
                    return r
                }
                return (DateDraft(anchor: .weekday(w, direction: offset == 0 ? 2 : 0)), last + 1)
            }
            return (DateDraft(anchor: .dayOffset(offset)), last)
        case .night?:
            // "الليلة الفاصلة بين الجمعة والسبت", "الليلة الفاصلة بين 3 و4 فيفري": the night that opens on the first day.
            if let r = nightBetween(after: j) { return r }
            // "الليلة الموالية": the night after the day last mentioned, not tonight.
            if linked(j + 1), kind(j + 1) == .following { return (DateDraft(anchor: .previousMention(1)), j + 1) }
            // "الليلة الماضية" / "الليلة البارحة": last night; "الليلة": tonight.
            if linked(j + 1), case .qualifier(.past)? = kind(j + 1) { return (DateDraft(anchor: .dayOffset(-1)), j + 1) }
            if linked(j + 1), kind(j + 1) == .dayOffset(-1) { return (DateDraft(anchor: .dayOffset(-1)), j + 1) }
            return (DateDraft(anchor: .dayOffset(0)), j)
        case .first?:
            if linked(j + 1), kind(j + 1) == .dayOffset(-1) { return (DateDraft(anchor: .dayOffset(-2)), j + 1) }
            return nil
        case .period(let unit, let definite)?:
            return period(unit, definite: definite, at: j, edge: edge, endEdge: endEdge)
        case .demonstrative?:
            if linked(j + 1), case .period(let unit, true)? = kind(j + 1) { return (relative(unit, 0), j + 1) }
            return nil
        default:
            return nil
        }
    }

    /// True when a bare «الاثنين» at `j` is the number two: after a dual or plural noun («المتهمين الاثنين», «البلدان
    /// الاثنين») or «بين» («تلاسن بين الاثنين»; the night between two days is read from «الليلة»), or before a word that goes on counting or pointing at the two («الآخرين», «اللذين», «معا», «والعشرين»).
    func countsTwo(at j: Int) -> Bool {
        if j > 0, linked(j), scanner.words[j - 1].number == nil,
           scanner.endsInDualOrPlural(j - 1) || scanner.words[j - 1].hash == DateLexicon.betweenHash { return true }
        guard linked(j + 1) else { return false }
        if case .ordinalTens? = kind(j + 1) { return true }
        return DateLexicon.twoCompanionHashes.contains(scanner.words[j + 1].hash)
    }

    /// The night between two days after «الليلة» / «ليلة» at `j` ("الفاصلة بين [يومي] الجمعة والسبت", "بين 3 و4 فيفري
    /// 2017"): dated by its first day, the expression running to the second.
    func nightBetween(after j: Int) -> (DateDraft, Int)? {
        var k = j + 1
        guard linked(k), DateLexicon.nightDividerHashes.contains(scanner.words[k].hash) else { return nil }
        k += 1
        guard linked(k), scanner.words[k].hash == DateLexicon.betweenHash else { return nil }
        k += 1
        if linked(k), DateLexicon.dayPairHashes.contains(scanner.words[k].hash) { k += 1 }
        guard linked(k) else { return nil }
        if case .weekday(let w)? = kind(k) {
            // the second weekday, written with «و» (or «و» apart)
            var last = k + 1
            if linked(last), scanner.words[last].hash == DateLexicon.andHash { last += 1 }
            guard linked(last), case .weekday(let w2)? = kind(last), w2 == (w + 1) % 7 else { return nil }
            return (DateDraft(anchor: .weekday(w, direction: 0)), last)
        }
        guard let n = number(k), (1...31).contains(n), scanner.words[k].digitCount <= 2 else { return nil }
        var second = k + 1
        if linked(second), scanner.words[second].hash == DateLexicon.andHash { second += 1 }
        // (two days of one month: "بين 31 ماي و1 جوان" names the first day's month apart)
        guard linked(second), let m = number(second), m == n + 1, var r = monthPart(at: second + 1, day: m) else { return nil }
        r.0.day = n
        return r
    }

    /// "الشهر الماضي", "العام الجاري", "عام 2014", "العام 2020".
    private func period(_ unit: PeriodUnit, definite: Bool, at j: Int, edge: Bool, endEdge: Bool) -> (DateDraft, Int)? {
        // "نهاية الأسبوع (الماضي / المنقضي)": the weekend before the reference.
        if unit == .week, definite, endEdge {
            if linked(j + 1), case .qualifier(let q)? = kind(j + 1) {
                if q == .past { return (DateDraft(anchor: .weekend(-1)), j + 1) }
            } else {
                return (DateDraft(anchor: .weekend(0)), j)
            }
        }
        if unit == .year, linked(j + 1), isYear(j + 1) { return (DateDraft(year: number(j + 1)!), j + 1) }
        // "عام 88": a two-digit year after عام / سنة (30–99 → 19xx, else 20xx).
        if unit == .year, !definite, linked(j + 1), let n = number(j + 1), scanner.words[j + 1].digitCount == 2,
           !(linked(j + 2) && { if case .period? = kind(j + 2) { return true }; return false }()) {
            return (DateDraft(year: n >= 30 ? 1900 + n : 2000 + n), j + 1)
        }
        guard definite, linked(j + 1), case .qualifier(let q)? = kind(j + 1) else { return nil }
        if q == .new && unit != .year { return nil }
        let n = q == .past ? -1 : q == .next ? 1 : 0
        return (relative(unit, n), j + 1)
    }

    private func relative(_ unit: PeriodUnit, _ n: Int) -> DateDraft {
        switch unit {
        case .week: return DateDraft(anchor: .weekOffset(n))
        case .month: return DateDraft(anchor: .monthOffset(n))
        case .year: return DateDraft(anchor: .yearOffset(n))
        }
    }

    /// The month part after an optional day: "[من] [شهر] يناير[/كانون الثاني] [عام] 2020 | الماضي".
    private func monthPart(at start: Int, day: Int?) -> (DateDraft, Int)? {
        var k = start
        guard linked(k) || (day == nil && kind(k) != nil) else { return nil }
        if day != nil, kind(k) == .of, linked(k + 1) { k += 1 }
        if case .period(.month, let definite)? = kind(k) {
            if definite {
                // "29 من الشهر الماضي", "العاشر من الشهر الجاري"
                guard day != nil, linked(k + 1), case .qualifier(let q)? = kind(k + 1), q != .new else { return nil }
                return (DateDraft(day: day, anchor: .monthOffset(q == .past ? -1 : q == .next ? 1 : 0)), k + 1)
            }
            guard linked(k + 1) else { return nil }
            k += 1  // "شهر مارس"
        } else if day != nil, kind(k) == .demonstrative, linked(k + 1), kind(k + 1) == .period(.month, definite: true) {
            return (DateDraft(day: day, anchor: .monthOffset(0)), k + 1)
        }
        guard let (month, weak, afterMonth) = monthName(at: k) else { return nil }
        var last = afterMonth - 1
        var paired = false
        // A second name of the same month: "يونيو/حزيران", "يوليو تموز", "كانون الثاني / يناير".
        if linked(afterMonth), let (m2, _, after2) = monthName(at: afterMonth), m2 == month {
            last = after2 - 1
            paired = true
        }
        var draft = DateDraft(month: month, day: day)
        if let d = day, d > CalendarMath.daysInMonth(year: 2000, month: month) { return nil }
        // Year: "2020", "عام 2020", "من عام 2020", "من العام الماضي".
        var q = last + 1
        if linked(q), kind(q) == .of { q += 1 }
        if linked(q), case .period(.year, let definite)? = kind(q) {
            if linked(q + 1), isYear(q + 1) {
                draft.year = number(q + 1)
                return (draft, q + 1)
            }
            if definite, linked(q + 1), case .qualifier(let qual)? = kind(q + 1) {
                draft.anchor = .yearOffset(qual == .past ? -1 : qual == .next ? 1 : 0)
                return (draft, q + 1)
            }
        } else if linked(q), isYear(q), scanner.words[q].gapBefore != .comma {
            draft.year = number(q)
            return (draft, q)
        }
        if linked(last + 1), case .qualifier(let qual)? = kind(last + 1), qual != .new {
            draft.anchor = .monthQualified(qual)
            return (draft, last + 1)
        }
        if weak && day == nil && !paired { return nil }
        return (draft, last)
    }

    /// A month name at `k`: its number, whether it is weak alone, and the index after it.
    private func monthName(at k: Int) -> (Int, Bool, Int)? {
        switch kind(k) {
        case .month(let m, let weak)?:
            return (m, weak, k + 1)
        case .monthHead(let kanun)?:
            // "كانون الثاني", also the broken "كانون/الثاني".
            guard linked(k + 1), case .ordinal(let v, false)? = kind(k + 1), v == 1 || v == 2 else { return nil }
            let m = kanun ? (v == 1 ? 12 : 1) : (v == 1 ? 10 : 11)
            return (m, false, k + 2)
        default:
            return nil
        }
    }

    /// "29/6/2021", "29-06-2021", "2021-06-29", "29.6.2021".
    private func numericDate(at j: Int) -> (DateDraft, Int)? {
        guard j + 2 < kinds.count, let a = number(j), let b = number(j + 1), let c = number(j + 2) else { return nil }
        let g1 = scanner.words[j + 1].gapBefore, g2 = scanner.words[j + 2].gapBefore
        guard g1 == g2, g1 == .slash || g1 == .dash || g1 == .dot else { return nil }
        // The separators must be single characters: words adjacent to them.
        guard scanner.words[j + 1].start - scanner.words[j].end == 1,
              scanner.words[j + 2].start - scanner.words[j + 1].end == 1 else { return nil }
        if isYear(j + 2), let d = TemporalExpression.valid(c, b, a), scanner.words[j].digitCount <= 2 {
            return (DateDraft(year: d.year, month: d.month, day: d.day), j + 2)
        }
        if isYear(j), let d = TemporalExpression.valid(a, b, c), scanner.words[j + 2].digitCount <= 2 {
            return (DateDraft(year: d.year, month: d.month, day: d.day), j + 2)
        }
        return nil
    }
}
