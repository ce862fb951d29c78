import Foundation

/// Folds Arabic text to a canonical form for matching and search. Display text keeps its original form.
///
/// `normalize` does, scalar by scalar (after NFKC when the text needs it):
/// - removes tashkeel U+064B–U+065F, superscript alef U+0670 and tatweel U+0640;
/// - folds alef forms أ إ آ ٱ (and U+0672, U+0673) → ا; ى → ي; ؤ → و; ئ → ي;
/// - folds Persian/Urdu letters: ک ڪ → ك; گ → ك (Iraqi/Gulf "g" is most often written ك in news text);
///   ی ې ے → ي; ۀ ہ ۂ ە ھ → ه; پ → ب; چ → ج; ژ → ز; ڤ → ف;
/// - folds the Maghrebi «g» ڨ → ق (ڨفصة، بنڨردان: the standard spelling is ق; ڤ stays ف, its «v» sense in
///   the rest of the Arab press, though Tunisian text writes «g» with it too: بن ڤردان);
/// - maps Arabic-Indic digits U+0660–0669 and Eastern U+06F0–06F9 to ASCII 0–9; ٫ → "." and ٬ → ",";
///   ٪ → "%";
/// - removes invisible controls U+200B–U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF;
///   NBSP and other fixed-width spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) → " ";
/// - unifies punctuation: ، → ","  ؛ → ";"  ؟ → "?"  « » “ ” „ ‟ → '"'.
///
/// It never changes the number of letters except by removing the scalars listed above (or by NFKC
/// decomposing ligatures such as ﻻ → لا, which only happens for presentation-form text).
public enum ArabicNormalizer {
    /// The display-independent canonical form used for matching (ة kept).
    public static func normalize(_ text: String) -> String {
        fold(text, matchForm: false, keepSpaces: true)
    }

    /// The key two names share when they are the same name: `normalize` + ة → ه + ASCII lowercase,
    /// with all spaces removed (so "قا آني" and "قاآني", "عبد الله" and "عبدالله" get one key).
    public static func matchKey(_ text: String) -> String {
        fold(text, matchForm: true, keepSpaces: false)
    }

    /// The form for a client-side search index: `normalize` + ة → ه + ASCII lowercase, spaces kept
    /// and runs of whitespace collapsed to one space.
    ///
    /// A JavaScript mirror: `s.normalize("NFKC")`, then remove `[\u064B-\u065F\u0670\u0640]` and the
    /// invisible controls above, replace `[أإآٱٲٳ]`→ا, `[ىیېے]`→ي, `ئ`→ي, `ؤ`→و, `[کڪگ]`→ك,
    /// `[ۀہۂەھة]`→ه, پ→ب, چ→ج, ژ→ز, ڤ→ف, ڨ→ق, digits ٠-٩ and ۰-۹ → 0-9, the punctuation listed on the type,
    /// lowercase, collapse whitespace to " ".
    public static func searchKey(_ text: String) -> String {
        var folded = fold(text, matchForm: true, keepSpaces: true)
        // The whitespace is ASCII, which never occurs inside a multi-byte scalar's UTF-8, so the runs are
        // collapsed on the bytes (appending to a scalar view cost ~440 instructions a scalar); a key with nothing
        // to collapse is the fold itself. `searchKeyByScalars` is the scalar version (`SearchKeyBytesTests`).
        return folded.withUTF8 { b -> String? in
            var needed = false
            var lastSpace = true
            for c in b {
                let space = c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
                if space && (lastSpace || c != 0x20) { needed = true; break }
                lastSpace = space
            }
            guard needed || lastSpace && !b.isEmpty else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                lastSpace = true
                for c in b {
                    if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D {
                        if !lastSpace { out[n] = 0x20; n += 1 }
                        lastSpace = true
                    } else {
                        out[n] = c
                        n += 1
                        lastSpace = false
                    }
                }
                if n > 0 && out[n - 1] == 0x20 { n -= 1 }
                return n
            }
        } ?? folded
    }

    /// `searchKey` scalar by scalar (the reference its byte version is checked against).
    static func searchKeyByScalars(_ text: String) -> String {
        let folded = fold(text, matchForm: true, keepSpaces: true)
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for s in folded.unicodeScalars {
            if s == " " || s == "\n" || s == "\t" || s == "\r" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(s)
                lastSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    /// True when `text` holds scalars that only NFKC can fold (presentation forms, ligatures,
    /// full-width and other compatibility characters). Cheap scalar scan; NFKC runs only then.
    public static func needsCompatibilityFold(_ text: String) -> Bool {
        for s in text.unicodeScalars where needsNFKC(s.value) { return true }
        return false
    }

    @inline(__always)
    static func needsNFKC(_ v: UInt32) -> Bool {
        if v < 0xA8 { return false }
        switch v {
        case 0xA8, 0xAA, 0xAF, 0xB2...0xB5, 0xB8...0xBA, 0xBC...0xBE: return true
        case 0x0675...0x0678: return true
        case 0x2024...0x2026, 0x2033...0x2037, 0x2070...0x209F, 0x2100...0x24FF, 0x3000...0x33FF: return true
        case 0xF900...0xFAFF, 0xFB00...0xFDFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0xFE50...0xFEFE, 0xFF00...0xFFEF:
            return true
        case 0x1D400...0x1D7FF, 0x1EE00...0x1EEFF: return true
        default: return false
        }
    }

    /// The fold of one scalar value: `nil` drops it, otherwise the replacement value.
    /// `matchForm` adds ة → ه and ASCII lowercase.
    @inline(__always)
    public static func foldScalar(_ v: UInt32, matchForm: Bool) -> UInt32? {
        if v < 0x80 {
            if matchForm && v >= 0x41 && v <= 0x5A { return v + 32 }
            return v
        }
        // (the Arabic letters ء … ي and tatweel first: most scalars of a text, and most of them fold to themselves;
        // the switch below tested them against every range before its default)
        if v >= 0x0621, v <= 0x064A {
            switch v {
            case 0x0622, 0x0623, 0x0625: return 0x0627
            case 0x0624: return 0x0648
            case 0x0626, 0x0649: return 0x064A
            case 0x0629: return matchForm ? 0x0647 : v
            case 0x0640: return nil
            default: return v
            }
        }
        return foldAnyScalar(v, matchForm: matchForm)
    }

    /// `foldScalar` by the whole table, for any scalar value (`foldScalar` answers ASCII and the Arabic letters
    /// before it, with the same answers).
    @inline(__always)
    static func foldAnyScalar(_ v: UInt32, matchForm: Bool) -> UInt32? {
        if v < 0x80 {
            if matchForm && v >= 0x41 && v <= 0x5A { return v + 32 }
            return v
        }
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640: return nil
        case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return nil
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627
        case 0x0649, 0x0626, 0x06CC, 0x06D0, 0x06D2: return 0x064A
        case 0x0624: return 0x0648
        case 0x06A9, 0x06AA, 0x06AF: return 0x0643
        case 0x06C0, 0x06C1, 0x06C2, 0x06D5, 0x06BE: return 0x0647
        case 0x0629: return matchForm ? 0x0647 : v
        case 0x067E: return 0x0628
        case 0x0686: return 0x062C
        case 0x0698: return 0x0632
        case 0x06A4: return 0x0641
        case 0x06A8: return 0x0642
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        case 0x066B: return 0x2E
        case 0x066C, 0x060C: return 0x2C
        case 0x066A: return 0x25
        case 0x061B: return 0x3B
        case 0x061F: return 0x3F
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F: return 0x22
        default: return v
        }
    }

    static func fold(_ text: String, matchForm: Bool, keepSpaces: Bool) -> String {
        let fast: String?? = text.utf8.withContiguousStorageIfAvailable {
            foldBytes($0, matchForm: matchForm, keepSpaces: keepSpaces)
        }
        if let folded = fast ?? nil { return folded }
        return foldScalars(text, matchForm: matchForm, keepSpaces: keepSpaces)
    }

    /// `fold(_:matchForm:keepSpaces:)` of the text whose UTF-8 bytes are `b`, in one pass over the bytes, or nil when
    /// the text needs NFKC (`needsNFKC`). A folded scalar never takes more bytes than the scalar it replaces, so
    /// the result fits in as many bytes as the text; the string is made once with its exact size. (Most keys are
    /// made here: the scalar view was walked twice, once for `needsCompatibilityFold`, and every scalar went
    /// through a closure.)
    static func foldBytes(_ b: UnsafeBufferPointer<UInt8>, matchForm: Bool, keepSpaces: Bool) -> String? {
        // (scalars of one or two bytes folded by `FoldTable`: `foldEncode`)
        func encode(into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
            foldEncode(b, matchForm: matchForm, keepSpaces: keepSpaces, into: out)
        }
        if b.count <= ScalarString.stackBytes {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, b.count)) { buffer -> String? in
                guard let n = encode(into: buffer) else { return nil }
                return SmallUTF8.string(utf8: UnsafeBufferPointer(rebasing: buffer[0..<n]))
            }
        }
        var needed = false
        let folded = String(unsafeUninitializedCapacity: b.count) { out in
            guard let n = encode(into: out) else { needed = true; return 0 }
            return n
        }
        return needed ? nil : folded
    }

    /// `fold(_:matchForm:keepSpaces:)` scalar by scalar, after NFKC when the text needs it.
    static func foldScalars(_ text: String, matchForm: Bool, keepSpaces: Bool) -> String {
        var source = text
        if needsCompatibilityFold(text) {
            source = text.precomposedStringWithCompatibilityMapping
        }
        // (a folded scalar never needs more UTF-8 bytes than the scalar it replaces: 4 per byte is ample)
        return ScalarString.make(maxScalars: source.utf8.count) { emit in
            for s in source.unicodeScalars {
                guard let f = foldScalar(s.value, matchForm: matchForm) else { continue }
                if !keepSpaces && (f == 0x20 || f == 0x0A || f == 0x09 || f == 0x0D) { continue }
                emit(f)
            }
        }
    }

    /// Folds scalars already split out of a text (fast path for the tokenizer: no NFKC).
    static func fold(scalars: ArraySlice<Unicode.Scalar>, matchForm: Bool) -> String {
        ScalarString.make(maxScalars: scalars.count) { emit in
            for s in scalars {
                guard let f = foldScalar(s.value, matchForm: matchForm) else { continue }
                if matchForm && f == 0x20 { continue }
                emit(f)
            }
        }
    }
}
