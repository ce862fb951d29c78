/// A word's scalars without tashkeel (U+064B…U+065F) and tatweel (U+0640), as the spelling rules compare them.
///
/// Into an array in one pass: `unicodeScalars.filter` builds a scalar view by appending each scalar's UTF-8 (the
/// rules then copied it into an array or indexed it by scalars), several times the work for the same scalars.
enum MarklessScalars {
    /// Whether `s` is kept: no tashkeel, no tatweel.
    @inline(__always)
    static func keeps(_ s: Unicode.Scalar) -> Bool { !(0x064B...0x065F).contains(s.value) && s.value != 0x0640 }

    /// The scalars of `text` that `keeps` keeps, in order.
    static func of<S: StringProtocol>(_ text: S) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars where keeps(s) { out.append(s) }
        return out
    }
}
