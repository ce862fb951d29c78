import Testing
import TestSupport
@testable import ArabicDates

/// `PartialDate.iso` (written as bytes) against the way it was joined from formatted parts before.
@Suite struct PartialDateISOTests {
    /// The former `iso`, kept here to compare with.
    static func isoJoined(_ d: PartialDate) -> String {
        func format2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        func format4(_ v: Int) -> String {
            let s = String(v)
            return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
        }
        var s = String(format4(d.year))
        if let month = d.month { s += "-" + format2(month) }
        if let day = d.day { s += "-" + format2(day) }
        return s
    }

    @Test func edgeCases() {
        var dates = [PartialDate(year: 2016), PartialDate(year: 2016, month: 1), PartialDate(year: 2016, month: 12, day: 31),
                     PartialDate(year: 0), PartialDate(year: 7, month: 3, day: 9), PartialDate(year: 9999, month: 99, day: 99),
                     PartialDate(year: 10_000, month: 1, day: 1), PartialDate(year: -5, month: 2), PartialDate(year: 123_456),
                     PartialDate(year: 2020, month: 100), PartialDate(year: 2020, month: -1, day: 5), PartialDate(year: 2020, month: 5, day: 100),
                     PartialDate(year: Int.min, month: 1, day: 1), PartialDate(year: Int.max)]
        // a day set without a month (the properties are `var`s)
        var dayOnly = PartialDate(year: 2017)
        dayOnly.day = 4
        dates.append(dayOnly)
        for d in dates { #expect(d.iso == Self.isoJoined(d), "\(d.year) \(String(describing: d.month)) \(String(describing: d.day))") }
        #expect(PartialDate(year: 2016, month: 1, day: 13).iso == "2016-01-13")
        #expect(dayOnly.iso == "2017-04")
    }

    @Test func seededDates() {
        var random = SeededRandom(seed: 45)
        for _ in 0..<20_000 {
            let year = random.below(4) == 0 ? random.below(30_000) - 10_000 : random.below(10_000)
            let month: Int? = random.below(4) == 0 ? nil : random.below(130) - 10
            var d = PartialDate(year: year, month: month, day: random.below(4) == 0 ? nil : random.below(130) - 10)
            if random.below(20) == 0 { d.month = nil; d.day = random.below(40) }
            #expect(d.iso == Self.isoJoined(d))
            #expect(d.iso == d.isoByParts)
        }
    }
}
