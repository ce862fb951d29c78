/// A 128-bit content fingerprint for cache keys (not a cryptographic hash).
///
/// Two independent 64-bit lanes mix the input sixteen bytes at a time (`ContentHasher`), so hashing a 15 MB corpus takes
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
///
/// Two 64-bit lanes each fold sixteen bytes at a time into one full-width multiply (the high and low
/// halves of the 128-bit product xored, as wyhash does), each lane with its own constants and with
/// its state entering on the other side of the product: about one instruction a byte, where the
/// former eight-bytes-a-step mix took two and a half (hashing was an eighth of a one-article edit's
/// instructions: article keys, search documents, page inputs). Not a cryptographic hash.
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

    /// The two halves of the full product, xored.
    @inline(__always)
    private static func fold(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let p = x.multipliedFullWidth(by: y)
        return p.high ^ p.low
    }

    /// Sixteen bytes (or a number and a tag) into both lanes.
    @inline(__always)
    private mutating func block(_ x: UInt64, _ y: UInt64) {
        let na = Self.fold(x ^ a ^ 0xA076_1D64_78BD_642F, y ^ 0xE703_7ED1_A0B4_28DB)
        let nb = Self.fold(x ^ 0x8EBC_6AF0_9C88_C6E3, y ^ b ^ 0x5899_65CC_7537_4CC3)
        a = na
        b = nb &+ x
    }

    private mutating func word(_ w: UInt64) { block(w, 0x1D8E_4E27_C47D_124F) }

    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        let n = bytes.count
        total &+= UInt64(n)
        var i = 0
        while i + 16 <= n {
            block(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self),
                  bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
            i += 16
        }
        // The last 1…15 bytes in at most two loads, which may overlap bytes already taken (as wyhash reads them): every
        // byte of the tail lies in `x` or `y`, so equal lengths with different tails still differ. (A loop over the tail's
        // bytes was most of the cost of a short string: page keys hash thousands of names and paths.)
        var x: UInt64 = 0, y: UInt64 = 0
        let rest = n - i
        if n >= 8 {
            if rest > 8 {
                x = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                y = bytes.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else if rest > 0 {
                x = bytes.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            }
        } else if n >= 4 {
            x = UInt64(bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
                | UInt64(bytes.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
        } else if n > 0 {
            x = UInt64(bytes[0]) | UInt64(bytes[n >> 1]) << 8 | UInt64(bytes[n - 1]) << 16
        }
        // the length last, with the tail: ("ab", "c") and ("a", "bc") differ
        block(x ^ (UInt64(n) << 1 | 1), y &+ UInt64(n) &* 0x9FB2_1C65_1E98_DF25)
    }

    public mutating func combine(_ bytes: [UInt8]) { bytes.withUnsafeBytes { combine($0) } }

    public mutating func combine(_ text: String) {
        // a native string's bytes in place (copying the string to call `withUTF8` cost a retain and a release a call)
        if text.utf8.withContiguousStorageIfAvailable({ combine(UnsafeRawBufferPointer($0)) }) != nil { return }
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
        ContentHash(high: Self.mix(a ^ total), low: Self.mix(b &+ Self.mix(a &+ total)))
    }

    /// The hash of one byte sequence.
    public static func hash(_ bytes: [UInt8]) -> ContentHash {
        var h = ContentHasher()
        h.combine(bytes)
        return h.finalize()
    }
}
