import ArabicText

/// How much the letters of a word look like a person's name rather than an ordinary word: the sum of the
/// log-odds of its letter 1- to 3-grams (match key between ^ and $), fitted by `scripts/lexicon/fit-name-shape`
/// on silver labels of the ANT corpus (`NameShapeWeights`). Evidence for a word no list knows, read only where
/// the context already says a name may stand (`DiscoveryRules.namedAloneAfterNationality`,
/// `DiscoveryRules.namedAloneAfterVerbOrRelation`, `DiscoveryRules.teamName`, and the clause and list positions of
/// `ClauseAndListNameRules.swift`).
enum NameShapeScore {
    static let weights: [String: Double] = {
        var out: [String: Double] = [:]
        for item in NameShapeWeights.weights.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let colon = item.lastIndex(of: ":"), let w = Double(item[item.index(after: colon)...]) else { continue }
            out[String(item[..<colon])] = w
        }
        return out
    }()

    /// The score of a written word (its match key's n-grams).
    static func score(_ word: String) -> Double {
        let key = ArabicNormalizer.matchKey(word)
        if let byBytes = weightsByBytes, let total = plainScore(key, byBytes) { return total }
        return scoreOnStrings(key)
    }

    /// The sum of the weights of the n-grams of "^key$", each made a `String` and looked up in `weights`.
    static func scoreOnStrings(_ key: String) -> Double {
        let s: [Unicode.Scalar] = ["^"] + Array(key.unicodeScalars) + ["$"]
        var total = 0.0
        for n in 1...3 where s.count >= n {
            for i in 0...(s.count - n) {
                total += weights[ScalarString.make(s[i..<(i + n)])] ?? 0
            }
        }
        return total
    }

    /// `weights` keyed by the UTF-8 bytes of the n-grams, when every n-gram of `weights` is made of plain scalars
    /// (`isPlain`; all of them are); nil otherwise. Two strings of plain scalars are equal as `String`s (canonical
    /// equivalence) exactly when their bytes are: none of these scalars has a decomposition or combines with another.
    ///
    /// Read from the UTF-8 of `NameShapeWeights.weights` (`parsedWeights`): the `String`-keyed `weights`, split by
    /// `Character` and hashed with normalization, cost some 100 M instructions to build, once per build, and is
    /// now made only for a key with other scalars.
    static let weightsByBytes: (table: ByteTable, values: [Double])? = plainWeights(NameShapeWeights.weights) ?? {
        let parsed = parsedWeights(NameShapeWeights.weights)
        guard parsed.allSatisfy({ $0.key.string.unicodeScalars.allSatisfy(isPlain) }) else { return nil }
        let table = ByteTable(parsed.keys)
        return (table, table.keys.map { parsed[$0]! })
    }()

    /// `weightsByBytes` of `text` read in one pass over its bytes, into the table's order: nil (then `parsedWeights`
    /// reads it) unless every item is "n-gram:number" with an n-gram of plain scalars (`isPlain`) that no other item
    /// has and a plain decimal number (`plainDecimal`). The generated weights are such items; reading them through a
    /// `String` per number and a `[UTF8Key: Double]` cost ~20 M instructions, once per build and per edit.
    static func plainWeights(_ text: String) -> (table: ByteTable, values: [Double])? {
        var keys: [WordKey] = [], values: [Double] = []
        var text = text
        let read: Bool = text.withUTF8 { b in
            var i = 0
            while i < b.count {
                while i < b.count, b[i] == 0x20 || b[i] == 0x0A { i += 1 }
                guard i < b.count else { break }
                let start = i
                var colon = -1
                while i < b.count, b[i] != 0x20, b[i] != 0x0A {
                    if b[i] == 0x3A { colon = i }
                    i += 1
                }
                guard colon > start, let w = plainDecimal(UnsafeBufferPointer(rebasing: b[(colon + 1)..<i])) else { return false }
                let gram = UnsafeBufferPointer(rebasing: b[start..<colon])
                guard isPlain(utf8: gram) else { return false }
                keys.append(WordKey(SmallUTF8.string(utf8: gram)))
                values.append(w)
            }
            return true
        }
        guard read, !keys.isEmpty else { return nil }
        let table = ByteTable(keys)
        for k in keys.indices where table.index(of: keys[k].string) != k { return nil }   // (an n-gram twice)
        return (table, values)
    }

    /// `Double(text)` of bytes `b` when they are a plain decimal: an optional «-», 1 to 15 digits, and at most one «.»
    /// between digits; else nil. The digits as an integer and the power of ten of the decimals are both exact in a
    /// `Double`, so their quotient, rounded once, is the correctly rounded value of the decimal, as `Double(_:)` gives.
    static func plainDecimal(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let negative = i < b.count && b[i] == 0x2D
        if negative { i += 1 }
        var digits = 0, decimals = 0, value: Int64 = 0, point = false
        while i < b.count {
            let c = b[i]
            if c == 0x2E {
                guard !point, digits > 0, i + 1 < b.count else { return nil }
                point = true
            } else {
                guard c >= 0x30, c <= 0x39, digits < 15 else { return nil }
                value = value * 10 + Int64(c - 0x30)
                digits += 1
                if point { decimals += 1 }
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let magnitude = decimals == 0 ? Double(value) : Double(value) / scale
        return negative ? -magnitude : magnitude
    }

    /// Whether the UTF-8 bytes `b` are of plain scalars only (`isPlain`: ASCII 0x21…0x7E, ء D8 A1, ا…ي D8 A7…D9 8A).
    static func isPlain(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let b0 = b[i]
            if b0 >= 0x21 && b0 <= 0x7E { i += 1; continue }
            guard i + 1 < b.count else { return false }
            let b1 = b[i + 1]
            guard (b0 == 0xD8 && (b1 == 0xA1 || (b1 >= 0xA7 && b1 <= 0xBF))) || (b0 == 0xD9 && b1 >= 0x80 && b1 <= 0x8A) else { return false }
            i += 2
        }
        return true
    }

    /// The n-grams and weights of `text` as `weights` reads them ("n-gram:weight" items between spaces and line
    /// breaks, the last colon the separator, a later item for the same n-gram winning), keyed by their UTF-8 bytes.
    /// (For n-grams of plain scalars, equal as strings exactly when their bytes are, the same entries as `weights`.)
    static func parsedWeights(_ text: String) -> [UTF8Key: Double] {
        var out: [UTF8Key: Double] = [:]
        var text = text
        text.withUTF8 { b in
            var i = 0
            while i < b.count {
                while i < b.count, b[i] == 0x20 || b[i] == 0x0A { i += 1 }
                let start = i
                var colon = -1
                while i < b.count, b[i] != 0x20, b[i] != 0x0A {
                    if b[i] == 0x3A { colon = i }
                    i += 1
                }
                guard i > start, colon >= start,
                      let w = Double(String(decoding: UnsafeBufferPointer(rebasing: b[(colon + 1)..<i]), as: UTF8.self))
                else { continue }
                out[UTF8Key(String(decoding: UnsafeBufferPointer(rebasing: b[start..<colon]), as: UTF8.self))] = w
            }
        }
        return out
    }

    /// A printable ASCII scalar or an Arabic letter without a canonical decomposition (ء, ا … ي; not آ أ ؤ إ ئ).
    @inline(__always)
    static func isPlain(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (v >= 0x21 && v <= 0x7E) || v == 0x0621 || (v >= 0x0627 && v <= 0x064A)
    }

    /// `score` of a match key of plain scalars, its n-grams looked up as ranges of the bytes of "^key$" (no string
    /// made per n-gram, no `String` hashing, which normalizes Arabic text); nil when a scalar of the key is not plain.
    /// The n-grams are summed in the same order as `score`'s, so the total is the same to the bit.
    static func plainScore(_ key: String, _ byBytes: (table: ByteTable, values: [Double])) -> Double? {
        var bytes: [UInt8] = [0x5E]
        bytes.reserveCapacity(key.utf8.count + 2)
        var starts: [Int] = [0]
        for u in key.unicodeScalars {
            guard isPlain(u) else { return nil }
            starts.append(bytes.count)
            let v = u.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        starts.append(bytes.count)
        bytes.append(0x24)
        starts.append(bytes.count)
        let count = starts.count - 1
        var total = 0.0
        bytes.withUnsafeBufferPointer { b in
            for n in 1...3 where count >= n {
                for i in 0...(count - n) {
                    let gram = UnsafeBufferPointer(rebasing: b[starts[i]..<starts[i + n]])
                    total += byBytes.table.index(ofBytes: gram).map { byBytes.values[$0] } ?? 0
                }
            }
        }
        return total
    }

    /// Whether the word's score reaches the fitted threshold.
    static func looksLikeName(_ word: String) -> Bool {
        score(word) >= NameShapeWeights.threshold
    }
}
