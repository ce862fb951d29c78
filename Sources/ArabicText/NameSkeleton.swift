/// Helpers to compare names written differently (transliterations of foreign names, dropped letters).
public enum NameSkeleton {
    /// Consonant skeleton of one word: the match key without long vowels, hamza and ال, with letters that
    /// transliterations confuse folded together (ق غ ك ج گ → K; ث س ص → S; ت ط → T; د ض ذ ظ ز → D; ح ه ة → H).
    /// "قاآني" and "غاني" and "غني" → "Kن".
    public static func of(_ word: String) -> String {
        // (on the word's bytes, in one pass, for every word that needs no NFKC: `skeleton(utf8:)`)
        if let fast = word.utf8.withContiguousStorageIfAvailable({ skeleton(utf8: $0) }), let skeleton = fast { return skeleton }
        return ofMatchKey(word)
    }

    /// The skeleton's scalar for a match key's scalar `v`: nil for the letters it drops (long vowels, hamza, ع), the
    /// class letter for those transliterations confuse, `v` itself otherwise (both `ofMatchKey` and `skeleton(utf8:)`).
    @inline(__always)
    static func consonantClass(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x0627, 0x0648, 0x064A, 0x0621, 0x0639: return nil   // ا و ي ء ع
        case 0x0642, 0x063A, 0x0643, 0x062C: return 0x4B          // ق غ ك ج → K
        case 0x062B, 0x0633, 0x0635: return 0x53                  // ث س ص → S
        case 0x062A, 0x0637: return 0x54                          // ت ط → T
        case 0x062F, 0x0636, 0x0630, 0x0638, 0x0632: return 0x44  // د ض ذ ظ ز → D
        case 0x062D, 0x0647, 0x0629: return 0x48                  // ح ه ة → H
        default: return v
        }
    }

    /// `of(_:)` through the word's match key made as a string, scalar by scalar: for any word (the path
    /// `skeleton(utf8:)` falls back to, and what the tests check it against).
    static func ofMatchKey(_ word: String) -> String {
        let key = ArabicNormalizer.matchKey(word)
        // (the two Characters of a leading ال are its two scalars: no other Characters equal them)
        let drop = UTF8Key.hasPrefix(key, "ال") && UTF8Key.scalarCount(key) > 4 ? 2 : 0
        // made in one step (`ScalarString.make`): appending to a `String.UnicodeScalarView` re-checked the string for
        // every scalar, most of the cost of a skeleton, asked for every unknown word of an article naming a person
        return ScalarString.make(maxScalars: UTF8Key.scalarCount(key)) { emit in
            for s in key.unicodeScalars.dropFirst(drop) {
                if let c = consonantClass(s.value) { emit(c) }
            }
        }
    }

    /// `of(_:)` as first written: scalars appended to a `String.UnicodeScalarView` (for the tests).
    static func ofByAppending(_ word: String) -> String {
        var key = ArabicNormalizer.matchKey(word)
        if key.hasPrefix("ال") && UTF8Key.scalarCount(key) > 4 { key = String(key.dropFirst(2)) }
        var out = String.UnicodeScalarView()
        for s in key.unicodeScalars {
            switch s {
            case "ا", "و", "ي", "ء", "ع": continue
            case "ق", "غ", "ك", "ج": out.append("K")
            case "ث", "س", "ص": out.append("S")
            case "ت", "ط": out.append("T")
            case "د", "ض", "ذ", "ظ", "ز": out.append("D")
            case "ح", "ه", "ة": out.append("H")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// The consonants of one word as written: the match key without ال, long vowels (ا و ي) and hamza.
    /// Stricter than `of`: "غني" and "غاني" share "غن", but "الصيد" (صد) and "السائد" (سد) differ.
    public static func consonants(_ word: String) -> String {
        var key = ArabicNormalizer.matchKey(word)
        if UTF8Key.hasPrefix(key, "ال") && UTF8Key.scalarCount(key) > 4 { key = String(key.dropFirst(2)) }
        var out = String.UnicodeScalarView()
        // a first alef is a hamza, a consonant: "أحسن" is not "حسن"
        for (i, s) in key.unicodeScalars.enumerated() where i == 0 || !["ا", "و", "ي", "ء"].contains(s) { out.append(s) }
        return String(out)
    }

    /// One word is the other with a final ي: the nisba adjective of a name («الموريسي» of «الموريس»,
    /// «التونسي» of «التونس»), not another spelling of it, though the consonants are the same.
    public static func areNisbaPair(_ a: String, _ b: String) -> Bool {
        let x = ArabicNormalizer.matchKey(a).unicodeScalars, y = ArabicNormalizer.matchKey(b).unicodeScalars
        guard x.count != y.count else { return false }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        return long.count == short.count + 1 && long.last == "ي" && long.starts(with: short)
    }

    /// Words of a name, as match keys.
    public static func words(_ name: String) -> [String] {
        // (a name of letters, marks and spaces is split on its bytes: `plainWords(utf8:)`)
        if let fast = name.utf8.withContiguousStorageIfAvailable({ plainWords(utf8: $0) }), let words = fast { return words }
        return wordsByTokenizing(name)
    }

    /// `words(_:)` by the tokenizer: for any name (the path `plainWords(utf8:)` falls back to, and what the tests
    /// check it against).
    static func wordsByTokenizing(_ name: String) -> [String] {
        Tokenizer.tokenize(name).filter { $0.kind == .word }.map(\.key)
    }

    /// The key without a leading ال ("الكاظمي" → "كاظمي"), when at least three letters remain.
    public static func withoutArticle(_ key: String) -> String {
        if UTF8Key.hasPrefix(key, "ال") && UTF8Key.scalarCount(key) >= 5 { return String(key.dropFirst(2)) }
        return key
    }
}

