/// Which set of Arabic month names a site shows.
public enum MonthNameStyle: String, Codable, Sendable, CaseIterable {
    /// كانون الثاني، شباط … (Iraq, Syria, Lebanon, Jordan, Palestine)
    case levantine
    /// يناير، فبراير … (Egypt, the Gulf)
    case egyptian
    /// جانفي، فيفري … (Tunisia, Algeria)
    case maghreb
    /// "كانون الثاني/يناير": both, as many Iraqi outlets print them.
    case both
}

/// Formats dates for display in Arabic with the month names of the site's locale.
public enum ArabicDateFormatter {
    public static let levantineMonths = [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ]
    public static let egyptianMonths = [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ]
    public static let maghrebMonths = [
        "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
        "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ]

    public static func monthName(_ month: Int, style: MonthNameStyle) -> String {
        let i = max(1, min(12, month)) - 1
        switch style {
        case .levantine: return levantineMonths[i]
        case .egyptian: return egyptianMonths[i]
        case .maghreb: return maghrebMonths[i]
        case .both: return levantineMonths[i] + "/" + egyptianMonths[i]
        }
    }

    /// "3 كانون الثاني 2020", "كانون الثاني 2020" or "2020", digits left as ASCII (the common news style).
    public static func format(_ date: PartialDate, style: MonthNameStyle) -> String {
        guard let m = date.month else { return String(date.year) }
        let month = monthName(m, style: style)
        if let d = date.day { return "\(d) \(month) \(date.year)" }
        return "\(month) \(date.year)"
    }

    /// The Arabic name of a precision, for labels ("يوم", "شهر", "سنة", "غير معروف").
    public static func precisionLabel(_ p: DatePrecision) -> String {
        switch p {
        case .day: return "باليوم"
        case .month: return "بالشهر"
        case .year: return "بالسنة"
        case .unknown: return "غير محدد"
        }
    }
}
