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

    @inlinable public func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// (on the contiguous bytes: `utf8.elementsEqual` walked the two views byte by byte through their
    /// iterators, which made it the costliest function of a build's profile)
    @inlinable public static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        guard a.string.utf8.count == b.string.utf8.count else { return false }
        var x = a.string, y = b.string
        return x.withUTF8 { p in
            y.withUTF8 { q in
                for i in 0..<p.count where p[i] != q[i] { return false }
                return true
            }
        }
    }
}
