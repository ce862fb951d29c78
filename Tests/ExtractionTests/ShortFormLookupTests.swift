import ArabicText
import Testing
import TestSupport
@testable import Extraction

/// `CorpusGazetteer.fullName(ofShortForm:)`, which answers nil at once for a key with a space when no short form has
/// one, against the look-up it stands before, kept here: the short forms' dictionary asked for the bare key.
@Suite struct ShortFormLookupTests {
    static func before(_ g: CorpusGazetteer, _ key: String) -> String? {
        g.shortForms.isEmpty ? nil : g.shortForms[ShortFormTie.bare(key)]
    }

    @Test func fullNamesAreTheDictionarysAnswers() {
        var random = SeededRandom(seed: 0x5F_44)
        let pieces = ["ستاغ", "الستاغ", "سونلغاز", "ال", "تونس", "الحكومه", " ", " ", "ب", "\u{064E}", "\u{0653}", "ا", "آ", "K", "\u{212A}",
                      "x", "1", "؛", "ة"]
        for round in 0..<3_000 {
            var forms: [String: String] = [:]
            for _ in 0..<random.below(6) {
                forms[random.text(of: pieces, maxPieces: 4)] = random.text(of: pieces, maxPieces: 6)
            }
            if round % 4 == 0 { forms["ستاغ"] = "الشركه التونسيه للكهرباء والغاز" }
            var g = CorpusGazetteer(names: Gazetteer<PooledName>(), typeOfKey: [:], shortForms: forms)
            if round % 5 == 0 { g.shortForms["قائمة طويلة"] = "x" }   // (set after: the flag kept in step)
            for _ in 0..<20 {
                let key = random.text(of: pieces, maxPieces: 5)
                #expect(g.fullName(ofShortForm: key) == Self.before(g, key), "\(round) \(g.shortForms) \(key)")
            }
            for key in g.shortForms.keys {
                #expect(g.fullName(ofShortForm: key) == Self.before(g, key))
                #expect(g.fullName(ofShortForm: "ال" + key) == Self.before(g, "ال" + key))
            }
        }
    }

    @Test func aKeyOfSeveralWords() {
        var g = CorpusGazetteer(names: Gazetteer<PooledName>(), typeOfKey: [:], shortForms: ["ستاغ": "الشركه التونسيه للكهرباء والغاز"])
        #expect(g.fullName(ofShortForm: "الستاغ") == "الشركه التونسيه للكهرباء والغاز")
        #expect(g.fullName(ofShortForm: "ستاغ تونس") == nil)
        g.shortForms["ستاغ تونس"] = "y"
        #expect(g.fullName(ofShortForm: "ستاغ تونس") == "y")
        #expect(g.fullName(ofShortForm: "ال ستاغ") == nil)
    }
}
