/// The scalars of a mention's block that entity and event resolution read around the mention, so that
/// `EntityResolutionInputs` can hash those instead of the whole block: a sentence added to a paragraph that
/// names someone, or a word fixed far from any name, leaves the digest as it was.
///
/// The readers, and how far each looks (keep in step with them):
/// - `NameContext`: the word before and after (`Tokenizer.edgeWordKey` over 32 scalars each side); a preposition
///   as written (spaces, then Arabic letters, unbounded); a quote mark past the spaces each side; a quote that
///   closes after a number (spaces and hyphens, digits, spaces, one scalar); an organization head before the
///   opening quote (spaces, then 32 scalars); a hyphen joining a word (one or two scalars, then 32 scalars after
///   them; and whether another mention starts or ends right there: `EntityResolutionInputs` hashes that apart).
/// - `EventResolver`: `setApart` (the first scalar past the spaces each side), `standsWhole` (spaces, then a
///   word after the mention, unbounded), `namedAsGovernorate` (spaces, then a word before it, unbounded);
///   `EventMaking.preposition` (the 40 scalars before it).
///
/// The window is `lo..<hi`: `reach` scalars each side at least, stretched over the spaces and the word (or the
/// hyphens and number) next to the mention, and over the scalar that ends each such run, which the readers
/// look at to stop. Two windows with the same scalars at the same places relative to the mention give every
/// reader the same answer: a reader that stops inside one stops at the same place in the other, and a window
/// cut by the block's edge is shorter than `reach` or stops a run there, which the other would not.
enum MentionReadWindow {
    /// The farthest a reader of fixed reach looks from the mention's edge (`EventMaking.preposition`: 40 scalars
    /// before it; `edgeWordKey` after a hyphen: 33 after it), plus one.
    static let reach = 41

    /// The window of the mention at `start..<end` of `scalars`; nil when the span is not within the block (the
    /// readers then guard or clamp: the caller hashes the whole block).
    static func bounds(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Range<Int>? {
        let n = scalars.count
        guard start >= 0, start <= end, end <= n else { return nil }
        // before: spaces, then a word; the organization head before a quote (32 scalars before the first non-space)
        var j = start - 1
        while j >= 0, scalars[j] == " " { j -= 1 }
        var k = j
        while k >= 0, isWordScalar(scalars[k]) { k -= 1 }
        let lo = max(0, min(start - reach, k, j - reach))
        // after: spaces, then a word (and the scalar that ends it)
        var p = end
        while p < n, scalars[p] == " " { p += 1 }
        var q = p
        while q < n, isWordScalar(scalars[q]) { q += 1 }
        // after: spaces and hyphens, digits, spaces, one scalar (`quoteClosesAfterANumber`)
        var r = end
        while r < n, scalars[r] == " " || scalars[r] == "-" { r += 1 }
        while r < n, isNumeric(scalars[r]) { r += 1 }
        while r < n, scalars[r] == " " { r += 1 }
        let hi = min(n, max(end + reach, q + 1, r + 1))
        return lo..<hi
    }

    /// A scalar a word run of any reader goes on over (a superset of each: Arabic letters, alphabetic scalars,
    /// non-spacing marks).
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x0621 && v <= 0x064A { return true }
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        if v == 0x20 { return false }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return true }
        if v < 0x80 || (v >= 0x0621 && v <= 0x064A) { return false }
        return s.properties.numericType != nil
    }
}
