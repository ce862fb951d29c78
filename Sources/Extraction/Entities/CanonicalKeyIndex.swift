import ArabicText
import Foundation

/// A `[String: Int]` hashed and compared by the UTF-8 bytes of each key's NFC form: the same keys meet as in a
/// `[String: Int]` (`String`'s `==` is canonical equivalence, i.e. equal NFC forms), without `String`'s hashing and
/// comparing, which normalize Arabic text on every call (~1,000 instructions a hash, as much again for the `==` of a hit).
/// A key of ASCII and Arabic letters U+0621…U+064A is its own NFC form (every such scalar is a starter NFC keeps, and no
/// two of them compose), so only other keys are normalized (`precomposedStringWithCanonicalMapping`, as `StringIDs` does).
public struct CanonicalKeyIndex: Equatable {
    private var values: [UTF8Key: Int] = [:]

    init() {}

    var count: Int { values.count }

    subscript(key: String) -> Int? {
        get { values[Self.canonical(key)] }
        set { values[Self.canonical(key)] = newValue }
    }

    /// `self[key] = (self[key] ?? 0) + n`, the key's NFC form made once.
    mutating func add(_ n: Int, to key: String) { values[Self.canonical(key), default: 0] += n }

    /// Adds every count of `other` to this index's (`[String: Int].merge(_:uniquingKeysWith: +)`).
    mutating func add(_ other: CanonicalKeyIndex) { values.merge(other.values, uniquingKeysWith: +) }

    /// The index of a `[String: Int]`'s entries, counts of keys `String` calls equal added up (a dictionary holds none).
    init(_ dictionary: [String: Int]) {
        for (k, n) in dictionary { add(n, to: k) }
    }

    /// The key's NFC form, as bytes (two strings `String` calls equal have the same; resolution counts distinct cues by it).
    public static func canonical(_ key: String) -> UTF8Key {
        isOwnNFC(key) ? UTF8Key(key) : UTF8Key(key.precomposedStringWithCanonicalMapping)
    }

    /// Whether every scalar of `key` is ASCII or an Arabic letter U+0621…U+064A (checked on the UTF-8 bytes).
    static func isOwnNFC(_ key: String) -> Bool {
        if let answer = key.utf8.withContiguousStorageIfAvailable({ isOwnNFC($0) }) { return answer }
        return key.unicodeScalars.allSatisfy { $0.value < 0x80 || (0x0621...0x064A).contains($0.value) }
    }

    static func isOwnNFC(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            guard c & 0xE0 == 0xC0, i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 else { return false }
            let v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            guard v >= 0x0621, v <= 0x064A else { return false }
            i += 2
        }
        return true
    }
}
