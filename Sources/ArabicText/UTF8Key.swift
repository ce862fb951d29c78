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

    @inlinable public static func == (a: UTF8Key, b: UTF8Key) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }
}
