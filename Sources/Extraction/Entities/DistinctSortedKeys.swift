import ArabicText

/// `Set(keys).sorted()` without `String`'s hashing and ordering of Arabic text (both normalize it on every call: a
/// document's followers, a few words each, cost ~3,500 instructions an insert).
///
/// When every key is ASCII or Arabic letters U+0621…U+064A (`CanonicalKeyIndex.isOwnNFC`: each is its own NFC form,
/// so two of them are canonically equivalent exactly when their bytes are equal), the keys are sorted by their UTF-8
/// bytes and repeats dropped: UTF-8 orders as the scalars it encodes, which is how `String` orders NFC text. Any other
/// key and the whole list goes the `Set<String>` way.
enum DistinctSortedKeys {
    static func of(_ keys: [String]) -> [String] {
        guard keys.count > 1 else { return keys }
        guard keys.allSatisfy(CanonicalKeyIndex.isOwnNFC) else { return Set(keys).sorted() }
        var byBytes = keys.map(UTF8Key.init)
        byBytes.sort(by: precedes)
        var out: [String] = []
        out.reserveCapacity(byBytes.count)
        for k in byBytes where out.last.map({ !UTF8Key.sameBytes($0, k.string) }) ?? true { out.append(k.string) }
        return out
    }

    /// Whether `a`'s bytes come before `b`'s (the shorter first when one starts the other).
    static func precedes(_ a: UTF8Key, _ b: UTF8Key) -> Bool {
        let answer: Bool?? = a.string.utf8.withContiguousStorageIfAvailable { p in
            b.string.utf8.withContiguousStorageIfAvailable { q in precedes(p, q) }
        }
        if let answer = answer ?? nil { return answer }
        return Array(a.string.utf8).withUnsafeBufferPointer { p in Array(b.string.utf8).withUnsafeBufferPointer { q in precedes(p, q) } }
    }

    @inline(__always)
    static func precedes(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(p.count, q.count)
        for i in 0..<n where p[i] != q[i] { return p[i] < q[i] }
        return p.count < q.count
    }
}
