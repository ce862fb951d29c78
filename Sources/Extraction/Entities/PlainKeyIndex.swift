import ArabicText

/// The entries of a `[String: Value]` whose keys are made of plain scalars, keyed by their UTF-8 bytes: a look-up of a
/// plain key hashes and compares bytes (`UTF8Key`), where `String` hashes and compares Arabic text under canonical
/// equivalence, normalizing it on every call; any other key is looked up in the dictionary itself.
///
/// Plain scalars: ASCII and the Arabic letters U+0621 and U+0627…U+064A, which have no canonical decomposition and
/// into which no sequence composes. The only other strings canonically equivalent to ASCII text hold one of the
/// singletons U+212A (K), U+037E (;) or U+1FEF (`): when no key of the dictionary holds one, a string of plain scalars
/// can equal no key but one with its own bytes, so `value(of:in:)` answers as `dictionary[key]` for every key. (When
/// some key does hold one, «K», «;» and «`» are not taken as plain.)
struct PlainKeyIndex<Value: Sendable>: Sendable {
    private let plain: [UTF8Key: Value]
    /// No key holds U+212A, U+037E or U+1FEF: all of ASCII is plain.
    private let allASCII: Bool

    init(_ dictionary: [String: Value]) {
        let allASCII = !dictionary.keys.contains(where: Self.holdsASCIISingleton)
        var plain: [UTF8Key: Value] = [:]
        plain.reserveCapacity(dictionary.count)
        for (k, v) in dictionary where Self.isPlain(k, allASCII: allASCII) { plain[UTF8Key(k)] = v }
        self.plain = plain
        self.allASCII = allASCII
    }

    /// `dictionary[key]`, for the dictionary this index was made of.
    @inline(__always)
    func value(of key: String, in dictionary: [String: Value]) -> Value? {
        Self.isPlain(key, allASCII: allASCII) ? plain[UTF8Key(key)] : dictionary[key]
    }

    /// Whether `s` holds U+212A, U+037E or U+1FEF (E2 84 AA, CD BE, E1 BF AF).
    static func holdsASCIISingleton(_ s: String) -> Bool {
        // (on the contiguous bytes: an array of them was made and freed for every key of the corpus gazetteer)
        if let answer = s.utf8.withContiguousStorageIfAvailable({ holdsASCIISingleton($0) }) { return answer }
        var s = s
        return s.withUTF8 { holdsASCIISingleton($0) }
    }

    static func holdsASCIISingleton(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in u.indices {
            if u[i] == 0xCD, i + 1 < u.count, u[i + 1] == 0xBE { return true }
            if u[i] == 0xE2, i + 2 < u.count, u[i + 1] == 0x84, u[i + 2] == 0xAA { return true }
            if u[i] == 0xE1, i + 2 < u.count, u[i + 1] == 0xBF, u[i + 2] == 0xAF { return true }
        }
        return false
    }

    /// Whether every scalar of `s` is plain («K», «;» and «`» only when `allASCII`).
    static func isPlain(_ s: String, allASCII: Bool) -> Bool {
        if let answer = s.utf8.withContiguousStorageIfAvailable({ isPlain($0, allASCII: allASCII) }) { return answer }
        var s = s
        return s.withUTF8 { isPlain($0, allASCII: allASCII) }
    }

    static func isPlain(_ b: UnsafeBufferPointer<UInt8>, allASCII: Bool) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if !allASCII, c == 0x4B || c == 0x3B || c == 0x60 { return false }
                i += 1
                continue
            }
            guard c & 0xE0 == 0xC0, i + 1 < b.count else { return false }
            let v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            guard v == 0x0621 || (v >= 0x0627 && v <= 0x064A) else { return false }
            i += 2
        }
        return true
    }
}
