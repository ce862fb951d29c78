import Testing
import TestSupport
@testable import ArabicText

/// The prefilter reads a stem's first four scalars (or the whole stem of two or three): it still refuses no token a
/// match starts at, on random gazetteers and texts made of their names' pieces with proclitics, and it refuses more
/// tokens than the former filter of three scalars (kept here) did.
@Suite struct GazetteerPrefilterLengthTests {
    /// The former `mayMatch`: the first three scalars of each reading's stem; any stem of fewer kept.
    static func formerMayMatch(_ key: String, triples: Set<[UInt32]>) -> Bool {
        let s = key.unicodeScalars.map(\.value)
        let n = s.count
        func stemMay(_ d: Int, alef: Bool) -> Bool {
            let stem = (alef ? [Clitics.alef] : []) + Array(s[min(d, n)...])
            return stem.count < 3 || triples.contains(Array(stem.prefix(3)))
        }
        if stemMay(0, alef: false) { return true }
        var p = 0
        if n > 0, s[0] == Clitics.waw || s[0] == Clitics.fa {
            if stemMay(1, alef: false) { return true }
            p = 1
        }
        guard n > p, s[p] == Clitics.ba || s[p] == Clitics.kaf || s[p] == Clitics.lam else { return false }
        if s[p] == Clitics.lam, n > p + 1, s[p + 1] == Clitics.lam, stemMay(p + 1, alef: true) { return true }
        return stemMay(p + 1, alef: false)
    }

    /// Every path of the trie of up to three scalars from the root.
    static func triples(_ g: Gazetteer<Int>) -> Set<[UInt32]> {
        let t = g.trie
        var firsts = t.edges(of: 0)
        for (k, c) in t.rootArabic.enumerated() where c >= 0 { firsts.append((0x0600 + UInt32(k), Int(c))) }
        var out: Set<[UInt32]> = []
        for (a, n0) in firsts { for (b, n1) in t.edges(of: n0) { for (c, _) in t.edges(of: n1) { out.insert([a, b, c]) } } }
        return out
    }

    static let letters: [String] = ["ا", "ل", "و", "ف", "ب", "ك", "م", "ح", "د", "س", "ر", "ي", "ن", "ت", "ع", "ه", "أ", "ة"]

    static func word(_ random: inout SeededRandom, _ max: Int) -> String {
        var w = ""
        for _ in 0..<(1 + random.below(max)) { w += letters[random.below(letters.count)] }
        return w
    }

    @Test func refusesNoTokenThatMatches() {
        let clitics = ["", "", "", "و", "ف", "ب", "ك", "ل", "لل", "وب", "فل", "ولل", "وك", "وال", "بال"]
        var refused = 0, formerRefused = 0, matched = 0
        for seed in UInt64(1)...12 {
            var random = SeededRandom(seed: 4_500 + seed)
            var g = Gazetteer<Int>()
            var names: [String] = []
            for k in 0..<(40 + random.below(300)) {
                var words: [String] = []
                for _ in 0..<(1 + random.below(3)) { words.append((random.below(3) == 0 ? "ال" : "") + Self.word(&random, 6)) }
                let name = words.joined(separator: " ")
                names.append(name)
                g.insert(name, value: k)
            }
            let filter = GazetteerPrefilter(g)
            let triples = Self.triples(g)
            var text: [String] = []
            for _ in 0..<3_000 {
                switch random.below(4) {
                case 0:
                    // a name, or its beginning, after proclitics, with the spaces of its words moved or dropped
                    let name = names[random.below(names.count)]
                    var written = clitics[random.below(clitics.count)] + name
                    if random.below(3) == 0 { written = written.replacingOccurrences(of: " ", with: "") }
                    if random.below(4) == 0 { written = String(written.prefix(1 + random.below(max(1, written.count)))) }
                    text.append(written)
                default:
                    text.append(clitics[random.below(clitics.count)] + Self.word(&random, 7))
                }
            }
            let tokens = Tokenizer.tokenize(text.joined(separator: " "))
            for i in tokens.indices where tokens[i].kind == .word {
                let may = filter.mayMatch(tokens[i].key)
                if g.match(in: tokens, at: i) != nil {
                    matched += 1
                    #expect(may, "seed \(seed): \(tokens[i].text)")
                }
                if !may { refused += 1 }
                if !Self.formerMayMatch(tokens[i].key, triples: triples) { formerRefused += 1 }
            }
        }
        #expect(matched > 5_000)
        #expect(refused > formerRefused + formerRefused / 10)
    }
}
