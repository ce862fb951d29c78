/// `NameSkeleton.of` and `NameSkeleton.words` on a string's UTF-8 bytes. Both are asked of every person a document
/// names and of every unknown word of a document naming one (extraction, pooling, resolution): through the match key
/// made as a string and the tokenizer's tokens, a skeleton cost ~2,900 instructions and a name's words ~5,400.
extension NameSkeleton {
    /// `of(_:)` of the word whose UTF-8 bytes are `b`, or nil when one of its scalars needs NFKC (`needsNFKC`).
    /// The match key's scalars are folded into a buffer as `ArabicNormalizer.fold` folds them (`foldScalar`, the
    /// whitespace dropped), then the skeleton is made of them with the same rule and letter classes as `ofMatchKey`.
    static func skeleton(utf8 b: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(1, b.count)) { key -> String? in
            var n = 0, i = 0
            while i < b.count {
                let (s, next) = ScalarString.decode(b, at: i)
                i = next
                if ArabicNormalizer.needsNFKC(s.value) { return nil }
                guard let f = ArabicNormalizer.foldScalar(s.value, matchForm: true) else { continue }
                if f == 0x20 || f == 0x0A || f == 0x09 || f == 0x0D { continue }
                key[n] = f
                n += 1
            }
            // a leading ال (U+0627 U+0644) is dropped from a key of more than four scalars
            let drop = n > 4 && key[0] == 0x0627 && key[1] == 0x0644 ? 2 : 0
            return ScalarString.make(maxScalars: n) { emit in
                for k in drop..<n {
                    if let c = consonantClass(key[k]) { emit(c) }
                }
            }
        }
    }

    /// `words(_:)` of the name whose UTF-8 bytes are `b` when it holds only ASCII letters, spaces (U+0020) and the
    /// Arabic scalars U+0621…U+065F and U+0670; nil for any other name. There the tokenizer's classes are letters
    /// (A–Z, a–z, U+0621…U+063F, U+0641…U+064A) and marks (tatweel U+0640, U+064B…U+065F, U+0670), so its tokens are
    /// the runs between spaces, a word when the run holds a letter (a run of marks alone is punctuation), keyed by
    /// the fold of its scalars (`foldScalar`, match form: none of these needs NFKC).
    static func plainWords(utf8 b: UnsafeBufferPointer<UInt8>) -> [String]? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                guard c == 0x20 || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) else { return nil }
                i += 1
                continue
            }
            // U+0600…U+067F are D8 or D9 and one continuation byte
            guard c == 0xD8 || c == 0xD9 else { return nil }
            let v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            guard (v >= 0x0621 && v <= 0x065F) || v == 0x0670 else { return nil }
            i += 2
        }
        var words: [String] = []
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, b.count)) { out in
            var i = 0
            while i < b.count {
                if b[i] == 0x20 { i += 1; continue }
                // one run between spaces: its folded bytes from offset 0 of `out`
                var n = 0
                var hasLetter = false
                while i < b.count, b[i] != 0x20 {
                    let (s, next) = ScalarString.decode(b, at: i)
                    i = next
                    let v = s.value
                    if v < 0x80 || (v >= 0x0621 && v <= 0x063F) || (v >= 0x0641 && v <= 0x064A) { hasLetter = true }
                    guard let f = ArabicNormalizer.foldScalar(v, matchForm: true) else { continue }
                    n = ScalarString.write(f, to: out, at: n)
                }
                guard hasLetter else { continue }
                words.append(SmallUTF8.string(utf8: UnsafeBufferPointer(rebasing: out[0..<n])))
            }
        }
        return words
    }
}
