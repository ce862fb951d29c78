import Foundation
import Testing
import ArabicText
import Extraction
@testable import Resolution
import TestSupport

/// The spelling rules' scalars without tashkeel and tatweel read into an array in one pass (`MarklessScalars`), and the
/// mentions' edges by a struct (`AdjacentMentions`): the same answers as the code they replace, on random input.
@Suite struct MarklessScalarsTests {
    /// Letters, tashkeel, tatweel, hamza forms, decomposed hamza, Latin, spaces, punctuation.
    static let pieces: [String] = ["ا", "أ", "إ", "آ", "\u{0627}\u{0654}", "ن", "ه", "م", "و", "ف", "ب", "ل", "ك", "ت", "س", "ي",
                                   "ة", "ات", "ال", "لل", "\u{064B}", "\u{064E}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{065F}",
                                   "\u{0640}", "\u{064A}", "\u{0660}", "e\u{0301}", "a", " ", "-", "«", "انتخاب", "اتحاد",
                                   "استقلال", "اجتماع", "أنّ", "إنها", "هم", "ني", "كم"]

    static func randomText(_ g: inout SplitMix64, maxPieces: Int = 9) -> String {
        var s = ""
        for _ in 0..<Int(g.next() % UInt64(maxPieces + 1)) { s += pieces[Int(g.next() % UInt64(pieces.count))] }
        return s
    }

    /// The replaced expression: `Array(text.unicodeScalars.filter { … })`.
    static func oldMarkless<S: StringProtocol>(_ text: S) -> [Unicode.Scalar] {
        Array(text.unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0640 })
    }

    /// `WaslHamza.isMisspelt` as it was (the filter into a scalar view, then an array).
    static func oldIsMisspelt(_ word: Substring) -> Bool {
        var s = Array(word.unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0640 })
        if s.count > 3, ["و", "ف"].contains(s[0]) { s.removeFirst() }
        if s.count > 3, ["ب", "ك"].contains(s[0]), s[1] == "ا", s[2] == "ل" { s.removeFirst() }
        if s.count > 3, s[0] == "ل", s[1] == "ل" { s.removeFirst(2) } else if s.count > 3, s[0] == "ا", s[1] == "ل" { s.removeFirst(2) }
        guard let first = s.first, first == "أ" || first == "إ" else { return false }
        s[0] = "ا"
        let key = ArabicNormalizer.matchKey(String(String.UnicodeScalarView(s)))
        var k = Array(key.unicodeScalars)
        for end in ["يه", "ات", "ي", "ه"] where k.count >= 7 && key.hasSuffix(end) { k.removeLast(end.unicodeScalars.count); break }
        let n = k.count
        if n == 5, k[0] == "ا", k[1] == "ت", k[3] == "ا" { return true }
        if n == 6, k[0] == "ا", ["ت", "ط", "د"].contains(k[2]), k[4] == "ا" { return true }
        if n == 6, k[0] == "ا", k[1] == "ن", k[4] == "ا" { return true }
        if n == 7, k[0] == "ا", k[1] == "س", k[2] == "ت", k[5] == "ا" { return true }
        return false
    }

    /// `EntityConfidence.hasParticleWord` as it was (a scalar view filtered, indexed by scalars).
    static func oldHasParticleWord(_ name: String) -> Bool {
        guard WaslHamza.hasHamzaAlef(name) else { return false }
        return Tokenizer.tokenize(name).contains { t in
            guard t.kind == .word else { return false }
            var w = String.UnicodeScalarView(t.text.unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0640 })
            if let f = w.first, ["و", "ف", "ب", "ل", "ك"].contains(Character(f)), w.count > 2 { w.removeFirst() }
            guard let f = w.first, f == "أ" || f == "إ", w.count >= 2, w[w.index(after: w.startIndex)] == "ن" else { return false }
            let rest = String(w.dropFirst(2))
            return EntityConfidence.particleSuffixes.contains(rest)
        }
    }

    @Test func marklessScalarsAreTheFilteredScalars() {
        var g = SplitMix64(seed: 41)
        for _ in 0..<20_000 {
            let text = Self.randomText(&g)
            #expect(MarklessScalars.of(text) == Self.oldMarkless(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let sub = text.dropFirst(min(1, text.count))
            #expect(MarklessScalars.of(sub) == Self.oldMarkless(sub))
        }
    }

    @Test func misspeltWordsAndParticlesAnswerAsBefore() {
        var g = SplitMix64(seed: 7)
        var misspelt = 0, particles = 0
        for _ in 0..<20_000 {
            let word = Self.randomText(&g, maxPieces: 6).replacingOccurrences(of: " ", with: "")
            let old = Self.oldIsMisspelt(Substring(word))
            #expect(WaslHamza.isMisspelt(Substring(word)) == old, "\(word)")
            if old { misspelt += 1 }
            let name = Self.randomText(&g)
            let was = Self.oldHasParticleWord(name)
            #expect(EntityConfidence.hasParticleWord(name) == was, "\(name)")
            if was { particles += 1 }
        }
        // the random words reach both answers
        #expect(misspelt > 20 && particles > 20, "\(misspelt) \(particles)")
        for (w, m) in [("الإنتخابات", true), ("للإجتماع", true), ("الإستقلال", true), ("إيناس", false)] {
            #expect(WaslHamza.isMisspelt(Substring(w)) == m, "\(w)")
        }
    }

    /// Mentions side by side in lists joined by hyphens, with and without spaces: `hyphenJoined` as the pairs of `[Int]` gave it.
    @Test func hyphenJoinedMentionsAsWithArraysOfTwo() {
        var g = SplitMix64(seed: 3)
        let names = ["كريم العابد", "رامي", "الحاج", "شولتز", "برانت", "سان", "كارلوس", "محمد"]
        var docs: [Document] = [], exs: [DocumentExtraction] = []
        var expected: [[Bool]] = []
        for a in 0..<300 {
            var blocks: [String] = [], ex = DocumentExtraction()
            for b in 0..<Int(1 + g.next() % 3) {
                var text = "قال"
                var spans: [(Int, Int, String)] = []
                for _ in 0..<Int(1 + g.next() % 5) {
                    text += ["-", " - ", " ", " و", "،"][Int(g.next() % 5)]
                    let n = names[Int(g.next() % UInt64(names.count))]
                    let start = text.unicodeScalars.count
                    text += n
                    spans.append((start, text.unicodeScalars.count, n))
                }
                text += ["", "-أمس", " أمس"][Int(g.next() % 3)]
                for (s, e, n) in spans {
                    ex.mentions.append(Mention(span: TextSpan(block: b, start: s, end: e), sentence: 0, surface: n, type: .person,
                                               key: ArabicNormalizer.matchKey(n), rule: .firstName))
                }
                blocks.append(text)
            }
            ex.sentences.append(Sentence(span: TextSpan(block: 0, start: 0, end: 1)))
            var starts = Set<[Int]>(), ends = Set<[Int]>()
            for m in ex.mentions { starts.insert([m.span.block, m.span.start]); ends.insert([m.span.block, m.span.end]) }
            expected.append(ex.mentions.map { m in
                NameContext.isHyphenJoined(Array(blocks[m.span.block].unicodeScalars), start: m.span.start, end: m.span.end,
                                           mentionAfter: starts.contains([m.span.block, m.span.end + 1]),
                                           mentionBefore: ends.contains([m.span.block, m.span.start - 1]))
            })
            docs.append(Document(id: "d\(a)", blocks: blocks))
            exs.append(ex)
        }
        let context = NameContext(documents: docs, extractions: exs, jobs: 1)
        #expect(context.hyphenJoined == expected)
        let joined = expected.joined().filter { $0 }.count, apart = expected.joined().filter { !$0 }.count
        #expect(joined > 20 && apart > 20, "\(joined) \(apart)")
    }
}
