import Testing
import ArabicText
@testable import Extraction
import TestSupport

/// The rules that ask their cheap conditions first (session 41) find what they found before: `scoredName`,
/// `namedBeforeCoordinatedPerson` (a first name within four units before `scoredName`) and `isIbbanAdverb` (on the
/// scalars in place), each compared
/// with a copy of its former code at every unit of the sample articles, of sentences written for the rules and of
/// random sentences of the words they look for.
extension DiscoveryRules {
    func formerScoredName(at w: Int, listItem: Bool = false) -> Range<Int>? {
        guard w < a.units.count, a.isWord(w), a.units[w].prefix == 0, isUnknownNameWord(w), !Self.connectors.contains(a.key(w)),
              NameShapeScore.looksLikeName(a.token(w).text), a.key(w).unicodeScalars.first != "و" else { return nil }
        guard let end = scoredNameEnd(after: w, listItem: listItem) else { return nil }
        return w..<end
    }

    func formerNamedBeforeCoordinatedPerson(_ i: Int) -> Range<Int>? {
        guard startsWithWaw(i + 1) || startsWithWaw(i + 2) else { return nil }
        if i > 0, a.isWord(i - 1), a.isUnknownWord(i - 1)
            || !flags(i - 1).isDisjoint(with: [.firstName, .ambiguousFirstName, .person, .place, .organization]) { return nil }
        guard let r = formerScoredName(at: i, listItem: true) else { return nil }
        var j = r.upperBound
        let apart = j < a.units.count && a.isWord(j) && a.key(j) == "و"
        if apart { j += 1 }
        guard j < a.units.count, a.isWord(j), apart ? a.units[j].prefix == 0 : a.units[j].prefix == 1 && a.key(j).unicodeScalars.first == "و",
              let next = personName(from: j, procliticFirst: !apart), next.count >= 2,
              flags(next.lowerBound).contains(.firstName) else { return nil }
        return plausiblePerson(r) ? r : nil
    }

    static func formerIsIbbanAdverb(_ written: String) -> Bool {
        ScalarString.make(written.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) }) == "إبان"
    }
}

@Suite struct CheapTestsFirstTests {
    static let sentences = [
        "وقال هيرلي بيرغرين وفؤاد السنيورة إن الاجتماع انتهى، وحضر ماكرون ومحمد بن سلمان وميشيل أوباما",
        "التقى تشاد هيرلي ومارك زوكربيرغ، ثم غودوين و محمد علي الكبير، وقال كافاني ومحمد صلاح",
        "فاز دينامو موسكو على سبارتاك موسكو، وتعادل غودوين لسبارتاك موسكو مع الترجي في المباراة والهدف",
        "لعب أرسنال لندن ضد ليون في الملعب، وسجل رونالدو حديثه مع بورتو البرتغالي في المباراة",
        "إبّان الأزمة وإبان الحرب وابان الحكم، أبان محمد عن رأيه وإِبَّان",
        "أن كافاني كان يعتقد، وزميله ماتويدي، والسويدي ماغنوس بيرغرين والإعلامي سفيان بن فرحات وعلي",
    ]

    /// Words the rules look for: unknown words shaped like names, the same with و, first names with and without و,
    /// cities, «و» apart, nationalities and descriptors, function words, a club's city with a proclitic.
    static let words = ["هيرلي", "بيرغرين", "غودوين", "كافاني", "زوكربيرغ", "ماتويدي", "دينامو", "سبارتاك", "بورتو",
        "ودينامو", "وهيرلي", "ومارك", "وفؤاد", "ومحمد", "وميشيل", "محمد", "فؤاد", "علي", "مارك", "سفيان", "عبد", "الله",
        "بن", "و", "و", "موسكو", "ليون", "لندن", "باريس", "تونس", "لموسكو", "بموسكو", "السنيورة", "صلاح", "الكبير",
        "السويدي", "الإعلامي", "قال", "أن", "كان", "في", "مع", "على", "المباراة", "الهدف", "فاز", "تعادل", "،", ".",
        "إبّان", "مينائي", "حديثه", "الترجي", "أبو", "زيد", "الملعب", "مدينة", "يعتقد"]

    static func randomSentence(using rng: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 4...14, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
    }

    @Test func rulesFindWhatTheyFoundBefore() {
        var rng = SplitMix64(seed: 41)
        let texts = Self.sentences + GazetteerHitUnitsTests.texts + (0..<3_000).map { _ in Self.randomSentence(using: &rng) }
        var coordinated = 0, scored = 0, units = 0
        for text in texts {
            let a = BlockAnalysis(block: 0, text: text, lexicon: Lexicon.builtIn)
            let rules = DiscoveryRules(a)
            for u in a.units.indices {
                units += 1
                let r = rules.namedBeforeCoordinatedPerson(u)
                #expect(r == rules.formerNamedBeforeCoordinatedPerson(u), "\(text) @\(u)")
                if r != nil { coordinated += 1 }
                for listItem in [false, true] {
                    let s = rules.scoredName(at: u, listItem: listItem)
                    #expect(s == rules.formerScoredName(at: u, listItem: listItem), "\(text) @\(u)")
                    if s != nil { scored += 1 }
                }
                let written = a.token(u).text
                #expect(DiscoveryRules.isIbbanAdverb(written) == DiscoveryRules.formerIsIbbanAdverb(written), "\(written)")
            }
        }
        // the random sentences reach every rule's answer, not only its nil
        #expect(units > 20_000 && coordinated > 20 && scored > 1_000, "\(coordinated) \(scored)")
    }

    /// «إبان» with and without tashkeel, in its decomposed form (alef + hamza below), with other marks, cut, longer,
    /// and random strings of its letters and marks.
    @Test func ibbanAdverbIsTheFormerReading() {
        let fixed = ["إبان", "إبّان", "إِبَّانَ", "\u{0627}\u{0655}\u{0628}\u{0627}\u{0646}", "\u{0627}\u{064E}\u{0655}\u{0628}\u{0651}\u{0627}\u{0646}",
                     "\u{0627}\u{0654}\u{0628}\u{0627}\u{0646}", "أبان", "ابان", "إبا", "إبانا", "وإبان", "إب\u{0670}ان", "إبان\u{0653}",
                     "\u{0655}إبان", "\u{064B}إبان\u{0652}", "", "ﺇﺑﺎﻥ"]
        for w in fixed { #expect(DiscoveryRules.isIbbanAdverb(w) == DiscoveryRules.formerIsIbbanAdverb(w), "\(w)") }
        #expect(DiscoveryRules.isIbbanAdverb("\u{0627}\u{0655}\u{0628}\u{0627}\u{0646}") && !DiscoveryRules.isIbbanAdverb("أبان"))
        let alphabet: [UInt32] = [0x0625, 0x0627, 0x0655, 0x0654, 0x0623, 0x0628, 0x0646, 0x064B, 0x064E, 0x0651, 0x0652,
                                  0x0653, 0x0670, 0x0640, 0x0648]
        var rng = SplitMix64(seed: 42)
        var hits = 0
        for round in 0..<20_000 {
            var s = String.UnicodeScalarView()
            if round % 2 == 0 { s.append(contentsOf: "إبان".unicodeScalars) }
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                let v = Unicode.Scalar(alphabet.randomElement(using: &rng)!)!
                s.insert(v, at: s.index(s.startIndex, offsetBy: Int.random(in: 0...s.count, using: &rng)))
            }
            let w = String(s)
            let former = DiscoveryRules.formerIsIbbanAdverb(w)
            #expect(DiscoveryRules.isIbbanAdverb(w) == former, "\(w.unicodeScalars.map { String($0.value, radix: 16) })")
            if former { hits += 1 }
        }
        #expect(hits > 1_000)
    }
}
