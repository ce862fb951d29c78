/// Names as one buffer of bytes (`starts[i]..<starts[i + 1]` is name i), put in the order of their bytes (a name before
/// the longer ones it starts) by sorting numbers: the eight bytes of each name at some depth, read as one big-endian
/// number (zeros past its end: no file name holds a NUL byte, so a name that ends sorts before one that goes on), the
/// names of each run of equal numbers sorted again eight bytes deeper. The depth starts past the bytes all names share.
struct NameBytes {
    let bytes: [UInt8]
    let starts: [Int]

    /// The names' indexes in the order of their bytes.
    func order() -> [Int] {
        let n = starts.count - 1
        guard n > 1 else { return Array(0..<max(n, 0)) }
        var order = Array(0..<n)
        bytes.withUnsafeBufferPointer { b in
            starts.withUnsafeBufferPointer { s in
                var keyed = [(key: UInt64, name: Int)]()
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

    /// The eight bytes of name `i` from `depth`, big-endian (zeros past its end).
    @inline(__always)
    private static func key(_ i: Int, depth: Int, _ b: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<Int>) -> UInt64 {
        let start = s[i] + depth, end = s[i + 1]
        var key: UInt64 = 0
        for k in 0..<8 {
            key <<= 8
            if start + k < end { key |= UInt64(b[start + k]) }
        }
        return key
    }

    /// Sorts `names` (indexes of names whose first `depth` bytes are equal) by their bytes from `depth`.
    private static func sort(_ names: inout ArraySlice<Int>, depth: Int, _ b: UnsafeBufferPointer<UInt8>,
                             _ s: UnsafeBufferPointer<Int>, _ keyed: inout [(key: UInt64, name: Int)]) {
        keyed.removeAll(keepingCapacity: true)
        for i in names { keyed.append((key(i, depth: depth, b, s), i)) }
        keyed.sort { $0.key < $1.key }
        var at = names.startIndex
        var runs: [Range<Int>] = []
        var runStart = 0
        for (k, e) in keyed.enumerated() {
            names[at] = e.name
            at += 1
            // each run of equal keys whose names go on past these eight bytes is sorted further
            if k + 1 == keyed.count || keyed[k + 1].key != e.key {
                if k > runStart && keyed[runStart...k].contains(where: { s[$0.name + 1] - s[$0.name] > depth + 8 }) {
                    runs.append(names.startIndex + runStart..<names.startIndex + k + 1)
                }
                runStart = k + 1
            }
        }
        for r in runs {
            var run = names[r]
            sort(&run, depth: depth + 8, b, s, &keyed)
            names[r] = run
        }
    }
}
