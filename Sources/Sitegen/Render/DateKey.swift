import ArabicDates

extension ContentHasher {
    /// A date for a page key, by its fields: what `PartialDate.iso` writes follows from them, without making the
    /// string (≈ 2k instructions each; the article lists' keys hashed 20k of them in every build).
    mutating func combine(date: PartialDate?) {
        guard let date else { return combine(Int.min) }
        combine(date.year)
        combine(date.month ?? -1)
        combine(date.day ?? -1)
    }
}
