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
    static let weightsByBytes: (table: ByteTable, values: [Double])? = {
        let parsed = parsedWeights(NameShapeWeights.weights)
        guard parsed.allSatisfy({ $0.key.string.unicodeScalars.allSatisfy(isPlain) }) else { return nil }
        let table = ByteTable(parsed.keys)
        return (table, table.keys.map { parsed[$0]! })
    }()

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
