import Testing
import TestSupport
@testable import Extraction

/// `Lexicon.lines` (split in the bytes the text lends) gives the lines and spellings the `utf8` view's `split` gave: on
/// every lexicon text it reads and on seeded random texts of line breaks, «|», «@», spaces and words.
@Suite struct LexiconLinesTests {
    /// `Lexicon.lines` as it was.
    static func splitLines(_ text: String) -> [[String]] {
        text.utf8.split(separator: 0x0A).compactMap { line in
            let spellings = line.split(separator: 0x40, maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = spellings.split(separator: 0x7C).compactMap(Lexicon.trimmedSpelling)
            return parts.isEmpty ? nil : parts
        }
    }

    static func expectSame(_ text: String) {
        let lines = Lexicon.lines(text), split = Self.splitLines(text)
        #expect(lines.map { $0.map { Array($0.utf8) } } == split.map { $0.map { Array($0.utf8) } }, "\(text.prefix(60))")
    }

    @Test func theLexiconTextsSplitAlike() {
        let texts = [ClubLexicon.clubs, ClubLexicon.byCity, ClubLexicon.byWord, DemonymLexicon.demonyms, DemonymLexicon.extraForms,
                     NotablePeople.people, NotablePeople.sharedSurnames, OrganizationLexicon.organizations, OrganizationLexicon.heads,
                     OrganizationLexicon.facilityHeads, OrganizationLexicon.areaHeads, PersonLexicon.titles, PersonLexicon.roleWords,
                     PersonLexicon.reportingVerbs, PlaceLexicon.countries, PlaceLexicon.worldCities, PlaceLexicon.arabCities,
                     PlaceLexicon.regions, OutletLexicon.organizations, PlaceLexicon.provinces, PlaceLexicon.ambiguousTowns]
            + PlaceLexicon.allPlaces
        for text in texts { Self.expectSame(text) }
        #expect(Lexicon.lines(PlaceLexicon.countries).count > 100)
    }

    @Test func seededRandomTexts() {
        var random = SeededRandom(seed: 0x11E5_0042)
        let pieces = ["\n", "\n\n", "|", "||", "@", " @", "@ ", " ", "  ", "بغداد", "بغداذ", "=العربية", "قناة العربية", "a", "é",
                      "👩‍👩‍👧", "\t", "ـ", "العراق"]
        for _ in 0..<1000 { Self.expectSame(random.text(of: pieces, maxPieces: 30)) }
        for text in ["", "\n", "|", "@", " | ", "a|b@c|d\n@x\n | \nبغداد | بغداذ @العراق", "a\n\nb"] { Self.expectSame(text) }
    }
}
