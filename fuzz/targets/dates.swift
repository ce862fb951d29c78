// libFuzzer target: ISO dates of front matter, date display, calendar arithmetic and (when the
// branch has it) the Arabic temporal-expression parser. Built by scripts/fuzz.
import ArabicDates

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    if let d = PartialDate(iso: text) {
        invariant(PartialDate(iso: d.iso) == d, "PartialDate(iso: \(d.iso)) does not give back \(d) (from \(text.debugDescription))")
        invariant((0...9999).contains(d.year), "year \(d.year) from \(text.debugDescription)")
        for style in [MonthNameStyle.levantine, .egyptian, .maghreb, .both] { _ = ArabicDateFormatter.format(d, style: style) }
        if let later = CalendarMath.adding(days: 400, to: d), let back = CalendarMath.adding(days: -400, to: later) {
            invariant(back == d, "adding and removing 400 days from \(d) gives \(back)")
        }
    }
    #if HAVE_DATE_PARSER
    let count = text.unicodeScalars.count
    let reference = PartialDate(year: 2020, month: 6, day: 15)
    var previous: PartialDate?
    for e in ArabicDateParser.parse(text) {
        invariant(0 <= e.start && e.start <= e.end && e.end <= count, "expression span \(e.start)..<\(e.end) outside 0..<\(count)")
        if let r = e.resolve(reference: reference, previous: previous) {
            invariant(PartialDate(iso: r.iso) == r, "resolved date \(r) is not a valid date")
            previous = r
        }
    }
    _ = ArticleDateInference.infer(blocks: text.split(separator: "\n").map(String.init))
    #endif
    return 0
}
