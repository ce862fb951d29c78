import ArabicText

/// A one-word name in brackets or quotes right after other words («الشركة التونسية للكهرباء والغاز (ستاغ)»,
/// «… "الستاغ"»): a possible short form of the name those words end with. Collected per document
/// (`ties(in:)`); `shortForms` keeps, corpus-wide, the short forms tied to one organization name only.
public struct ShortFormTie: Sendable, Equatable {
    /// Match key of the bracketed or quoted word.
    public var key: String
    public var surface: String
    /// Match keys of the words right before the opening mark (up to `ShortFormTie.wordsBefore`), in text order.
    public var before: [String]

    public init(key: String, surface: String, before: [String]) {
        self.key = key
        self.surface = surface
        self.before = before
    }

    /// The longest full name considered, in words.
    static let wordsBefore = 8

    /// The ties of one block: an opening bracket or quote right after a word, one Arabic word of three letters or
    /// more, and the closing mark.
    static func ties(in a: BlockAnalysis) -> [ShortFormTie] {
        var out: [ShortFormTie] = []
        var u = 1
        while u + 2 < a.units.count {
            defer { u += 1 }
            let opens = a.isBracket(u) ? ["(", "["].contains(a.surface(u..<(u + 1))) : a.openingQuotes.contains(u)
            guard opens, a.isWord(u - 1), a.isWord(u + 1), !a.isLatin(u + 1), a.units[u + 1].tokens.count == 1,
                  a.isBracket(u + 2) || a.isQuote(u + 2) else { continue }
            let key = a.key(u + 1)
            guard UTF8Key.scalarCount(key) >= 3, key.unicodeScalars.allSatisfy({ $0.value >= 0x0621 && $0.value <= 0x064A }) else { continue }
            var before: [String] = []
            var v = u - 1
            while v >= 0, a.isWord(v), before.count < wordsBefore {
                for t in a.units[v].tokens.reversed() where before.count < wordsBefore { before.append(a.tokens[t].key) }
                v -= 1
            }
            out.append(ShortFormTie(key: key, surface: a.surface((u + 1)..<(u + 2)), before: before.reversed()))
        }
        return out
    }

    /// A word as written and without a proclitic (و ف ب ك ل, لل → ال): «بالشركة» → «الشركة».
    /// (A key of Arabic letters alone is read on its bytes, `withoutProclitics(letters:key:)`; any other by `Character`s.)
    static func withoutProclitics(_ key: String) -> [String] {
        let fast: [String]?? = key.utf8.withContiguousStorageIfAvailable { b in
            isArabicLetters(b) ? withoutProclitics(letters: b, key: key) : nil
        }
        if let fast = fast ?? nil { return fast }
        return withoutProcliticsByCharacters(key)
    }

    /// Whether UTF-8 `b` is Arabic letters U+0621…U+064A alone: each is a `Character` of its own (none is a mark or
    /// joins the next letter), so the `Character` tests of `withoutProclitics` are tests of these scalars.
    static func isArabicLetters(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count % 2 == 0 else { return false }
        var i = 0
        while i < b.count {
            guard b[i] & 0xE0 == 0xC0, b[i + 1] & 0xC0 == 0x80 else { return false }
            let v = UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            guard v >= 0x0621, v <= 0x064A else { return false }
            i += 2
        }
        return true
    }

    /// `withoutProclitics` of `key`, whose bytes `b` are Arabic letters alone (two bytes each).
    static func withoutProclitics(letters b: UnsafeBufferPointer<UInt8>, key: String) -> [String] {
        @inline(__always) func letter(_ i: Int) -> UInt32 { UInt32(b[2 * i] & 0x1F) << 6 | UInt32(b[2 * i + 1] & 0x3F) }
        let (waw, fa, ba, kaf, lam, alef): (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627)
        let n = b.count / 2
        var out = [key]
        var from = 0
        if n >= 4, letter(0) == waw || letter(0) == fa {
            from = 1
            out.append(SmallUTF8.string(utf8: UnsafeBufferPointer(rebasing: b[2...])))
        }
        let m = n - from
        if m >= 4, letter(from) == lam, letter(from + 1) == lam {
            // «لل» + rest → «ال» + rest
            let rest = UnsafeBufferPointer(rebasing: b[(2 * from + 4)...])
            out.append(withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + 4) { buffer in
                buffer[0] = 0xD8; buffer[1] = 0xA7; buffer[2] = 0xD9; buffer[3] = 0x84
                for (k, byte) in rest.enumerated() { buffer[4 + k] = byte }
                return SmallUTF8.string(utf8: UnsafeBufferPointer(buffer))
            })
        } else if m >= 3, letter(from) == ba || letter(from) == kaf || letter(from) == lam, letter(from + 1) == alef, letter(from + 2) == lam {
            out.append(SmallUTF8.string(utf8: UnsafeBufferPointer(rebasing: b[(2 * from + 2)...])))
        }
        return out
    }

    /// `withoutProclitics` by `Character`s (the code before the byte path, for any key).
    static func withoutProcliticsByCharacters(_ key: String) -> [String] {
        var out = [key]
        var u = Substring(key)
        if let c = u.first, "وف".contains(c), u.count >= 4 { u = u.dropFirst(); out.append(String(u)) }
        if UTF8Key.hasPrefix(u, "لل"), u.count >= 4 { out.append("ال" + u.dropFirst(2)) }
        else if let c = u.first, "بكل".contains(c), u.dropFirst().hasPrefix("ال") { out.append(String(u.dropFirst())) }
        return out
    }

    /// An ordinary word in an inflected form, a verbal noun («اقتباس») or a past verb in ت («ألغيت», «تلكأت»).
    static func isVerbOrWord(_ key: String) -> Bool {
        let n = UTF8Key.scalarCount(key)
        return NameEvidence.isInflectedOrdinaryWord(key) || DiscoveryRules.isVerbalNoun(key) || (UTF8Key.hasSuffix(key, "ت") && n <= 5)
    }

    /// The key without its article («الستاغ» → «ستاغ»).
    static func bare(_ key: String) -> String {
        UTF8Key.hasPrefix(key, "ال") && UTF8Key.scalarCount(key) >= 5 ? ScalarString.make(key.unicodeScalars.dropFirst(2)) : key
    }

    /// Short forms the corpus ties to one organization name: bare key of the short form → key of the full name.
    /// A tie is the longest run of two words or more right before the mark that is an organization name of the
    /// corpus (`isOrganization` answers for a joined key), with a proclitic on its first word or not; after ل or an
    /// indefinite noun it is a longer name's complement and ties the word to no name. A short form tied to two
    /// names or to none, or that is an ordinary word in some form, a verbal noun, a past verb in ت, a first name or
    /// another name (`isOtherName`), is no short form. (A short form also stands in quotes alone: «عن "الستاغ"».)
    static func shortForms(_ ties: [ShortFormTie], isOrganization: (String) -> Bool,
                           isOtherName: (String) -> Bool) -> [String: String] {
        var fulls: [String: Set<String>] = [:]
        for t in ties {
            let short = bare(t.key)
            var full: String?
            if t.before.count >= 2 {
                // the words from `k` on, joined (`t.before[k...].joined()`), each made once
                var rests = [String](repeating: "", count: t.before.count + 1)
                for k in stride(from: t.before.count - 1, through: 1, by: -1) { rests[k] = t.before[k] + rests[k + 1] }
                search: for n in stride(from: t.before.count, through: 2, by: -1) {
                    let words = t.before.suffix(n)
                    let rest = rests[t.before.count - n + 1]
                    for first in withoutProclitics(words.first!) where isOrganization(first + rest) {
                        // a name after ل or, with no proclitic, after an indefinite noun is the complement of a longer name («… التابعة
                        // للأمم المتحدة (إسكوا)», «وكالة حماية حدود الاتحاد الأوروبي (فرونتيكس)»): tied to no name
                        let previous = t.before.count > n ? t.before[t.before.count - n - 1] : nil
                        let complement = (first != words.first! && (words.first!.hasPrefix("ل") || words.first!.dropFirst().hasPrefix("ل")))
                            || first == words.first! && previous.map { !$0.hasPrefix("ال") && Lexicon.dictionary.contains($0) } ?? false
                        full = complement ? "" : first + rest
                        break search
                    }
                }
            }
            if let f = full { fulls[short, default: []].insert(f) }
        }
        var out: [String: String] = [:]
        for (short, names) in fulls where names.count == 1 {
            guard let full = names.first, !full.isEmpty, !isVerbOrWord(short) else { continue }
            let forms = [short, "ال" + short]
            if forms.contains(where: { NameEvidence.isOrdinaryWord($0) || NameEvidence.isFirstName($0) || isOtherName($0) }) { continue }
            // a word of the name itself is no short form of it («وزارة الصحة (الصحة)»)
            if full.hasSuffix(short) || full.hasPrefix(short) || full.hasPrefix("ال" + short) { continue }
            out[short] = full
        }
        return out
    }
}
