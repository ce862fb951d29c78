/// One way to read a token as proclitics + stem.
public struct CliticReading: Hashable, Sendable {
    /// The stem in normalized (or key) form, with the article's alef restored after لل ("للعراق" → "العراق").
    public var stem: String
    /// How many scalars of the normalized token the proclitics take ("والعراق" → 1, "وبالعراق" → 2,
    /// "للعراق" → 1: the span of the name starts after the first ل).
    public var prefixLength: Int
    /// True when the stem starts with an alef that the text dropped (ل + ال written لل).
    public var restoredAlef: Bool

    public init(stem: String, prefixLength: Int, restoredAlef: Bool = false) {
        self.stem = stem
        self.prefixLength = prefixLength
        self.restoredAlef = restoredAlef
    }
}

/// Proclitics of Arabic words: the conjunctions و ف, the prepositions ب ك ل, and ل + the article (لل).
///
/// Only prefixes are considered: suffixes are never stripped, so names such as "الحمداني" stay whole.
/// Readings are candidates; a caller keeps one only when the stem is a known name.
public enum Clitics {
    static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643
    static let lam: UInt32 = 0x0644, alef: UInt32 = 0x0627

    /// Candidate readings of a normalized token, the token itself first, then shorter stems.
    /// A stem keeps at least `minStem` scalars.
    public static func readings(of token: String, minStem: Int = 2) -> [CliticReading] {
        let s = Array(token.unicodeScalars)
        var out = [CliticReading(stem: token, prefixLength: 0)]
        func add(_ p: Int) {
            guard s.count - p >= minStem else { return }
            out.append(CliticReading(stem: ScalarString.make(s[p...]), prefixLength: p))
        }
        func addLamLam(_ p: Int) {
            // s[p] == ل, s[p+1] == ل: ل + (ا)ل…
            guard s.count - p - 1 >= minStem + 1 else { return }
            let stem = ScalarString.make(maxScalars: s.count - p) { emit in
                emit(alef)
                for c in s[(p + 1)...] { emit(c.value) }
            }
            out.append(CliticReading(stem: stem, prefixLength: p + 1, restoredAlef: true))
        }
        guard s.count > minStem else { return out }
        var p = 0
        if s[0].value == waw || s[0].value == fa {
            add(1)
            p = 1
        }
        if p < s.count {
            let v = s[p].value
            if v == ba || v == kaf || v == lam {
                if v == lam, p + 1 < s.count, s[p + 1].value == lam {
                    addLamLam(p)
                }
                add(p + 1)
            }
        }
        return out
    }

    /// The readings of `readings(of:)`, in the same order, without building strings: `body(drop, prefixLength,
    /// restoredAlef)` where the stem is the token without its first `drop` scalars (preceded by an alef when
    /// `restoredAlef`).
    @inline(__always)
    public static func forEachReading(of token: String.UnicodeScalarView, minStem: Int = 2,
                                      _ body: (Int, Int, Bool) -> Void) {
        body(0, 0, false)
        var it = token.makeIterator()
        guard let c0 = it.next() else { return }
        let c1 = it.next(), c2 = it.next()
        // count up to what the checks need (at most minStem + 3)
        var n = (c1 == nil ? 1 : c2 == nil ? 2 : 3)
        while n <= minStem + 3, it.next() != nil { n += 1 }
        guard n > minStem else { return }
        var p = 0
        if c0.value == waw || c0.value == fa {
            if n - 1 >= minStem { body(1, 1, false) }
            p = 1
        }
        let cp = p == 0 ? c0 : c1
        let cq = p == 0 ? c1 : c2
        if p < n, let v = cp?.value, v == ba || v == kaf || v == lam {
            if v == lam, p + 1 < n, cq?.value == lam, n - p - 1 >= minStem + 1 {
                body(p + 1, p + 1, true)
            }
            if n - (p + 1) >= minStem { body(p + 1, p + 1, false) }
        }
    }

    /// The stem and prefix length of the reading that `accept` takes first (the token itself wins).
    public static func firstReading(of token: String, where accept: (String) -> Bool) -> CliticReading? {
        for r in readings(of: token) where accept(r.stem) { return r }
        return nil
    }
}

extension Token {
    /// Scalar offset inside the original `text` that corresponds to `folded` scalars of the normalized
    /// form (folding drops tashkeel and controls, so the two can differ).
    public func originalOffset(ofFolded folded: Int) -> Int {
        if folded <= 0 { return 0 }
        var seen = 0
        var k = 0
        for s in text.unicodeScalars {
            if seen == folded {
                // skip marks that belong to the last prefix letter
                if ArabicNormalizer.foldScalar(s.value, matchForm: true) != nil { return k }
            } else if ArabicNormalizer.foldScalar(s.value, matchForm: true) != nil {
                seen += 1
            }
            k += 1
        }
        return k
    }
}
