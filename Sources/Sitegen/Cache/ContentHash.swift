/// A 128-bit content fingerprint for cache keys (not a cryptographic hash).
///
/// Two independent 64-bit lanes mix the input eight bytes at a time, so hashing a 15 MB corpus takes
/// milliseconds; 128 bits make an accidental collision between two versions of a file negligible.
public struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// 32 hexadecimal digits.
    public var description: String {
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.utf8.count) + s
        }
        return hex(high) + hex(low)
    }
}

/// Feeds bytes, strings and numbers into a `ContentHash`. Every item is length-prefixed, so
/// `("ab", "c")` and `("a", "bc")` hash differently.
public struct ContentHasher: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var total: UInt64 = 0

    public init() {}

    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func word(_ w: UInt64) {
        a = (a ^ Self.mix(w)) &* 0x0000_0100_0000_01B3
        a = (a << 31) | (a >> 33)
        b = (b &+ w) &* 0xFF51_AFD7_ED55_8CCD
        b ^= b >> 29
    }

    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        word(UInt64(bytes.count))
        total &+= UInt64(bytes.count)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            word(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        word(tail ^ 0x8000_0000_0000_0000)
    }

    public mutating func combine(_ bytes: [UInt8]) { bytes.withUnsafeBytes { combine($0) } }

    public mutating func combine(_ text: String) {
        var t = text
        t.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    /// An optional string: a marker, then the string (nil and "" differ).
    public mutating func combine(_ text: String?) {
        if let text { combine(1); combine(text) } else { combine(0) }
    }

    /// A list of strings, its count first.
    public mutating func combine(_ list: [String]) {
        combine(list.count)
        for s in list { combine(s) }
    }

    public mutating func combine(_ n: Int) { word(UInt64(bitPattern: Int64(n))); word(0x5A5A) }

    public mutating func combine(_ h: ContentHash) { word(h.high); word(h.low) }

    public func finalize() -> ContentHash {
        ContentHash(high: Self.mix(a ^ total), low: Self.mix(b &+ Self.mix(a)))
    }

    /// The hash of one byte sequence.
    public static func hash(_ bytes: [UInt8]) -> ContentHash {
        var h = ContentHasher()
        h.combine(bytes)
        return h.finalize()
    }
}
