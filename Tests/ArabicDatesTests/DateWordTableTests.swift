import Testing
@testable import ArabicDates
import TestSupport

/// `DateWordTable` (the date words by hash) against the dictionary it replaces.
@Suite struct DateWordTableTests {
    @Test func everyWordOfTheLexiconIsFoundWithItsKind() {
        #expect(!DateLexicon.entries.isEmpty)
        for (hash, word) in DateLexicon.entries {
            #expect(DateLexicon.words[hash] == word)
        }
    }

    @Test func wordsOutsideTheLexiconAreNotFound() {
        let others = ["وزارة", "الداخلية", "تونس", "قال", "هجوم", "x", "", "2019", "الرئيس", "المدينة", "ماسح"]
        for w in others {
            #expect(DateLexicon.words[foldedHash(w)] == DateLexicon.entries[foldedHash(w)], "\(w)")
        }
        var random = SeededRandom(seed: 0x1234_5678_9ABC_DEF0)
        for _ in 0..<20_000 {
            let key = random.nextState()
            #expect(DateLexicon.words[key] == DateLexicon.entries[key])
        }
    }

    @Test func aTableOfManyKeysAnswersAsItsDictionary() {
        var entries: [UInt64: DateWord] = [:]
        for k in 0..<1_000 { entries[UInt64(k) &* 0x100_0000_01B3] = .weekday(k % 7) }
        let table = DateWordTable(entries)
        for k in 0..<2_000 {
            let key = UInt64(k) &* 0x100_0000_01B3
            #expect(table[key] == entries[key])
        }
        #expect(DateWordTable([:])[42] == nil)
    }
}

/// `DateTextScanner.fold` with the Arabic letters tested first, against the whole table it goes before.
@Suite struct DateScannerFoldTests {
    @Test func everyScalarFoldsAsByTheWholeTable() {
        var differing = 0
        for v in UInt32(0)...0x10FFFF where DateTextScanner.fold(v) != DateTextScanner.foldAny(v) { differing += 1 }
        #expect(differing == 0)
        #expect(DateTextScanner.fold(0x0625) == 0x0627)
        #expect(DateTextScanner.fold(0x0629) == 0x0647)
        #expect(DateTextScanner.fold(0x0640) == 0)
        #expect(DateTextScanner.fold(0x0661) == 0x31)
    }
}
