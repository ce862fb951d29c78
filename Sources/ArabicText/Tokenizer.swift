/// What a token is made of.
public enum TokenKind: String, Sendable, Codable {
    /// Arabic or Latin letters (with their combining marks).
    case word
    /// Digits, possibly with an inner decimal or thousands separator ("3.5", "1,200").
    case number
    /// Anything else that is not a space: punctuation, symbols, emoji (one scalar cluster each).
    case punct
}

/// One token of a text. Offsets are Unicode scalar offsets into the original text.
public struct Token: Hashable, Sendable {
    /// First scalar of the token.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The token as written.
    public var text: String
    /// `ArabicNormalizer.normalize` of the text (made when read: no reader of a block's tokens needs it).
    public var normalized: String { ArabicNormalizer.normalize(text) }
    /// `ArabicNormalizer.matchKey` of the text (normalized + ة→ه + lowercase).
    public var key: String
    public var kind: TokenKind

    public init(start: Int, end: Int, text: String, key: String, kind: TokenKind) {
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.kind = kind
    }
}

/// Splits text into words, numbers and punctuation, with scalar offsets into the original.
///
/// Works on a scalar array (no `Character` iteration). Tashkeel, tatweel and other combining marks and
/// ZWNJ/ZWJ stay inside the word they follow. Arabic and Latin letters form words; a letter run
/// directly followed by digits (or the reverse) splits into two tokens.
public enum Tokenizer {
    /// Tokens of `text`.
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(scalars: ScalarString.scalars(of: text))
    }

    /// Tokens of a text already split into scalars (offsets index `scalars`).
    public static func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        let small = SmallUTF8.isAvailable   // (read once: see `ScalarString.make(_:smallStrings:)`)
        scan(scalars) { a, b, kind in tokens.append(make(scalars, a, b, kind, small: small)) }
        return tokens
    }

    /// The match keys (`Token.key`) of the word and number tokens of `text`, in order: what
    /// `tokenize(text).filter { $0.kind != .punct }.map(\.key)` gives, without making each token's
    /// text and normalized form (for the search index, which reads only the keys).
    public static func wordKeys(_ text: String) -> [String] {
        // a short name of letters and spaces (most names asked) is read on its bytes (`plainWordKeys`)
        if text.utf8.count <= 128, let plain = text.utf8.withContiguousStorageIfAvailable({ plainWordKeys(utf8: $0) }),
           let keys = plain {
            return keys
        }
        return wordKeysByScalars(text)
    }

    /// `wordKeys` by the text's scalars (`scan`): the way for any text.
    static func wordKeysByScalars(_ text: String) -> [String] {
        let scalars = ScalarString.scalars(of: text)
        var keys: [String] = []
        keys.reserveCapacity(scalars.count / 5 + 1)
        let small = SmallUTF8.isAvailable
        scan(scalars) { a, b, kind in
            guard kind != .punct else { return }
            keys.append(key(scalars, a, b, small: small))
        }
        return keys
    }

    /// A token without its normalized form: for readers of the text and key only.
    public struct KeyedToken: Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var key: String
        public var kind: TokenKind
    }

    /// `tokenize(scalars:)` as `KeyedToken`s (the same ranges, kinds, texts and keys).
    public static func keyedTokens(scalars: [Unicode.Scalar]) -> [KeyedToken] {
        var tokens: [KeyedToken] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        let small = SmallUTF8.isAvailable
        scan(scalars) { a, b, kind in
            let text = ScalarString.make(scalars[a..<b], smallStrings: small)
            tokens.append(KeyedToken(start: a, end: b, text: text,
                                     key: isOwnKey(scalars, a, b) ? text : key(scalars, a, b, small: small), kind: kind))
        }
        return tokens
    }

    /// Calls `emit` with the scalar range and kind of every token of `scalars`, in order.
    @inline(__always)
    static func scan(_ scalars: [Unicode.Scalar], _ emit: (Int, Int, TokenKind) -> Void) {
        let n = scalars.count
        var i = 0
        while i < n {
            let v = scalars[i].value
            let cls = ScalarClass.of(scalars[i])
            switch cls {
            case .space, .invisible:
                i += 1
                continue
            case .letter, .mark:
                var j = i + 1
                while j < n {
                    let c = ScalarClass.of(scalars[j])
                    if c == .letter || c == .mark || (c == .invisible && isJoiner(scalars[j].value)) { j += 1 } else { break }
                }
                // marks alone (a tatweel used as a dash: "بيروت ـ من") are no word
                emit(i, j, hasLetter(scalars, i, j) ? .word : .punct)
                i = j
            case .digit:
                var j = i + 1
                while j < n {
                    let c = ScalarClass.of(scalars[j])
                    if c == .digit { j += 1; continue }
                    let w = scalars[j].value
                    if (w == 0x2E || w == 0x2C || w == 0x066B || w == 0x066C), j + 1 < n,
                       ScalarClass.of(scalars[j + 1]) == .digit {
                        j += 2
                        continue
                    }
                    break
                }
                emit(i, j, .number)
                i = j
            case .other:
                var j = i + 1
                // keep a symbol's variation selectors, ZWJ sequences and combining marks together
                while j < n {
                    let w = scalars[j].value
                    if (0xFE00...0xFE0F).contains(w) || (0x1F3FB...0x1F3FF).contains(w) || w == 0x20E3
                        || (0xE0020...0xE007F).contains(w) {
                        j += 1
                    } else if w == 0x200D, j + 1 < n {
                        j += 2
                    } else if ScalarClass.of(scalars[j]) == .mark && v > 0x2000 {
                        j += 1
                    } else { break }
                }
                emit(i, j, .punct)
                i = j
            }
        }
    }

    /// Whether scalars `a..<b` hold a letter (a word), not only marks.
    @inline(__always)
    static func hasLetter(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        if ScalarClass.of(scalars[a]) == .letter { return true }
        return scalars[a..<b].contains { ScalarClass.of($0) == .letter }
    }

    @inline(__always)
    static func isJoiner(_ v: UInt32) -> Bool { v == 0x200C || v == 0x200D }

    /// The match key of scalars `a..<b` (`ArabicNormalizer.matchKey` of their text), folded straight from
    /// the scalars when they need no compatibility folding.
    static func key(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int, small: Bool = SmallUTF8.isAvailable) -> String {
        if small, let key = smallKey(scalars, a, b) { return key }
        for k in a..<b where ArabicNormalizer.needsNFKC(scalars[k].value) {
            return ArabicNormalizer.matchKey(ScalarString.make(scalars[a..<b]))
        }
        return ArabicNormalizer.fold(scalars: scalars[a..<b], matchForm: true)
    }

    /// `key(scalars, a, b)` folded in one pass straight into a small string's bytes (`SmallUTF8`), or nil when a
    /// scalar needs compatibility folding or the key takes more than 15 bytes (then `key` folds as before). Only when
    /// `SmallUTF8.isAvailable`.
    @inline(__always)
    static func smallKey(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> String? {
        var key = SmallUTF8()
        for k in a..<b {
            let v = scalars[k].value
            // a scalar that is its own key (most of them) is the key's as it is
            if isOwnKeyScalarAtOnce(v) {
                guard key.append(scalar: v) else { return nil }
                continue
            }
            if ArabicNormalizer.needsNFKC(v) { return nil }
            // (`ArabicNormalizer.fold(scalars:matchForm: true)`: dropped scalars and spaces left out)
            guard let f = ArabicNormalizer.foldScalar(v, matchForm: true), f != 0x20 else { continue }
            guard key.append(scalar: f) else { return nil }
        }
        return key.string
    }

    /// Whether scalars `a..<b` are their own match key (`key` would give their text): none needs
    /// compatibility folding, is a space, or is changed or dropped by the fold. Most words are; their
    /// token then shares one string for its text and key instead of making a second.
    @inline(__always)
    static func isOwnKey(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        for k in a..<b where !isOwnKeyScalarAtOnce(scalars[k].value) { return false }
        return true
    }

    /// `isOwnKeyScalar(v)`, answered at once for the Arabic letters ء…ي (`ownArabicLetters`) and ASCII (all but the
    /// capitals and the space), which are most scalars; by the full test for the others.
    @inline(__always)
    static func isOwnKeyScalarAtOnce(_ v: UInt32) -> Bool {
        if v >= 0x0621, v <= 0x064A { return ownArabicLetters >> UInt64(v - 0x0621) & 1 == 1 }
        if v < 0x80 { return v != 0x20 && !(v >= 0x41 && v <= 0x5A) }
        return isOwnKeyScalar(v)
    }

    /// Bit k set: U+0621 + k is its own match key (all of ء…ي but آ أ ؤ إ ئ ة ـ ى, which the fold changes or drops;
    /// `SmallUTF8Tests` checks every bit against `isOwnKeyScalar`).
    static var ownArabicLetters: UInt64 { 0x2FF_7FFF_FEC1 }

    /// Whether scalar value `v` is its own match key: no space, needs no compatibility folding, and the fold keeps it.
    static func isOwnKeyScalar(_ v: UInt32) -> Bool {
        !(v == 0x20 || ArabicNormalizer.needsNFKC(v) || ArabicNormalizer.foldScalar(v, matchForm: true) != v)
    }

    static func make(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int, _ kind: TokenKind, small: Bool = SmallUTF8.isAvailable) -> Token {
        let text = ScalarString.make(scalars[a..<b], smallStrings: small)
        return Token(start: a, end: b, text: text, key: isOwnKey(scalars, a, b) ? text : key(scalars, a, b, small: small), kind: kind)
    }
}

/// Coarse class of a scalar for tokenizing and sentence splitting.
enum ScalarClass {
    case letter, mark, digit, space, invisible, other

    @inline(__always)
    static func of(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        // the common Arabic letters and a space first, inline (the rest, in `ofOther`, is a call: with the whole
        // test inline the compiler made `of` a call for every scalar)
        if (v >= 0x0621 && v <= 0x063F) || (v >= 0x0641 && v <= 0x064A) { return .letter }
        if v == 0x20 { return .space }
        return ofOther(s)
    }

    @inline(never)
    static func ofOther(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .letter }
            if v >= 0x30 && v <= 0x39 { return .digit }
            if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C { return .space }
            return .other
        }
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED: return .mark
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
             0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFB, 0xFE70...0xFEFC:
            return .letter
        case 0x00A0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x0085: return .space
        case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return .invisible
        // the punctuation of Arabic text (، ؛ ؟ ٪ ٫ ٬ ٭ « » – — ‘ ’ ‚ ‛ “ ” „ ‟ …): what the properties below give, without
        // reading them (≈ 650 instructions a scalar; the Arabic comma alone was 28 k of them at 1k)
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x00AB, 0x00BB, 0x2013, 0x2014, 0x2018...0x201F, 0x2026: return .other
        default:
            let p = s.properties
            if p.isAlphabetic { return .letter }
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            case .decimalNumber: return .digit
            case .spaceSeparator: return .space
            default: return .other
            }
        }
    }
}

extension Tokenizer {
    /// The match key of the word token that `tokenize(scalars: Array(scalars[from..<to]))` would give
    /// first (`last` false) or last (`last` true), or nil when that token is no word or may be cut by the
    /// window (it touches a window edge that is not the text's). Scans only as far as that token.
    public static func edgeWordKey(in scalars: [Unicode.Scalar], from: Int, to: Int, last: Bool) -> String? {
        guard from < to, to <= scalars.count else { return nil }
        func wordEnd(_ i: Int) -> Int {
            var j = i + 1
            while j < to {
                let c = ScalarClass.of(scalars[j])
                if c == .letter || c == .mark || (c == .invisible && isJoiner(scalars[j].value)) { j += 1 } else { break }
            }
            return j
        }
        if !last {
            var i = from
            while i < to, [.space, .invisible].contains(ScalarClass.of(scalars[i])) { i += 1 }
            guard i < to, [.letter, .mark].contains(ScalarClass.of(scalars[i])) else { return nil }
            let j = wordEnd(i)
            if j == to, to < scalars.count { return nil }
            guard hasLetter(scalars, i, j) else { return nil }
            return make(scalars, i, j, .word).key
        }
        var j = to
        while j > from, [.space, .invisible].contains(ScalarClass.of(scalars[j - 1])) { j -= 1 }
        guard j > from else { return nil }
        var i = j
        while i > from {
            let s = scalars[i - 1]
            let c = ScalarClass.of(s)
            if c == .letter || c == .mark || (c == .invisible && isJoiner(s.value)) { i -= 1 } else { break }
        }
        // the run must be a word token of its own: it starts at a letter or mark, after a joiner the
        // tokenizer skips, and it reaches the window's end (else a digit or symbol is the last token)
        while i < j, ScalarClass.of(scalars[i]) == .invisible { i += 1 }
        guard i < j, i > from || from == 0 else { return nil }
        // marks right after a symbol above U+2000 belong to the symbol's token
        if i > from, ScalarClass.of(scalars[i - 1]) == .other, scalars[i - 1].value > 0x2000 {
            while i < j, ScalarClass.of(scalars[i]) == .mark { i += 1 }
            guard i < j else { return nil }
        }
        let end = wordEnd(i)
        guard end >= j, hasLetter(scalars, i, end) else { return nil }
        return make(scalars, i, end, .word).key
    }
}
