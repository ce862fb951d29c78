/// A string hashed and compared by its UTF-8 bytes. `String`'s own hashing and `==` normalize Arabic
/// text on every call; keys already folded (match keys, search keys) have equal bytes when equal, so the
/// bytes are enough. Used for event word lists and interned search terms.
public struct UTF8Key: Hashable, Sendable {
    public let string: String

    @inlinable public init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.string = s
    }

    /// (read through `utf8.withContiguousStorageIfAvailable`, which borrows the string: `withUTF8` needs a
    /// mutable copy, a retain and a release of the string for every hash and every comparison of a
    /// dictionary look-up; the keys are made contiguous, so the fallback is for completeness)
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(bytesHash)
    }

    /// What `Set` and `Dictionary` hash a key by: FNV-1a of its bytes, mixed with the table's seed. `Hasher`
    /// (SipHash, set up and finalized for every look-up) cost ~5 times as much for a word of a dozen bytes, and
    /// these tables are looked up for every word of every text; a key is never chosen by an adversary.
    @inlinable public func _rawHashValue(seed: Int) -> Int {
        var x = bytesHash ^ UInt64(UInt(bitPattern: seed))
        // (MurmurHash3's finalizer: every bit of the FNV hash reaches the low bits a table's bucket is taken from)
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return Int(truncatingIfNeeded: x)
    }

    /// FNV-1a (64 bits) of the UTF-8 bytes.
    @inlinable public var bytesHash: UInt64 {
        if let h = string.utf8.withContiguousStorageIfAvailable({ Self.fnv1a($0) }) { return h }
        var s = string
        return s.withUTF8 { Self.fnv1a($0) }
    }

    @inlinable @inline(__always)
    static func fnv1a(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    /// (on the contiguous bytes: `utf8.elementsEqual` walked the two views byte by byte through their
    /// iterators, which made it the costliest function of a build's profile)
    @inlinable public static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        guard a.string.utf8.count == b.string.utf8.count else { return false }
        let equal: Bool?? = a.string.utf8.withContiguousStorageIfAvailable { p in
            b.string.utf8.withContiguousStorageIfAvailable { q in Self.same(p, q) }
        }
        if let equal = equal ?? nil { return equal }
        var x = a.string, y = b.string
        return x.withUTF8 { p in y.withUTF8 { q in Self.same(p, q) } }
    }

    /// Whether two strings have the same UTF-8 bytes: `==` of two match keys without building keys
    /// (`String`'s `==` compares Arabic text under canonical equivalence, checking every scalar).
    @inlinable public static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let equal: Bool?? = a.utf8.withContiguousStorageIfAvailable { p in
            b.utf8.withContiguousStorageIfAvailable { q in same(p, q) }
        }
        if let equal = equal ?? nil { return equal }
        return UTF8Key(a) == UTF8Key(b)
    }

    @inlinable @inline(__always)
    static func same(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<p.count where p[i] != q[i] { return false }
        return true
    }
}

extension UTF8Key {
    /// `s.hasPrefix(p)`, answered from the UTF-8 bytes when `p` is made of Arabic letters with no canonical
    /// decomposition (every key prefix the rules test: "ال", "لل") and the scalar after it in `s`, if any, is one
    /// that cannot join `p`'s last letter in one Character (an Arabic letter or ASCII); else `String.hasPrefix`,
    /// which compares Arabic text Character by Character under canonical equivalence (a rule's `hasPrefix` on
    /// every word was a large part of discovery). Same answer for every input.
    @inlinable public static func hasPrefix(_ s: String, _ p: String) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { sb -> Bool? in
            let answer: Bool?? = p.utf8.withContiguousStorageIfAvailable { pb in prefixAnswer(sb, pb) }
            return answer ?? nil
        }
        if let answer = fast ?? nil { return answer }
        return s.hasPrefix(p)
    }

    /// `hasPrefix(_:_:)` from the bytes, or nil when they cannot tell.
    @inlinable static func prefixAnswer(_ sb: UnsafeBufferPointer<UInt8>, _ pb: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isPlainArabic(pb) else { return nil }
        guard sb.count >= pb.count else { return false }
        for i in 0..<pb.count where sb[i] != pb[i] { return false }
        guard sb.count > pb.count else { return true }
        let b0 = sb[pb.count]
        if b0 < 0x80 { return true }
        // a two-byte scalar U+0621…U+064A (D8 A1 … D9 8A)
        if b0 & 0xE0 == 0xC0, sb.count > pb.count + 1 {
            let v = UInt32(b0 & 0x1F) << 6 | UInt32(sb[pb.count + 1] & 0x3F)
            if v >= 0x0621, v <= 0x064A { return true }
        }
        return nil
    }

    /// Whether UTF-8 bytes `b` are Arabic letters U+0621…U+064A with no canonical decomposition (not آ أ ؤ إ ئ).
    @inlinable static func isPlainArabic(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !b.isEmpty, b.count % 2 == 0 else { return false }
        var i = 0
        while i < b.count {
            guard b[i] & 0xE0 == 0xC0, b[i + 1] & 0xC0 == 0x80 else { return false }
            let v = UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            guard v >= 0x0621, v <= 0x064A, v < 0x0622 || v > 0x0626 else { return false }
            i += 2
        }
        return true
    }
}

extension UTF8Key {
    /// `s.hasSuffix(p)`, answered from the UTF-8 bytes when `p` is made of Arabic letters with no canonical
    /// decomposition ("ي", "يه", "نا", "ات") and the scalar before it in `s`, if any, is one after which a Character
    /// always starts at an Arabic letter (an Arabic letter or ASCII: not a prepend mark such as U+0600); else
    /// `String.hasSuffix`. Same answer for every input: no other byte sequence is canonically equivalent to such
    /// letters, and `p`'s last Character ends where `s` does.
    @inlinable public static func hasSuffix(_ s: String, _ p: String) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { sb -> Bool? in
            let answer: Bool?? = p.utf8.withContiguousStorageIfAvailable { pb in suffixAnswer(sb, pb) }
            return answer ?? nil
        }
        if let answer = fast ?? nil { return answer }
        return s.hasSuffix(p)
    }

    /// `hasSuffix(_:_:)` from the bytes, or nil when they cannot tell.
    @inlinable static func suffixAnswer(_ sb: UnsafeBufferPointer<UInt8>, _ pb: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isPlainArabic(pb) else { return nil }
        guard sb.count >= pb.count else { return false }
        let start = sb.count - pb.count
        for i in 0..<pb.count where sb[start + i] != pb[i] { return false }
        guard start > 0 else { return true }
        let last = sb[start - 1]
        if last < 0x80 { return true }
        // a two-byte scalar U+0621…U+064A (D8 A1 … D9 8A) before the suffix
        if last & 0xC0 == 0x80, start >= 2, sb[start - 2] & 0xE0 == 0xC0 {
            let v = UInt32(sb[start - 2] & 0x1F) << 6 | UInt32(last & 0x3F)
            if v >= 0x0621, v <= 0x064A { return true }
        }
        return nil
    }
}

extension UTF8Key {
    /// `hasPrefix(_:_:)` of a substring.
    @inlinable public static func hasPrefix(_ s: Substring, _ p: String) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { sb -> Bool? in
            let answer: Bool?? = p.utf8.withContiguousStorageIfAvailable { pb in prefixAnswer(sb, pb) }
            return answer ?? nil
        }
        if let answer = fast ?? nil { return answer }
        return s.hasPrefix(p)
    }

    /// `hasSuffix(_:_:)` of a substring.
    @inlinable public static func hasSuffix(_ s: Substring, _ p: String) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { sb -> Bool? in
            let answer: Bool?? = p.utf8.withContiguousStorageIfAvailable { pb in suffixAnswer(sb, pb) }
            return answer ?? nil
        }
        if let answer = fast ?? nil { return answer }
        return s.hasSuffix(p)
    }
}

extension UTF8Key {
    /// `s.unicodeScalars.count`, counted on the UTF-8 bytes (those that start a scalar): the scalar view's count
    /// walks the string through its indices, some 330 instructions for a word, and the rules ask it of most words.
    @inlinable public static func scalarCount(_ s: String) -> Int {
        if let n = s.utf8.withContiguousStorageIfAvailable({ ScalarString.scalarCount($0) }) { return n }
        return s.unicodeScalars.count
    }

    /// `s.unicodeScalars.count` of a substring, counted on its UTF-8 bytes.
    @inlinable public static func scalarCount(_ s: Substring) -> Int {
        if let n = s.utf8.withContiguousStorageIfAvailable({ ScalarString.scalarCount($0) }) { return n }
        return s.unicodeScalars.count
    }
}
