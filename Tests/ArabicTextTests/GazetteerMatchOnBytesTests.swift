import Testing
@testable import ArabicText

/// The gazetteer's match reads the first token's clitic readings on its UTF-8 bytes (session 33): it finds what the
/// readings of `Clitics.forEachReading`, each walked from the root as before, find, for every token.
@Suite struct GazetteerMatchOnBytesTests {
    /// The match as it was made before: `Clitics.forEachReading` over the token's scalars, each stem walked with
    /// `walk(_:_:dropping:)` from the root (or the alef's node), then over the next tokens.
    static func referenceMatch(_ t: GazetteerTrie, in tokens: [Token], at i: Int)
        -> (tokens: Range<Int>, prefix: Int, alef: Bool, value: Int, joined: Bool)? {
        guard tokens[i].kind != .punct else { return nil }
        var best: (tokens: Range<Int>, prefix: Int, alef: Bool, value: Int, joined: Bool)? = nil
        Clitics.forEachReading(of: tokens[i].key.unicodeScalars) { drop, prefixLength, restoredAlef in
            var start = 0
            if restoredAlef {
                guard let n = t.child(0, 0x0627) else { return }
                start = n
            }
            guard var node = t.walk(start, tokens[i].key, dropping: drop) else { return }
            var j = i
            while true {
                if t.terminal[node] >= 0, t.acceptsSpelling(node: node, tokens: tokens, i..<(j + 1)) {
                    let len = j - i + 1
                    if best == nil || len > best!.tokens.count {
                        let joined = t.wordCounts[node] & (GazetteerTrie.bit(words: len) << 1 &- 1) == 0
                        best = (i..<(j + 1), prefixLength, restoredAlef, Int(t.terminal[node]), joined)
                    }
                }
                j += 1
                guard j < tokens.count, j - i < t.maxTokens + 4, tokens[j].kind != .punct,
                      let next = t.walk(node, tokens[j].key) else { break }
                node = next
            }
        }
        return best
    }

    static let names = ["العراق", "بغداد", "حزب الله", "كتائب حزب الله", "لبنان", "بنان", "الله", "ولد", "فرنسا", "كالي",
                        "بي إن سبورت", "عبد الله", "عبدالله", "ليبيا", "اليمن", "بي", "لل", "وو", "Viacom", "中国", "𠀋中", "اا"]

    static let texts = [
        "قالت كتائب حزب الله إن حزب الله وبالعراق وللعراق للعراق فبغداد كالعادة لليبيا وليبيا الى من",
        "وبي إن سبورت بيان عبدالله وعبد الله لله ولله ول لل ولل ب و ف فف ووو كالي وكالي بكالي",
        "viacom وviacom 中国 و中国 𠀋中 لبنان ولبنان بلبنان فبلبنان وللبنان اليمن واليمن الي من 2020 «العراق» ...",
    ]

    @Test func findsWhatTheScalarReadingsFind() {
        var g = Gazetteer<Int>()
        for (k, n) in Self.names.enumerated() { g.insert(n, value: k) }
        var tokens: [Token] = []
        for text in Self.texts { tokens += Tokenizer.tokenize(text) }
        // every word of the texts alone, and every one with each proclitic before it
        for text in Self.texts {
            for t in Tokenizer.tokenize(text) where t.kind == .word {
                for p in ["", "و", "ف", "ب", "ك", "ل", "لل", "وب", "فل", "ولل", "وك"] { tokens += Tokenizer.tokenize(p + t.text + " حزب الله") }
            }
        }
        var found = 0
        for i in tokens.indices {
            let m = g.trie.match(in: tokens, at: i), r = Self.referenceMatch(g.trie, in: tokens, at: i)
            #expect(m?.tokens == r?.tokens && m?.prefix == r?.prefix && m?.alef == r?.alef && m?.value == r?.value
                    && m?.joined == r?.joined, "\(tokens[i].text)")
            if m != nil { found += 1 }
        }
        #expect(found > 100)
    }

    @Test func lookupDroppingScalarsIsTheLookupOfTheRest() {
        var g = Gazetteer<Int>()
        for (k, n) in Self.names.enumerated() { g.insert(n, value: k) }
        let words = Self.names + ["ال" + "عراق", "الالعراق", "والعراق", "x", "", "ال", "ا", "الحزب الله", "abc中国", "لللبنان"]
        for w in words {
            for n in 0...4 {
                let rest = String(String.UnicodeScalarView(w.unicodeScalars.dropFirst(n)))
                #expect(g.lookup(w, droppingScalars: n) == g.lookup(rest), "\(w) \(n)")
            }
        }
        #expect(g.lookup("الالعراق", droppingScalars: 2) == 0)
    }

    @Test func thePrefilterRefusesNoTokenThatMatches() {
        var g = Gazetteer<Int>()
        for (k, n) in Self.names.enumerated() { g.insert(n, value: k) }
        let filter = GazetteerPrefilter(g)
        var tokens: [Token] = []
        for text in Self.texts {
            for t in Tokenizer.tokenize(text) where t.kind == .word {
                for p in ["", "و", "ف", "ب", "ك", "ل", "لل", "وب", "فل", "ولل", "وك"] { tokens += Tokenizer.tokenize(p + t.text + " حزب الله") }
            }
        }
        tokens += Tokenizer.tokenize("قال الرئيس في تونس اليوم وأضاف أن الوزير سيزور المدينة")
        var refused = 0
        for i in tokens.indices where tokens[i].kind == .word {
            let may = filter.mayMatch(tokens[i].key)
            if g.match(in: tokens, at: i) != nil { #expect(may, "\(tokens[i].text)") }
            if !may { refused += 1 }
        }
        #expect(refused > 10)
    }
}
