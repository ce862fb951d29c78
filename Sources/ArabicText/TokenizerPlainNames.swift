extension Tokenizer {
    /// The words of a plain name whose UTF-8 bytes are `b`, or nil when it is not plain. A plain name is made of
    /// ASCII letters, the Arabic letters U+0621…U+063F and U+0641…U+064A, the marks U+0640 and U+064B…U+065F after a
    /// letter of their word, and spaces (0x20): `scan` reads each run between spaces as one word token (all its
    /// scalars are letters or marks, and it starts with a letter), whose match key is its scalars folded one by one
    /// (`ArabicNormalizer.foldScalar(_:matchForm: true)`: none needs NFKC, the marks are dropped, no letter becomes a
    /// space). So `wordKeys` of the name has this many keys, and their scalars one after another are
    /// `forEachPlainKeyScalar`'s.
    @inline(__always)
    static func plainWordCount(utf8 b: UnsafeBufferPointer<UInt8>) -> Int? {
        var words = 0, inWord = false, i = 0
        let n = b.count
        while i < n {
            let b0 = b[i]
            if b0 == 0x20 { inWord = false; i += 1; continue }
            if b0 < 0x80 {
                guard (b0 >= 0x61 && b0 <= 0x7A) || (b0 >= 0x41 && b0 <= 0x5A) else { return nil }
                if !inWord { words += 1; inWord = true }
                i += 1
                continue
            }
            guard i + 1 < n else { return nil }
            let b1 = b[i + 1]
            if (b0 == 0xD8 && b1 >= 0xA1 && b1 <= 0xBF) || (b0 == 0xD9 && b1 >= 0x81 && b1 <= 0x8A) {
                if !inWord { words += 1; inWord = true }
            } else if b0 == 0xD9 && (b1 == 0x80 || (b1 >= 0x8B && b1 <= 0x9F)) {
                guard inWord else { return nil }   // (a word opening with a mark: left to `scan`)
            } else {
                return nil
            }
            i += 2
        }
        return words
    }

    /// Calls `body` with each scalar of the match keys of a plain name's words (`plainWordCount`), in order, and
    /// `wordEnd` after the last scalar of each word.
    @inline(__always)
    static func forEachPlainKeyScalar(utf8 b: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void, wordEnd: () -> Void = {}) {
        var i = 0, inWord = false
        let n = b.count
        while i < n {
            let b0 = b[i]
            if b0 == 0x20 {
                if inWord { wordEnd(); inWord = false }
                i += 1
                continue
            }
            inWord = true
            if b0 < 0x80 {
                body(UInt32(b0 >= 0x41 && b0 <= 0x5A ? b0 + 32 : b0))
                i += 1
                continue
            }
            let v = UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            if let f = ArabicNormalizer.foldScalar(v, matchForm: true) { body(f) }
            i += 2
        }
        if inWord { wordEnd() }
    }

    /// `wordKeys` of a plain name (`plainWordCount`) whose UTF-8 bytes are `b`, each key folded into a string of its
    /// own bytes (a key takes no more bytes than its word); nil when the name is not plain.
    static func plainWordKeys(utf8 b: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard let count = plainWordCount(utf8: b) else { return nil }
        var keys: [String] = []
        keys.reserveCapacity(count)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, b.count)) { buffer in
            var n = 0
            forEachPlainKeyScalar(utf8: b, { v in n = ScalarString.write(v, to: buffer, at: n) }, wordEnd: {
                keys.append(SmallUTF8.string(utf8: UnsafeBufferPointer(rebasing: buffer[0..<n])))
                n = 0
            })
            return keys
        }
    }
}
