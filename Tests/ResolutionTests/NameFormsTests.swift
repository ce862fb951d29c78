import Testing
import ArabicText
import Extraction
@testable import Resolution
import TestSupport

/// `NameContext.nameForms` (keys by `NameSkeleton.words`, the shorter forms cut out of the joined name) against the code
/// it replaces, kept here (keys by the tokenizer, every shorter form joined again), byte for byte; and `NameWords` is
/// the tokenizer's words.
@Suite struct NameFormsTests {
    static func oldForms(_ surface: String) -> (whole: String, prefixes: [String], suffixes: [String])? {
        let keys = Tokenizer.tokenize(surface).filter { $0.kind == .word }.map(\.key)
        guard !keys.isEmpty else { return nil }
        var prefixes: [String] = [], suffixes: [String] = []
        if keys.count > 1 {
            for k in 1..<keys.count {
                prefixes.append(keys[..<k].joined(separator: " "))
                suffixes.append(keys[k...].joined(separator: " "))
            }
        }
        return (keys.joined(separator: " "), prefixes, suffixes)
    }

    static let pieces = ["محمد", " ", "الطاهر", " ", "أبو", "إسماعيل", "قاآني", "قا آني", "-", "،", ".", "\u{064E}", "\u{0651}", "ـ",
                         "\u{0627}\u{0653}", "ة", "ى", "Kim", " Jong", "3", "٣", "«", "»", "(", "\"", "بن", "  ", "é", "e\u{0301}"]

    @Test func formsAreTheJoinedKeysByteForByte() {
        var random = SeededRandom(seed: 0x5EED_43)
        var shapes = Set<Int>()
        for _ in 0..<20_000 {
            let surface = random.text(of: Self.pieces, maxPieces: 12)
            let new = NameContext.nameForms(surface), old = Self.oldForms(surface)
            #expect((new == nil) == (old == nil), "\(surface)")
            guard let new, let old else { shapes.insert(0); continue }
            #expect(Array(new.whole.utf8) == Array(old.whole.utf8), "\(surface)")
            #expect(new.prefixes.map { Array($0.utf8) } == old.prefixes.map { Array($0.utf8) }, "\(surface)")
            #expect(new.suffixes.map { Array($0.utf8) } == old.suffixes.map { Array($0.utf8) }, "\(surface)")
            shapes.insert(min(old.prefixes.count + 1, 4))
            let words = NameWords(surface)
            #expect(words.words == Tokenizer.tokenize(surface).filter { $0.kind == .word }, "\(surface)")
            #expect(words.keys == NameContext.keys(surface), "\(surface)")
        }
        #expect(shapes == [0, 1, 2, 3, 4])
    }
}

/// `AdjacentMentions` (sorted edges, binary search) answers as the sets of edges it replaces, kept here.
@Suite struct AdjacentMentionsTests {
    @Test func edgesAnswerAsSets() {
        var random = SeededRandom(seed: 0xAD_1A_43)
        var answers = Set<[Bool]>()
        for _ in 0..<3_000 {
            let mentions = (0..<random.below(30)).map { _ -> Mention in
                let start = random.below(60), block = random.below(3)
                return Mention(span: TextSpan(block: block, start: start, end: start + 1 + random.below(8)), sentence: 0,
                               surface: "س", type: .person, key: "س")
            }
            var starts = Set<[Int]>(), ends = Set<[Int]>()
            for m in mentions {
                starts.insert([m.span.block, m.span.start])
                ends.insert([m.span.block, m.span.end])
            }
            let adjacent = AdjacentMentions(mentions)
            // the article's own mentions and others anywhere near them
            let probes = mentions + (0..<10).map { _ in
                let start = random.below(62) - 1
                return Mention(span: TextSpan(block: random.below(4), start: start, end: start + random.below(9)), sentence: 0,
                               surface: "س", type: .person, key: "س")
            }
            for m in probes {
                let after = starts.contains([m.span.block, m.span.end + 1]), before = ends.contains([m.span.block, m.span.start - 1])
                #expect(adjacent.startsAfter(m) == after)
                #expect(adjacent.endsBefore(m) == before)
                answers.insert([after, before])
            }
        }
        #expect(answers.count == 4)
    }
}

@Suite struct RuleSlotTests {
    /// `EntityConfidence.ruleSlot` is each rule's position in `allCases` (the shares count mentions by it).
    @Test func slotsArePositions() {
        for (i, rule) in DiscoveryRule.allCases.enumerated() { #expect(EntityConfidence.ruleSlot(rule) == i) }
    }
}

/// `NameContext.isWrittenPreposition` on scalars answers as the `Set<String>` look-up of a string made of them.
@Suite struct WrittenPrepositionScalarsTests {
    @Test func scalarsAnswerAsTheSet() {
        var random = SeededRandom(seed: 0x9E_43)
        let letters = ["ع", "ل", "ى", "إ", "ا", "ف", "ي", "م", "ن", "د", "ح", "ت", "أ", "آ", "ؤ", "ئ", "ة", "ه", "و"]
        var answers = Set<Bool>()
        for word in EntityConfidence.writtenPrepositions {
            #expect(word.unicodeScalars.allSatisfy { NameContext.letterRange.contains($0.value) })
            #expect(NameContext.isWrittenPreposition(ArraySlice(word.unicodeScalars)))
        }
        let prepositions = EntityConfidence.writtenPrepositions.sorted()
        for _ in 0..<20_000 {
            let word = random.below(3) == 0 ? prepositions[random.below(prepositions.count)] + (random.below(2) == 0 ? "" : letters[random.below(letters.count)])
                : random.text(of: letters, maxPieces: 5)
            let scalars = ArraySlice(word.unicodeScalars)
            let old = EntityConfidence.writtenPrepositions.contains(String(String.UnicodeScalarView(scalars)))
            #expect(NameContext.isWrittenPreposition(scalars) == old, "\(word)")
            answers.insert(old)
        }
        #expect(answers == [true, false])
    }
}
