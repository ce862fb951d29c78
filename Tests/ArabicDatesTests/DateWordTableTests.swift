import Testing
@testable import ArabicDates

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
        var state: UInt64 = 0x1234_5678_9ABC_DEF0
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(DateLexicon.words[state] == DateLexicon.entries[state])
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

/// `DateTextScanner.fold` with the Arabic letters tested first, against the switch it had before.
@Suite struct DateScannerFoldTests {
    static func foldAsBefore(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        case 0x0649, 0x06CC: return 0x064A
        case 0x0629: return 0x0647
        case 0x06A9: return 0x0643
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        case 0x064B...0x065F, 0x0670, 0x0640, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF:
            return 0
        default: return v
        }
    }

    @Test func everyScalarFoldsAsBefore() {
        var differing = 0
        for v in UInt32(0)...0x10FFFF where DateTextScanner.fold(v) != Self.foldAsBefore(v) { differing += 1 }
        #expect(differing == 0)
    }
}
