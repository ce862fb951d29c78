import ArabicText

/// A token, or several tokens that form one lexicon phrase.
struct Unit {
    var tokens: Range<Int>
    var flags: LexFlags
    var entry: LexEntry?
    /// Proclitic scalars (folded) at the start of the first token.
    var prefix: Int
    var restoredAlef: Bool
}

/// One block of text, tokenized and annotated with the lexicon, ready for the discovery rules.
///
/// A class (its fields are all constants, so it reads as a value): the discovery rules (`DiscoveryRules`, a
/// struct that holds one and is mutated as they run) were each called with a copy of the rules' whole value, the
/// analysis's seven fields included (136 bytes, by `memcpy`, some 21 times a unit), and every `BlockAnalysis`
/// method with a copy of its fields; now they pass one reference.
final class BlockAnalysis: Sendable {
    let block: Int
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let units: [Unit]
    /// Unit index of each token.
    let unitOfToken: [Int]
    /// The lexicon the units were looked up in.
    let lexicon: Gazetteer<LexEntry>

    init(block: Int, text: String, lexicon: Gazetteer<LexEntry>) {
        self.block = block
        self.lexicon = lexicon
        let scalars = ScalarString.scalars(of: text)
        let tokens = Tokenizer.tokenize(scalars: scalars)
        self.scalars = scalars
        self.tokens = tokens
        var units: [Unit] = []
        units.reserveCapacity(tokens.count)
        var unitOfToken = [Int](repeating: 0, count: tokens.count)
        var i = 0
        while i < tokens.count {
            // a Latin name inside a web or mail address ("www.facebook.com", "@huawei.com") is no mention of it
            // (the match as a `GazetteerHit`: plain data, where an optional `GazetteerMatch<LexEntry>` went through generic
            // value witnesses at every token)
            if let m = lexicon.hit(in: tokens, at: i),
               !Self.isInAddress(scalars, tokens[i].start + m.prefixLength, tokens[m.tokens.upperBound - 1].end) {
                for t in m.tokens { unitOfToken[t] = units.count }
                let entry = lexicon.values[m.valueIndex]
                var flags = entry.flags
                // "علي" written with ي is the first name; the preposition is على (ى), though some texts type it
                // علي: a first name that needs a name beside it, not a common word
                if m.tokens.count == 1, m.prefixLength == 0, flags.contains(.firstName), UTF8Key.sameBytes(tokens[i].key, "علي"),
                   scalars[tokens[i].end - 1] == "\u{064A}" {
                    flags.remove(.common)
                    flags.insert(.ambiguousFirstName)
                }
                units.append(Unit(tokens: m.tokens, flags: flags, entry: entry, prefix: m.prefixLength,
                                  restoredAlef: m.restoredAlef))
                i = m.tokens.upperBound
            } else {
                unitOfToken[i] = units.count
                units.append(Unit(tokens: i..<(i + 1), flags: [], entry: nil, prefix: 0, restoredAlef: false))
                i += 1
            }
        }
        self.units = units
        self.unitOfToken = unitOfToken
        // opening quotes: « “ „ always, a straight " every other time
        var opens = UnitSet(count: units.count)
        var straight = 0
        for u in units.indices where tokens[units[u].tokens.lowerBound].kind == .punct {
            switch scalars[tokens[units[u].tokens.lowerBound].start].value {
            case 0xAB, 0x201C, 0x201E: opens.insert(u)
            case 0x22:
                if straight % 2 == 0 { opens.insert(u) }
                straight += 1
            default: break
            }
        }
        openingQuotes = opens
    }

    /// Latin letters `start..<end` inside a web or mail address: right after `.`, `/` or `@`, or right before `.`
    /// and a Latin letter ("www.facebook.com/…", "twitter.com", "x@huawei.com").
    static func isInAddress(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        func isLatinLetter(_ i: Int) -> Bool {
            guard i >= 0, i < scalars.count else { return false }
            let v = scalars[i].value | 0x20
            return v >= 0x61 && v <= 0x7A
        }
        guard isLatinLetter(start) else { return false }
        if start > 0, [".", "/", "@"].contains(scalars[start - 1]) { return true }
        return end < scalars.count && scalars[end] == "." && isLatinLetter(end + 1)
    }

    /// Units that open a quotation.
    let openingQuotes: UnitSet

    func token(_ u: Int) -> Token { tokens[units[u].tokens.lowerBound] }
    func isWord(_ u: Int) -> Bool { u < units.count && token(u).kind == .word }
    func isPunct(_ u: Int) -> Bool { u < units.count && token(u).kind == .punct }
    func key(_ u: Int) -> String { token(u).key }

    /// Key of unit `u`'s first token without its proclitics ("لصحيفة" → "صحيفه"), as the lexicon matched it.
    func stemKey(_ u: Int) -> String {
        let k = key(u)
        guard units[u].prefix > 0 else { return k }
        return Self.stem(of: k, dropping: units[u].prefix, alef: units[u].restoredAlef)
    }

    /// `(alef ? "ا" : "") + String(String.UnicodeScalarView(k.unicodeScalars.dropFirst(n)))`, made from `k`'s bytes
    /// (the scalar view's copy cost ~4,700 instructions a stem).
    static func stem(of k: String, dropping n: Int, alef: Bool) -> String {
        if let made = k.utf8.withContiguousStorageIfAvailable({ stem(ofBytes: $0, dropping: n, alef: alef) }) { return made }
        return stem(of: String(decoding: Array(k.utf8), as: UTF8.self), dropping: n, alef: alef)
    }

    static func stem(ofBytes b: UnsafeBufferPointer<UInt8>, dropping n: Int, alef: Bool) -> String {
        var i = 0, dropped = 0
        while i < b.count && dropped < n {
            i += 1
            while i < b.count && b[i] & 0xC0 == 0x80 { i += 1 }
            dropped += 1
        }
        let rest = UnsafeBufferPointer(rebasing: b[i...])
        guard alef else { return SmallUTF8.string(utf8: rest) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + 2) { out in
            out[0] = 0xD8; out[1] = 0xA7   // ا
            for (k, byte) in rest.enumerated() { out[2 + k] = byte }
            return SmallUTF8.string(utf8: UnsafeBufferPointer(out))
        }
    }

    /// Comma (, ،) unit.
    func isComma(_ u: Int) -> Bool {
        guard isPunct(u) else { return false }
        let v = scalars[token(u).start].value
        return v == 0x2C || v == 0x060C
    }

    /// Opening or closing double quote.
    func isQuote(_ u: Int) -> Bool {
        guard isPunct(u) else { return false }
        let v = scalars[token(u).start].value
        return v == 0x22 || v == 0x201C || v == 0x201D || v == 0x201E || v == 0xAB || v == 0xBB
    }

    /// Opening or closing bracket: ( ) [ ] { }.
    func isBracket(_ u: Int) -> Bool {
        guard isPunct(u) else { return false }
        let v = scalars[token(u).start].value
        return v == 0x28 || v == 0x29 || v == 0x5B || v == 0x5D || v == 0x7B || v == 0x7D
    }

    /// Punctuation that ends a clause (. ، , ؛ ; : ! ? ؟): a quoted name does not run past it.
    func isPunctStop(_ u: Int) -> Bool {
        guard isPunct(u) else { return false }
        switch scalars[token(u).start].value {
        case 0x2E, 0x060C, 0x2C, 0x061B, 0x3B, 0x3A, 0x21, 0x3F, 0x061F: return true
        default: return false
        }
    }

    /// A word written in Latin letters ("mbc", "Viacom").
    func isLatin(_ u: Int) -> Bool {
        guard isWord(u) else { return false }
        let v = scalars[token(u).start].value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    /// A word the lexicon does not know (a possible name part), at least two letters, no proclitic.
    func isUnknownWord(_ u: Int) -> Bool {
        isWord(u) && units[u].flags.isEmpty && UTF8Key.scalarCount(token(u).key) >= 2
    }

    /// An ordinary word of the language (`Lexicon.dictionary`), as written or after one proclitic (و ف ب ك ل):
    /// "فرص", "جاهز", "بأن", "وخضع".
    func isDictionaryWord(_ u: Int) -> Bool {
        guard isWord(u) else { return false }
        let key = token(u).key
        if Lexicon.dictionary.contains(key) { return true }
        guard let first = key.unicodeScalars.first, ["و", "ف", "ب", "ك", "ل"].contains(first), UTF8Key.scalarCount(key) >= 4 else { return false }
        return Lexicon.dictionary.contains(String(key.unicodeScalars.dropFirst()))
    }

    /// The match key of the word token that starts after scalar `end` with nothing but spaces before it, or nil
    /// (punctuation, a number or the block's end first).
    func wordKey(after end: Int) -> String? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < end { lo = mid + 1 } else { hi = mid }
        }
        guard lo < tokens.count, tokens[lo].kind == .word else { return nil }
        for i in end..<tokens[lo].start where scalars[i] != " " { return nil }
        return tokens[lo].key
    }

    /// "الحمداني"-like: definite, ends in ي, not a lexicon word.
    func isNisba(_ u: Int) -> Bool {
        guard isUnknownWord(u) else { return false }
        let k = token(u).key
        return UTF8Key.hasPrefix(k, "ال") && UTF8Key.hasSuffix(k, "ي") && UTF8Key.scalarCount(k) >= 5
    }

    /// "الفيروس التاجي": a one-token definite word in ي right after a definite noun (a frequent or unknown
    /// word of five letters or more) is that noun's adjective, even when a lexicon knows it as a place.
    func isAdjectivalNisba(unit u: Int) -> Bool {
        guard u > 0, u < units.count, units[u].tokens.count == 1, units[u].prefix == 0, isWord(u - 1) else { return false }
        let k = key(u)
        // feminine too ("المعاليم الديوانية": customs duties, not the Iraqi province), but not a word that is
        // also a nationality ("الحكومة السعودية" still points to its country); the noun may carry a
        // proclitic ("للمصالح الديوانية", "والتفتيشات الديوانية")
        let nisba = UTF8Key.hasSuffix(k, "ي") || UTF8Key.hasSuffix(k, "يه") && !units[u].flags.contains(.demonym)
        return UTF8Key.hasPrefix(k, "ال") && nisba && Self.isDefiniteNoun(key(u - 1), proclitic: !UTF8Key.hasSuffix(k, "ي"))
            && units[u - 1].flags.isSubset(of: .frequent)
    }

    /// A definite word of five letters or more (its article included), after a proclitic و، ف، ب، ك or ل
    /// too when `proclitic` ("والتفتيشات", "للمصالح").
    static func isDefiniteNoun(_ key: String, proclitic: Bool) -> Bool {
        var s = Substring(key)
        if proclitic, let c = s.first, "وف".contains(c), s.dropFirst().hasPrefix("ال") || s.dropFirst().hasPrefix("لل") { s = s.dropFirst() }
        if proclitic, let c = s.first, "بكل".contains(c), s.dropFirst().hasPrefix("ال") { s = s.dropFirst() }
        if proclitic, UTF8Key.hasPrefix(s, "لل") { return UTF8Key.scalarCount(s) >= 4 }
        return UTF8Key.hasPrefix(s, "ال") && UTF8Key.scalarCount(s) >= 5
    }

    /// Proclitic scalars of unit `u` outside a name that starts there: none right after an opening quote
    /// (“وادي النخيل”: the و is the name's).
    func prefix(_ u: Int) -> Int { u > 0 && openingQuotes.contains(u - 1) ? 0 : units[u].prefix }

    /// Proclitic scalars before the name that units `r` write: `prefix` of the first unit, except for one unit the
    /// lexicon matched past its proclitics, whose name is what the lexicon matched even after an opening quote
    /// (`"بالقيروان` names القيروان, `“وبنزرت”` بنزرت: a straight quote counted as opening may close a quotation).
    func namePrefix(_ r: Range<Int>) -> Int {
        let u = r.lowerBound
        return r.count == 1 && units[u].entry != nil ? units[u].prefix : prefix(u)
    }

    /// Scalar span of units `r`, proclitics of the first token excluded.
    func span(_ r: Range<Int>) -> (start: Int, end: Int) {
        let first = token(r.lowerBound)
        let last = tokens[units[r.upperBound - 1].tokens.upperBound - 1]
        return (first.start + first.originalOffset(ofFolded: namePrefix(r)), last.end)
    }

    /// The name as written (with the article's alef restored after لل).
    func surface(_ r: Range<Int>) -> String {
        let (a, b) = span(r)
        return text(a, b, restoredAlef: units[r.lowerBound].restoredAlef && namePrefix(r) > 0)
    }

    /// Scalars `start..<end` as a string, after an alef when `restoredAlef` (made in one step: appending
    /// scalars to a `String.UnicodeScalarView` costs several times more).
    func text(_ start: Int, _ end: Int, restoredAlef: Bool) -> String {
        ScalarString.make(maxScalars: end - start + 1) { emit in
            if restoredAlef { emit(0x0627) }
            for i in start..<end { emit(scalars[i].value) }
        }
    }

    /// Match key of units `r`: the token keys without spaces, proclitics dropped.
    /// (The keys' bytes concatenated, as `+=` of the strings concatenates them; one key is returned as it is.)
    func key(_ r: Range<Int>) -> String {
        let stripped = namePrefix(r) > 0
        var pieces = 0
        var single = ""
        var joined: [UInt8] = []
        for u in r {
            for t in units[u].tokens where tokens[t].kind != .punct {
                var k = tokens[t].key
                if t == units[r.lowerBound].tokens.lowerBound, stripped {
                    k = Self.stem(of: k, dropping: units[u].prefix, alef: units[u].restoredAlef)
                }
                if pieces == 0 {
                    single = k
                } else {
                    if pieces == 1 { joined.append(contentsOf: single.utf8) }
                    joined.append(contentsOf: k.utf8)
                }
                pieces += 1
            }
        }
        guard pieces > 1 else { return single }
        return joined.withUnsafeBufferPointer { SmallUTF8.string(utf8: $0) }
    }
}
