import Foundation
import Testing
import ArabicText
@testable import Extraction

/// The lexicon units and the notable persons' matches read through `GazetteerHit` (session 38) are those the
/// `GazetteerMatch` path made, on the sample articles (`seeds/`) and on sentences with clitics, addresses and names.
@Suite struct GazetteerHitUnitsTests {
    static let sentences = [
        "قال الرئيس بوتين للصحفيين في موسكو إن وزير الخارجية سيرغي لافروف سيزور بغداد وللعراق والعراق",
        "وأعلنت وزارة الداخلية التونسية أن محمد بن سلمان بن عبد العزيز زار www.facebook.com و x@huawei.com",
        "علي وعلي على عبدالله عبد الله لميركل وميركل فبوتين بترامب «ترامب» ، دونالد ترامب جونيور",
        "ولاية بنزرت بمدينة صفاقس لمنزل بورقيبة سيدي بوزيد الاتحاد المنستيري وبرشلونة 2020",
    ]

    static var texts: [String] {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let files = (try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? []
        let articles = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        return sentences + articles.flatMap { $0.components(separatedBy: "\n").filter { !$0.isEmpty } }
    }

    /// `BlockAnalysis.init`'s units as they were made from `lexicon.match(in:at:)`.
    static func referenceUnits(_ a: BlockAnalysis) -> [Extraction.Unit] {
        var units: [Extraction.Unit] = []
        var i = 0
        while i < a.tokens.count {
            if let m = a.lexicon.match(in: a.tokens, at: i),
               !BlockAnalysis.isInAddress(a.scalars, a.tokens[i].start + m.prefixLength, a.tokens[m.tokens.upperBound - 1].end) {
                var flags = m.value.flags
                if m.tokens.count == 1, m.prefixLength == 0, flags.contains(.firstName), UTF8Key.sameBytes(a.tokens[i].key, "علي"),
                   a.scalars[a.tokens[i].end - 1] == "\u{064A}" {
                    flags.remove(.common)
                    flags.insert(.ambiguousFirstName)
                }
                units.append(Extraction.Unit(tokens: m.tokens, flags: flags, entry: m.value, prefix: m.prefixLength, restoredAlef: m.restoredAlef))
                i = m.tokens.upperBound
            } else {
                units.append(Extraction.Unit(tokens: i..<(i + 1), flags: [], entry: nil, prefix: 0, restoredAlef: false))
                i += 1
            }
        }
        return units
    }

    @Test func unitsAreThoseOfTheMatches() {
        let texts = Self.texts
        #expect(texts.count > 20)
        var entries = 0
        for text in texts {
            let a = BlockAnalysis(block: 0, text: text, lexicon: Lexicon.builtIn)
            let reference = Self.referenceUnits(a)
            #expect(a.units.count == reference.count)
            for (u, r) in zip(a.units, reference) {
                let sameTokens = u.tokens == r.tokens && u.flags == r.flags
                #expect(sameTokens && u.prefix == r.prefix && u.restoredAlef == r.restoredAlef)
                let sameFlags = u.entry?.flags == r.entry?.flags
                let sameCanonical = u.entry?.canonical == r.entry?.canonical
                let sameType = u.entry?.knownType == r.entry?.knownType
                let bothOrNeither = (u.entry == nil) == (r.entry == nil)
                #expect(sameFlags && sameCanonical && sameType && bothOrNeither)
                if u.entry != nil { entries += 1 }
            }
        }
        #expect(entries > 500)
    }

    @Test func notableHitsAreTheNotableMatches() {
        var found = 0
        for text in Self.texts {
            let tokens = Tokenizer.tokenize(text)
            for t in tokens.indices {
                let h = NotablePersons.gazetteer.hit(in: tokens, at: t), m = NotablePersons.gazetteer.match(in: tokens, at: t)
                #expect((h == nil) == (m == nil))
                guard let h, let m else { continue }
                found += 1
                let sameSpan = h.tokens == m.tokens && h.prefixLength == m.prefixLength
                let sameReading = h.restoredAlef == m.restoredAlef && h.joined == m.joined
                let value: String? = NotablePersons.gazetteer.values[h.valueIndex]
                #expect(sameSpan && sameReading && value == m.value)
            }
        }
        #expect(found > 5)
    }
}
