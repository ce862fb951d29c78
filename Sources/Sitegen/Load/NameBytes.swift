/// Names as one buffer of bytes (`starts[i]..<starts[i + 1]` is name i), put in the order of their bytes (a name before
/// the longer ones it starts) by sorting numbers: five bytes of each name at some depth, read as one big-endian number
/// (zeros past its end: no file name holds a NUL byte, so a name that ends sorts before one that goes on) above the
/// name's index, the names of each run of equal bytes sorted again five bytes deeper. The depth starts past the bytes all
/// names share (`JA-localNews-` in a folder of the corpus). (Numbers sorted as they are: pairs of a key and an index,
/// sorted by a comparison, cost twice as much.)
struct NameBytes {
    let bytes: [UInt8]
    let starts: [Int]
    /// The bytes of a name in one number, and the bits of its index below them.
    private static let keyBytes = 5, indexBits = 24

    /// The names' indexes in the order of their bytes (nil: too many names for the numbers' index bits).
    func order() -> [Int]? {
        let n = starts.count - 1
        guard n < 1 << Self.indexBits else { return nil }
        guard n > 1 else { return Array(0..<max(n, 0)) }
        var order = Array(0..<n)
        bytes.withUnsafeBufferPointer { b in
            starts.withUnsafeBufferPointer { s in
                var keyed: [UInt64] = []
                keyed.reserveCapacity(n)
                Self.sort(&order[...], depth: Self.sharedStart(b, s), b, s, &keyed)
            }
        }
        return order
    }

    /// How many bytes all names start with.
    private static func sharedStart(_ b: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<Int>) -> Int {
        var shared = s[1] - s[0]
        for i in 1..<(s.count - 1) {
            let len = min(shared, s[i + 1] - s[i])
            var k = 0
            while k < len && b[s[i] + k] == b[s[0] + k] { k += 1 }
            shared = k
            if shared == 0 { break }
        }
        return shared
    }

    /// `keyBytes` bytes of name `i` from `depth`, big-endian (zeros past its end), above `i`.
    @inline(__always)
    private static func key(_ i: Int, depth: Int, _ b: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<Int>) -> UInt64 {
        let start = s[i] + depth, end = s[i + 1]
        var key: UInt64 = 0
        for k in 0..<keyBytes {
            key <<= 8
            if start + k < end { key |= UInt64(b[start + k]) }
        }
        return key << indexBits | UInt64(i)
    }

    /// Sorts `names` (indexes of names whose first `depth` bytes are equal) by their bytes from `depth`.
    private static func sort(_ names: inout ArraySlice<Int>, depth: Int, _ b: UnsafeBufferPointer<UInt8>,
                             _ s: UnsafeBufferPointer<Int>, _ keyed: inout [UInt64]) {
        keyed.removeAll(keepingCapacity: true)
        for i in names { keyed.append(key(i, depth: depth, b, s)) }
        keyed.sort()
        let indexMask: UInt64 = 1 << indexBits - 1
        var runs: [Range<Int>] = []
        var runStart = 0
        for k in keyed.indices {
            let name = Int(keyed[k] & indexMask)
            names[names.startIndex + k] = name
            // each run of equal bytes whose names go on past them is sorted further
            if k + 1 == keyed.count || keyed[k + 1] >> indexBits != keyed[k] >> indexBits {
                if k > runStart && keyed[runStart...k].contains(where: { i in
                    let name = Int(i & indexMask)
                    return s[name + 1] - s[name] > depth + keyBytes
                }) {
                    runs.append(names.startIndex + runStart..<names.startIndex + k + 1)
                }
                runStart = k + 1
            }
        }
        for r in runs {
            var run = names[r]
            sort(&run, depth: depth + keyBytes, b, s, &keyed)
            names[r] = run
        }
    }
}
