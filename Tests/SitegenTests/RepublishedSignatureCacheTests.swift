import Foundation
import Testing
import ArabicDates
@testable import Sitegen

/// The republished-article grouping reads each text's signature back from the cache: the groups are
/// those of a grouping that reads every text, a changed text is read again, a foreign file is ignored.
@Suite struct RepublishedSignatureCacheTests {
    typealias T = RepublishedGroupsTests

    /// The story three times (one with a paragraph added, one with a line changed: compared through
    /// their sequences), the same text in other spellings, and an unrelated short text.
    static func corpus(changed: Bool = false) -> [Article] {
        var changedLine = T.story
        changedLine[3] = "ويعد سد الموصل أكبر السدود العراقية وأخطرها، ويخزن كميات كبيرة من المياه تستخدم في الري وتوليد الكهرباء لمحافظات الشمال والوسط."
        var other = T.story
        other[1] = "وقال وزير الموارد المائية في مؤتمر صحفي إن الحكومة خصصت مبالغ إضافية لمشاريع السدود في المحافظات الجنوبية أيضا."
        other[2] = "وأشار الوزير إلى أن العمل سيبدأ بسد حديثة على نهر الفرات قبل نهاية العام، ثم ينتقل إلى سدود أصغر في ديالى."
        return [
            T.article("a.txt", T.story, date: PartialDate(year: 2024, month: 3, day: 5)),
            T.article("b.txt", T.story + ["وأكد مسؤول محلي في الموصل أن حركة المرور على الطريق المحاذي للسد لن تتأثر بالأعمال."],
                      date: PartialDate(year: 2024, month: 3, day: 6)),
            T.article("c.txt", changed ? other : changedLine, date: PartialDate(year: 2024, month: 3, day: 5)),
            T.article("d.txt", T.story.map { $0.replacingOccurrences(of: "أ", with: "ا") }, date: PartialDate(year: 2024, month: 3, day: 4)),
            T.article("e.txt", ["صورة اليوم."], title: "غروب على دجلة"),
        ]
    }

    static func group(_ articles: [Article], _ cache: RepublishedSignatureCache?) -> [[Int]] {
        cache?.beginBuild()
        let groups = RepublishedGroups(articles: articles, similarity: 0.9, jobs: 2, signatures: cache).groups
        cache?.commitBuild()
        return groups
    }

    @Test func keptSignaturesGiveTheGroupsOfReadTexts() {
        let dir = TempDir()
        let tool = ContentHash(high: 1, low: 2)
        let articles = Self.corpus()
        let fresh = Self.group(articles, nil)
        #expect(fresh == [[1, 3, 0, 2]])

        let first = RepublishedSignatureCache(folder: dir.url, toolIdentity: tool)
        #expect(Self.group(articles, first) == fresh && first.hits == 0)
        #expect(dir.exists("republished-signatures.bin"))

        // another process: every summary read back from the file, the same groups
        let second = RepublishedSignatureCache(folder: dir.url, toolIdentity: tool)
        #expect(Self.group(articles, second) == fresh && second.hits == articles.count)

        // c's text changed (no longer a copy): read again, the others kept
        let edited = Self.corpus(changed: true)
        #expect(Self.group(edited, second) == Self.group(edited, nil))
        #expect(Self.group(edited, nil) == [[1, 3, 0]])
        #expect(second.hits == articles.count - 1)
        let third = RepublishedSignatureCache(folder: dir.url, toolIdentity: tool)
        #expect(Self.group(edited, third) == [[1, 3, 0]] && third.hits == articles.count)
    }

    @Test func aDamagedOrForeignFileIsIgnored() throws {
        let dir = TempDir()
        let articles = Self.corpus()
        _ = Self.group(articles, RepublishedSignatureCache(folder: dir.url, toolIdentity: ContentHash(high: 1, low: 2)))

        let otherTool = RepublishedSignatureCache(folder: dir.url, toolIdentity: ContentHash(high: 3, low: 4))
        #expect(Self.group(articles, otherTool) == [[1, 3, 0, 2]] && otherTool.hits == 0)

        // (without the last grouping, which would place the unchanged articles and read no signature: `LastGroupingTests`)
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("republished-groups.bin"))
        let file = dir.url.appendingPathComponent("republished-signatures.bin")
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes.removeLast(7)  // cut inside the last signature
        try Data(bytes).write(to: file)
        let damaged = RepublishedSignatureCache(folder: dir.url, toolIdentity: ContentHash(high: 3, low: 4))
        #expect(Self.group(articles, damaged) == [[1, 3, 0, 2]] && damaged.hits == 0)
    }
}
