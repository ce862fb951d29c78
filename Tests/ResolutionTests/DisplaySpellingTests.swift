import Testing
import Extraction
@testable import Resolution

/// A hamza on the alef of a verbal noun of forms VII, VIII, X is a misspelling the display name avoids (made-up names).
@Suite struct DisplaySpellingTests {
    func orgs(_ articles: [[String]]) -> ResolvedCorpus {
        resolveMentionOnlyCorpus(articles.map { $0.map { ($0, EntityType.organization) } }, before: "قالت ", after: " إن الأمر انتهى.")
    }

    @Test func aWaslHamzaOnTheMostFrequentVariantGivesWayToTheRightSpelling() {
        let c = orgs([["الإتحاد المغاربي للشطرنج"], ["الإتحاد المغاربي للشطرنج"], ["الاتحاد المغاربي للشطرنج"]])
        #expect(c.entities.map(\.name) == ["الاتحاد المغاربي للشطرنج"], "\(c.entities.map(\.name))")
        // only the misspelt word changes: «الإفريقي» keeps its hamza though «الافريقي» is written more often
        let e = orgs([["الإتحاد الإفريقي للشطرنج"], ["الإتحاد الإفريقي للشطرنج"], ["الإتحاد الإفريقي للشطرنج"],
                      ["الاتحاد الافريقي للشطرنج"], ["الاتحاد الافريقي للشطرنج"], ["الاتحاد الإفريقي للشطرنج"]])
        #expect(e.entities.map(\.name) == ["الاتحاد الإفريقي للشطرنج"], "\(e.entities.map(\.name))")
        let d = orgs([["هيئة الإنتخابات المحلية"], ["هيئة الإنتخابات المحلية"], ["هيئة الانتخابات المحلية"]])
        #expect(d.entities.map(\.name) == ["هيئة الانتخابات المحلية"], "\(d.entities.map(\.name))")
    }

    @Test func otherHamzasAndVerbalNounsOfFormIVAreLeftToTheCounts() {
        // «إعلام» (form IV) takes its hamza; a name's first alef may carry one or not
        let c = orgs([["هيئة الإعلام الحر"], ["هيئة الإعلام الحر"], ["هيئة الاعلام الحر"]])
        #expect(c.entities.map(\.name) == ["هيئة الإعلام الحر"], "\(c.entities.map(\.name))")
        #expect(WaslHamza.misspeltWords("إيناس بن عثمان") == 0)
        #expect(WaslHamza.misspeltWords("للإستثمار والإجتماعية") == 2)
    }
}
