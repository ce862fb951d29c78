/// How a temporal expression relates to the article's date.
public enum TemporalAnchor: Hashable, Sendable {
    /// Stated fields only ("3 يناير 2020", "عام 2014"); a missing year is taken from the reference.
    case absolute
    /// A month (and day) plus الماضي / الجاري / المقبل: the last, current or next such month.
    case monthQualified(TemporalQualifier)
    /// أمس (-1), اليوم (0), غدا (+1), أول أمس (-2).
    case dayOffset(Int)
    /// A weekday: `direction` -1 strictly before the reference (الماضي), 0 on or before (plain, news
    /// past tense), +1 strictly after (المقبل), 2 the nearest one, three days either way ("اليوم الأحد").
    case weekday(Int, direction: Int)
    /// الشهر الماضي (-1), هذا الشهر (0); a stated day ("29 من الشهر الماضي") is kept.
    case monthOffset(Int)
    /// الأسبوع الماضي (-1), هذا الأسبوع (0). Week precision does not exist: resolves to the month of
    /// the reference shifted by 7 days per week.
    case weekOffset(Int)
    /// نهاية الأسبوع الماضي (-1), نهاية الأسبوع (0): the last weekend (Saturday and Sunday) before the
    /// reference (Sunday being its day), to the month; bare, only from Sunday to Tuesday (later in the week it
    /// may be the coming one).
    case weekend(Int)
    /// العام الماضي (-1), هذا العام / العام الجاري / العام الجديد (0), with a stated month/day if any.
    case yearOffset(Int)
    /// في اليوم نفسه (0), اليوم التالي (+1): relative to the last day-precise date mentioned before.
    case previousMention(Int)
    /// منذ يومين (2...2), منذ قرابة أسبوعين (7...21): a range of days before the reference (`ElapsedTime`); the date
    /// is what the whole range shares (a day, a month, a year), else none.
    case elapsed(ClosedRange<Int>)
}

/// A date expression found in a text.
public struct TemporalExpression: Hashable, Sendable {
    /// Unicode scalar offsets of the expression in the parsed text (end exclusive).
    public var start: Int
    public var end: Int
    /// The expression as written.
    public var text: String
    /// The fields the text states.
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var anchor: TemporalAnchor
    /// The weekday stated with a full date ("الخميس 4 ماي"), 0 = Sunday; it picks the year when none is
    /// stated and rules out a date it contradicts.
    public var weekday: Int?

    public init(start: Int, end: Int, text: String, year: Int? = nil, month: Int? = nil, day: Int? = nil,
                anchor: TemporalAnchor, weekday: Int? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.year = year
        self.month = month
        self.day = day
        self.anchor = anchor
        self.weekday = weekday
    }

    /// True when the value does not depend on a reference date.
    public var isSelfContained: Bool {
        if case .absolute = anchor {
            guard let year else { return false }
            // A weekday that contradicts the date leaves the year to the reference.
            guard let weekday, let month, let day, Self.valid(year, month, day) != nil else { return true }
            return CalendarMath.weekday(year: year, month: month, day: day) == weekday
        }
        return false
    }

    /// The precision the expression states (day for "أمس", month for "الشهر الماضي", …).
    public var statedPrecision: DatePrecision {
        switch anchor {
        case .dayOffset, .weekday, .previousMention: return .day
        case .weekOffset, .weekend: return .month
        case .elapsed(let back):
            let width = back.upperBound - back.lowerBound
            return width == 0 ? .day : width <= 31 ? .month : width <= 366 ? .year : .unknown
        case .monthOffset: return day != nil ? .day : .month
        case .absolute, .monthQualified, .yearOffset:
            if day != nil { return .day }
            if month != nil { return .month }
            return year != nil || anchor != .absolute ? .year : .unknown
        }
    }

    /// The date this expression names, relative to `reference` (the article date) when needed.
    ///
    /// Against a reference less precise than the expression needs, the result keeps the reference's
    /// precision (a weekday in an article known only to the month resolves to that month).
    /// `previousMention` needs `previous`, the last day-precise date mentioned before it.
    ///
    /// `assumePast`: the expression reports something that happened (news past tense, no future
    /// marker nearby). A month (and day) without a year that would fall after the reference then
    /// means last year ("في 29 ديسمبر" in an article of January 2022 → 2021-12-29).
    public func resolve(reference ref: PartialDate?, previous: PartialDate? = nil, assumePast: Bool = false) -> PartialDate? {
        switch anchor {
        case .absolute:
            if let year {
                // A stated weekday that contradicts a full date is a typo in one of them: the reading with
                // the reference's year (or one around it) when it fits the weekday ("اليوم السبت 14 ماي 2015"
                // in an article of Saturday 14 May 2016); else the stated date when its year is the
                // reference's (the weekday is the typo), else no date rather than a wrong one.
                guard let w = weekday, let month, let day, Self.valid(year, month, day) != nil,
                      CalendarMath.weekday(year: year, month: month, day: day) != w else { return Self.valid(year, month, day) }
                guard ref != nil else { return nil }
            }
            guard let ref, let month else { return nil }
            var y = ref.year
            if year == nil, assumePast, let rm = ref.month, month > rm || (month == rm && day != nil && ref.day != nil && day! > ref.day!) {
                y -= 1
            }
            // A stated weekday decides between the years around the reference (within nine months of
            // it); one that fits none of them rules the date out.
            if let w = weekday, let day {
                let fits = [y, ref.year, ref.year - 1, ref.year + 1].first { c in
                    Self.valid(c, month, day) != nil && CalendarMath.weekday(year: c, month: month, day: day) == w
                        && abs((c * 12 + month) - (ref.year * 12 + (ref.month ?? month))) <= 9
                }
                guard let fits else { return year == ref.year ? Self.valid(ref.year, month, day) : nil }
                y = fits
            }
            return Self.valid(y, month, day)
        case .monthQualified(let q):
            guard let ref, let month else { return nil }
            var y = ref.year
            if let rm = ref.month {
                switch q {
                case .past: if month >= rm { y -= 1 }
                case .next: if month <= rm { y += 1 }
                case .current, .new: break
                }
            }
            return Self.valid(y, month, day)
        case .dayOffset(let n):
            guard let ref else { return nil }
            if ref.day == nil { return ref }
            return CalendarMath.adding(days: n, to: ref)
        case .weekday(let w, let direction):
            guard let ref else { return nil }
            guard let rm = ref.month, let rd = ref.day else { return ref }
            let refWeekday = CalendarMath.weekday(year: ref.year, month: rm, day: rd)
            var delta: Int
            switch direction {
            case 2:
                delta = (w - refWeekday + 7) % 7
                if delta > 3 { delta -= 7 }
            case 1:
                delta = (w - refWeekday + 7) % 7
                if delta == 0 { delta = 7 }
            default:
                delta = -((refWeekday - w + 7) % 7)
                if delta == 0 && direction < 0 { delta = -7 }
            }
            return CalendarMath.adding(days: delta, to: ref)
        case .monthOffset(let n):
            guard let ref, let rm = ref.month else { return nil }
            let total = ref.year * 12 + (rm - 1) + n
            return Self.valid(total / 12, total % 12 + 1, day)
        case .weekOffset(let n):
            guard let ref, ref.month != nil else { return ref }
            guard ref.day != nil, let shifted = CalendarMath.adding(days: 7 * n, to: ref) else { return ref }
            return PartialDate(year: shifted.year, month: shifted.month)
        case .weekend(let n):
            guard let ref, ref.month != nil else { return nil }
            guard let rm = ref.month, let rd = ref.day else { return n < 0 ? ref : nil }
            let w = CalendarMath.weekday(year: ref.year, month: rm, day: rd)
            if n == 0 && w > 2 { return nil }
            guard let sunday = CalendarMath.adding(days: -w, to: ref) else { return nil }  // the last Sunday
            return PartialDate(year: sunday.year, month: sunday.month)
        case .yearOffset(let n):
            guard let ref else { return nil }
            return Self.valid(ref.year + n, month, day)
        case .elapsed(let back):
            // Counted back from a day; the earliest and latest days of the range share what the date can say.
            guard let ref, ref.day != nil, let early = CalendarMath.adding(days: -back.upperBound, to: ref),
                  let late = CalendarMath.adding(days: -back.lowerBound, to: ref), early.year == late.year else { return nil }
            if early.month != late.month { return PartialDate(year: early.year) }
            return early.day == late.day ? early : PartialDate(year: early.year, month: early.month)
        case .previousMention(let n):
            guard let previous else { return nil }
            if previous.day == nil { return previous }
            return CalendarMath.adding(days: n, to: previous)
        }
    }

    static func valid(_ y: Int, _ m: Int?, _ d: Int?) -> PartialDate? {
        guard (1...9999).contains(y) else { return nil }
        guard let m else { return PartialDate(year: y) }
        guard (1...12).contains(m) else { return nil }
        guard let d else { return PartialDate(year: y, month: m) }
        guard d >= 1, d <= CalendarMath.daysInMonth(year: y, month: m) else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }
}
