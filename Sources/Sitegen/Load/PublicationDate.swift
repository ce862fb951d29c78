import ArabicDates

/// Reads a publication date as scrapers, feeds and web pages write it (`.jsonl`/`.csv` fields, HTML
/// metadata): the date is kept as written, without converting any time zone.
///
/// Accepted: "2017-01-25", "2017-01", "2017", ISO 8601 times ("2017-01-25T14:36:00+01:00",
/// "2017-01-25 14:36"), "2017/01/25", "25/01/2017" or "25-01-2017" or "25.01.2017" (day first, unless
/// only month first makes sense), RFC 822 feed dates ("Wed, 25 Jan 2017 14:36:00 +0100"),
/// "25 January 2017", "January 25, 2017", and Arabic dates ("25 كانون الثاني 2017", "25 جانفي 2017").
enum PublicationDate {
    static func parse(_ raw: String) -> PartialDate? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty, s.utf8.count <= 64 else { return nil }
        if let d = iso(s) { return d }
        if let d = numeric(s) { return d }
        if let d = monthName(s) { return d }
        return arabic(s)
    }

    /// "YYYY", "YYYY-MM", "YYYY-MM-DD", followed by nothing or by a time ("T…" or " …").
    private static func iso(_ s: String) -> PartialDate? {
        guard let d = PartialDate(iso: s) else { return nil }
        let length = d.day != nil ? 10 : d.month != nil ? 7 : 4
        let rest = s.dropFirst(length)
        return rest.isEmpty || rest.first == "T" || rest.first == " " ? d : nil
    }

    /// Three numbers separated by "/", "-" or ".": year first, or day first (month first when the
    /// second number cannot be a month); a time may follow after a space.
    private static func numeric(_ s: String) -> PartialDate? {
        let datePart = s.split(separator: " ", maxSplits: 1).first ?? ""
        let parts = datePart.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return make(year: a, month: b, day: c) }
        guard parts[2].count == 4 else { return nil }
        if b > 12 && a <= 12 { return make(year: c, month: a, day: b) }
        return make(year: c, month: b, day: a)
    }

    private static let englishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "Wed, 25 Jan 2017 14:36:00 +0100", "25 January 2017", "January 25, 2017".
    private static func monthName(_ s: String) -> PartialDate? {
        let words = s.lowercased().split { $0 == " " || $0 == "," }
        var day: Int?, month: Int?, year: Int?
        for w in words.prefix(5) {
            if let n = Int(w) {
                if w.count == 4 { year = year ?? n } else if w.count <= 2 { day = day ?? n }
            } else if w.count >= 3, let m = englishMonths.firstIndex(where: { w.hasPrefix($0) }) {
                month = month ?? m + 1
            }
        }
        guard let year, let month else { return nil }
        return make(year: year, month: month, day: day)
    }

    /// An Arabic date that is the whole value ("الأربعاء 25 كانون الثاني/يناير 2017").
    private static func arabic(_ s: String) -> PartialDate? {
        guard s.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return nil }
        let found = ArabicDateParser.parse(s)
        guard found.count == 1, let e = found.first, let year = e.year, let month = e.month else { return nil }
        return make(year: year, month: month, day: e.day)
    }

    private static func make(year: Int, month: Int, day: Int?) -> PartialDate? {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        if let day, !(1...CalendarMath.daysInMonth(year: year, month: month)).contains(day) { return nil }
        return PartialDate(year: year, month: month, day: day)
    }
}
