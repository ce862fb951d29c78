/// How much of a date a text actually states.
public enum DatePrecision: String, Codable, Sendable, CaseIterable {
    case day, month, year, unknown
}

/// A calendar date known to day, month or year precision (Gregorian).
///
/// "عام 2014" is `PartialDate(year: 2014)`, "كانون الثاني 2020" is `PartialDate(year: 2020, month: 1)`.
public struct PartialDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public var precision: DatePrecision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    /// (Years 0…9999 with months and days 0…99, i.e. every real date, written as ASCII bytes into one small string:
    /// joining the formatted parts cost ~2,000 instructions a date, asked several times for each article's pages.
    /// Others as `isoByParts`, which the tests compare it with.)
    public var iso: String {
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) else { return isoByParts }
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = 0x30 + UInt8(year / 1000); b[1] = 0x30 + UInt8(year / 100 % 10)
            b[2] = 0x30 + UInt8(year / 10 % 10); b[3] = 0x30 + UInt8(year % 10)
            var n = 4
            if let month { b[n] = 0x2D; b[n + 1] = 0x30 + UInt8(month / 10); b[n + 2] = 0x30 + UInt8(month % 10); n += 3 }
            if let day { b[n] = 0x2D; b[n + 1] = 0x30 + UInt8(day / 10); b[n + 2] = 0x30 + UInt8(day % 10); n += 3 }
            return n
        }
    }

    /// `iso` joined from its formatted parts, as it was made before (any year, month and day: negative ones as `String`
    /// writes them).
    var isoByParts: String {
        var s = String(format4(year))
        if let month { s += "-" + format2(month) }
        if let day { s += "-" + format2(day) }
        return s
    }

    public var description: String { iso }

    /// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" and ISO timestamps starting with a date ("2017-01-25T14:36:00+01:00").
    public init?(iso text: String) {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let y = Int(first) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count > 1 {
            guard let v = Int(parts[1]), (1...12).contains(v) else { return nil }
            m = v
        }
        if parts.count > 2 {
            guard let v = Int(parts[2]), (1...CalendarMath.daysInMonth(year: y, month: m ?? 1)).contains(v) else { return nil }
            d = v
        }
        self.init(year: y, month: m, day: d)
    }

    /// Orders by year, then month, then day; a less precise date sorts before a more precise one in the same span.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if (a.month ?? 0) != (b.month ?? 0) { return (a.month ?? 0) < (b.month ?? 0) }
        return (a.day ?? 0) < (b.day ?? 0)
    }

    /// True when one date lies within the span of the other (2020-01 is compatible with 2020-01-03 and 2020).
    public func isCompatible(with other: PartialDate) -> Bool {
        guard year == other.year else { return false }
        guard let m1 = month, let m2 = other.month else { return true }
        guard m1 == m2 else { return false }
        guard let d1 = day, let d2 = other.day else { return true }
        return d1 == d2
    }
}

private func format2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
private func format4(_ v: Int) -> String {
    let s = String(v)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}

/// Small Gregorian helpers that do not need Foundation's Calendar (fast, deterministic).
public enum CalendarMath {
    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a full date.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The full date for a day number (inverse of `dayNumber`).
    public static func civil(fromDayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// 0 = Sunday … 6 = Saturday.
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        let n = dayNumber(year: year, month: month, day: day)
        return ((n % 7) + 7 + 4) % 7  // 1970-01-01 was a Thursday
    }

    public static func adding(days: Int, to date: PartialDate) -> PartialDate? {
        guard let m = date.month, let d = date.day else { return nil }
        let c = civil(fromDayNumber: dayNumber(year: date.year, month: m, day: d) + days)
        return PartialDate(year: c.year, month: c.month, day: c.day)
    }
}
