import Testing
import ArabicText
@testable import Extraction
import TestSupport

/// `EntityExtractor.gluedWordTrims` with its tables of known names and last words keyed by NFC bytes
/// (`CanonicalKeyIndex`) gives what it gave with a `Set<String>` and a `[String: Int]`, on random pooled names.
@Suite struct GluedWordTrimsIndexTests {
    typealias Name = (key: String, surface: String, type: EntityType, documents: Int)

    /// The function as it was, with `String`-keyed tables.
    static func oldGluedWordTrims(_ names: [Name], followerDocuments: [String: Int]) -> [String: Int] {
        var endingDocuments: [String: Int] = [:]
        var known = Set<String>()
        var wordsOfName: [[String]] = []
        for n in names {
            let words = Tokenizer.wordKeys(n.surface)
            wordsOfName.append(words)
            known.insert(words.joined(separator: " "))
            if words.count >= 2, let last = words.last { endingDocuments[last, default: 0] += n.documents }
        }
        var out: [String: Int] = [:]
        for (i, n) in names.enumerated() where n.documents == 1 && (n.type == .person || n.type == .place) {
            let words = wordsOfName[i]
            let headed = NameHeads.facility.contains(words[0])
            guard words.count >= (n.type == .person || headed ? 3 : 2), let last = words.last,
                  UTF8Key.scalarCount(last) >= 3, !DiscoveryRules.connectors.contains(words[words.count - 2]),
                  !(n.type == .person && UTF8Key.hasPrefix(last, "ال")),
                  let written = Tokenizer.tokenize(n.surface).last(where: { $0.kind == .word })?.text,
                  NameEvidence.isWordOutsideNames(written),
                  (endingDocuments[last] ?? 0) <= n.documents || NameEvidence.isAdverbOrPurposeForm(written) else { continue }
            let shorter = words.dropLast().joined(separator: " ")
            if known.contains(shorter) || (followerDocuments[last] ?? 0) >= 2 { out[n.key] = words.count - 1 }
        }
        return out
    }

    /// Name words, glued words (ordinary, adverbial, purpose forms), heads and particles, some with tashkeel or a
    /// decomposed hamza (canonically equal to the composed one).
    static let words = ["سامر", "الدليمي", "مخاطبا", "أحمد", "\u{0627}\u{0654}حمد", "عين", "وعين", "شخصيا", "لتولي", "لاستلام",
                        "مستشفى", "فرحات", "حشاد", "أين", "بن", "عبد", "ماجد", "السعيد", "مُحَمَّد", "محمد", "تونس", "خلفا",
                        "القرطبيني", "بأسطنبول", "سليم", "م\u{0651}\u{064E}ختار", "م\u{064E}\u{0651}ختار"]

    @Test func trimsAsWithStringTables() {
        var random = SeededRandom(seed: 16)
        func next() -> Int { Int(random.next()) }
        var trimmed = 0
        for _ in 0..<150 {
            var names: [Name] = []
            for _ in 0..<(5 + next() % 40) {
                let surface = (0..<(1 + next() % 4)).map { _ in Self.words[next() % Self.words.count] }.joined(separator: " ")
                let type: EntityType = [.person, .place, .organization][next() % 3]
                names.append((key: ArabicNormalizer.matchKey(surface), surface: surface, type: type, documents: 1 + next() % 3 / 2))
            }
            var followers: [String: Int] = [:]
            for w in Self.words where next() % 4 == 0 { followers[ArabicNormalizer.matchKey(w)] = next() % 4 }
            let old = Self.oldGluedWordTrims(names, followerDocuments: followers)
            #expect(EntityExtractor.gluedWordTrims(names, followerDocuments: followers) == old)
            trimmed += old.count
        }
        #expect(trimmed > 20, "\(trimmed)")
    }
}
