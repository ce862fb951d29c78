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
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done != nil { return }
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
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
