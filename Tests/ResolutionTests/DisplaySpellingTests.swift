import Testing
import Extraction
@testable import Resolution

/// The display name is spelt as the corpus writes its words most often (made-up names).
@Suite struct DisplaySpellingTests {
    func orgs(_ articles: [[String]]) -> ResolvedCorpus {
        resolveMentionOnlyCorpus(articles.map { $0.map { ($0, EntityType.organization) } }, before: "قالت ", after: " إن الأمر انتهى.")
    }

    @Test func aMisspeltMostFrequentVariantGivesWayToTheUsualSpelling() {
        // «الإتحاد» on the page's most frequent variant, «الاتحاد» in most mentions of the corpus
        let c = orgs([["الإتحاد المغاربي للشطرنج"], ["الإتحاد المغاربي للشطرنج"], ["الاتحاد المغاربي للشطرنج"],
                      ["الاتحاد العام للفلاحين"], ["الاتحاد العام للفلاحين"], ["الاتحاد العام للفلاحين"]])
        #expect(c.entities.contains { $0.name == "الاتحاد المغاربي للشطرنج" }, "\(c.entities.map(\.name))")
    }

    @Test func theMostFrequentVariantStaysWhenItIsSpeltAsUsual() {
        let c = orgs([["الإتحاد المغاربي للشطرنج"], ["الإتحاد المغاربي للشطرنج"], ["الاتحاد المغاربي للشطرنج"],
                      ["الإتحاد العام للفلاحين"], ["الإتحاد العام للفلاحين"]])
        #expect(c.entities.contains { $0.name == "الإتحاد المغاربي للشطرنج" }, "\(c.entities.map(\.name))")
    }
}
