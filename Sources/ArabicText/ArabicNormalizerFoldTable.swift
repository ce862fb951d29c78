/// The fold of every scalar of one or two UTF-8 bytes (U+0000…U+07FF: ASCII and the Arabic block, most of any
/// text), worked out once from `ArabicNormalizer.needsNFKC` and `foldScalar`, so that `foldBytes` reads a scalar's
/// fold from a table instead of decoding it and asking both (≈ 85 instructions a scalar of a match key).
enum FoldTable {
    /// An entry for a scalar the fold drops.
    static var drop: UInt16 { 0xFFFF }
    /// An entry for a scalar that needs NFKC (`needsNFKC`): the byte fold gives up on the text.
    static var compatibility: UInt16 { 0xFFFE }
    /// How many scalars each form's table holds (U+0000…U+07FF).
    static var size: Int { 0x800 }

    /// `size` entries for `matchForm` false, then `size` for true: the folded value (below 0x800: a scalar of one or
    /// two bytes folds to one of one or two bytes), `drop` or `compatibility`. Never freed (16 KB); only read once made.
    nonisolated(unsafe) static let entries: UnsafePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 2 * size)
        for form in 0..<2 {
            for v in 0..<size {
                table[form * size + v] = entry(UInt32(v), matchForm: form == 1)
            }
        }
        return UnsafePointer(table)
    }()

    /// The entry of scalar value `v` (below 0x800).
    static func entry(_ v: UInt32, matchForm: Bool) -> UInt16 {
        if ArabicNormalizer.needsNFKC(v) { return compatibility }
        guard let f = ArabicNormalizer.foldScalar(v, matchForm: matchForm) else { return drop }
        precondition(f < 0x800, "a scalar of two UTF-8 bytes folds to one of three")
        return UInt16(truncatingIfNeeded: f)
    }
}

extension ArabicNormalizer {
    /// `foldBytes`'s encoding of the folded text of valid UTF-8 `b` into `out` (as many bytes as `b` at least): the
    /// bytes written, or nil when a scalar needs NFKC. Scalars of one or two bytes by `FoldTable`, the others by
    /// `needsNFKC` and `foldScalar` as before.
    @inline(__always)
    static func foldEncode(_ b: UnsafeBufferPointer<UInt8>, matchForm: Bool, keepSpaces: Bool,
                           into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let table = FoldTable.entries + (matchForm ? FoldTable.size : 0)
        var i = 0, n = 0
        let count = b.count
        while i < count {
            let b0 = b[i]
            let f: UInt32
            if b0 < 0xE0 {
                // (valid UTF-8: one byte below 0x80, else a lead byte 0xC2…0xDF and one continuation byte)
                let v: Int
                if b0 < 0x80 {
                    v = Int(b0)
                    i &+= 1
                } else {
                    v = Int(b0 & 0x1F) &<< 6 | Int(b[i &+ 1] & 0x3F)
                    i &+= 2
                }
                let e = table[v]
                if e >= FoldTable.compatibility {
                    if e == FoldTable.compatibility { return nil }
                    continue
                }
                f = UInt32(e)
            } else {
                let (s, next) = ScalarString.decode(b, at: i)
                i = next
                let v = s.value
                if needsNFKC(v) { return nil }
                guard let g = foldScalar(v, matchForm: matchForm) else { continue }
                f = g
            }
            if !keepSpaces && (f == 0x20 || f == 0x0A || f == 0x09 || f == 0x0D) { continue }
            n = ScalarString.write(f, to: out, at: n)
        }
        return n
    }
}
