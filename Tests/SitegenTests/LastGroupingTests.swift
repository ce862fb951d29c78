import Foundation
import Testing
import ArabicDates
import TestSupport
@testable import Sitegen

/// A build that changed texts standing alone takes the last grouping's groups (`LastGrouping`): on seeded random
/// corpora edited round after round (texts changed, made copies of others or short, dates and titles changed,
/// articles added and removed), the groups through the cache are always those of a grouping that reads every text,
/// and both ways of grouping are taken.
@Suite struct LastGroupingTests {
    static let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")

    struct Corpus {
        var random: SeededRandom
        var words: [String] = []
        var stories: [[String]] = []

        init(seed: UInt64) {
            random = SeededRandom(seed: seed)
            for _ in 0..<80 {
                var w = ""
                for _ in 0..<(3 + random.below(4)) { w.append(LastGroupingTests.letters[random.below(LastGroupingTests.letters.count)]) }
                words.append(w)
            }
            for _ in 0..<5 { stories.append(text(30 + random.below(30))) }
        }

        mutating func text(_ count: Int) -> [String] { (0..<count).map { _ in words[random.below(words.count)] } }

        /// A text: a fresh one, a story (with a sentence added or a word changed), or a short one.
        mutating func words(for kind: Int) -> [String] {
            switch kind {
            case 0: return text(25 + random.below(40))
            case 1: return stories[random.below(stories.count)]
            case 2: return stories[random.below(stories.count)] + text(3)
            case 3:
                var s = stories[random.below(stories.count)]
                s[random.below(s.count)] = words[random.below(words.count)]
                return s
            default: return text(3 + random.below(8))
            }
        }

        mutating func article(_ file: String) -> Article {
            let kind = random.below(5)
            let title = kind == 4 && random.below(2) == 0 ? "خبر" : words[random.below(words.count)]
            return Self.make(file, words(for: kind), title: title, date: date())
        }

        mutating func date() -> PartialDate? {
            random.below(4) == 0 ? nil : PartialDate(year: 2020, month: 1 + random.below(2), day: random.below(3) == 0 ? nil : 1 + random.below(3))
        }

        static func make(_ file: String, _ words: [String], title: String, date: PartialDate?) -> Article {
            Article(file: file, format: .text, title: title, date: date, dateSource: date == nil ? .unknown : .metadata,
                    markdown: ArticleBody.markdown(fromPlainText: words.joined(separator: " ")))
        }

        /// One to three articles changed in one of several ways; sometimes one added or removed.
        mutating func edit(_ articles: inout [Article]) {
            for _ in 0..<(1 + random.below(3)) {
                let i = random.below(articles.count)
                let a = articles[i]
                switch random.below(8) {
                case 0, 1, 2:  // a fresh text (most edits): stands alone unless it was in a group
                    articles[i] = Self.make(a.file, text(25 + random.below(40)), title: a.title, date: a.date)
                case 3:  // a copy of another article's text
                    let other = articles[random.below(articles.count)]
                    articles[i] = Self.make(a.file, other.markdown.split(separator: " ").map(String.init) + (random.below(2) == 0 ? text(2) : []),
                                            title: other.title, date: a.date)
                case 4: articles[i] = Self.make(a.file, a.markdown.split(separator: " ").map(String.init), title: a.title, date: date())
                case 5: articles[i] = Self.make(a.file, a.markdown.split(separator: " ").map(String.init), title: "عنوان", date: a.date)
                case 6: articles[i] = Self.make(a.file, text(3 + random.below(8)), title: a.title, date: a.date)
                default:
                    if random.below(2) == 0 && articles.count > 3 { articles.remove(at: i) } else { articles.insert(article("n\(random.next()).txt"), at: i) }
                }
            }
        }
    }

    static func group(_ articles: [Article], _ cache: RepublishedSignatureCache?) -> [[Int]] {
        RepublishedSignatureCacheTests.group(articles, cache)
    }

    @Test func placedGroupsAreThoseOfReadTexts() {
        var placed = 0, anew = 0
        for seed in 1...40 as ClosedRange<UInt64> {
            let dir = TempDir()
            let tool = ContentHash(high: seed, low: 7)
            var corpus = Corpus(seed: seed)
            var articles = (0..<(8 + corpus.random.below(20))).map { corpus.article("f\($0).txt") }
            var cache = RepublishedSignatureCache(folder: dir.url, toolIdentity: tool)
            #expect(Self.group(articles, cache) == Self.group(articles, nil))
            for round in 0..<12 {
                corpus.edit(&articles)
                // every fourth round another process, reading the files back
                if round % 4 == 3 { cache = RepublishedSignatureCache(folder: dir.url, toolIdentity: tool) }
                let through = Self.group(articles, cache), fresh = Self.group(articles, nil)
                #expect(through == fresh, "seed \(seed), round \(round)")
                if cache.placed { placed += 1 } else { anew += 1 }
            }
        }
        // both ways taken, many times
        #expect(placed > 30 && anew > 100, "placed \(placed), grouped anew \(anew)")
    }

    /// A changed text that joins a group, or leaves one, is grouped anew (not placed).
    @Test func aTextThatJoinsOrLeavesAGroupIsGroupedAnew() {
        typealias T = RepublishedSignatureCacheTests
        let dir = TempDir()
        let tool = ContentHash(high: 1, low: 2)
        var articles = T.corpus()
        let cache = RepublishedSignatureCache(folder: dir.url, toolIdentity: tool)
        #expect(Self.group(articles, cache) == [[1, 3, 0, 2]])
        // e (alone) gets another text of its own: placed
        articles[4] = RepublishedGroupsTests.article("e.txt", ["صورة أخرى لليوم."], title: "غروب على دجلة")
        #expect(Self.group(articles, cache) == [[1, 3, 0, 2]] && cache.placed && cache.hits == 4)
        // e becomes a copy of a: grouped anew, e joins
        articles[4] = RepublishedGroupsTests.article("e.txt", RepublishedGroupsTests.story, date: PartialDate(year: 2024, month: 3, day: 7))
        #expect(Self.group(articles, cache) == Self.group(articles, nil) && !cache.placed)
        #expect(Self.group(articles, nil) == [[1, 3, 0, 2, 4]])
        // c leaves the group (another story): grouped anew
        articles = T.corpus(changed: true)
        #expect(Self.group(articles, cache) == [[1, 3, 0]] && !cache.placed)
        // nothing changed: placed, every article taken
        #expect(Self.group(articles, cache) == [[1, 3, 0]] && cache.placed && cache.hits == articles.count)
    }

    @Test func aDamagedOrForeignGroupsFileIsIgnored() throws {
        let dir = TempDir()
        var articles = RepublishedSignatureCacheTests.corpus()
        _ = Self.group(articles, RepublishedSignatureCache(folder: dir.url, toolIdentity: ContentHash(high: 1, low: 2)))
        #expect(dir.exists("republished-groups.bin"))
        articles[4] = RepublishedGroupsTests.article("e.txt", ["صورة أخرى لليوم."], title: "غروب على دجلة")

        let otherTool = RepublishedSignatureCache(folder: dir.url, toolIdentity: ContentHash(high: 3, low: 4))
        #expect(Self.group(articles, otherTool) == [[1, 3, 0, 2]] && !otherTool.placed)

        let file = dir.url.appendingPathComponent("republished-groups.bin")
        let bytes = try [UInt8](Data(contentsOf: file))
        for cut in [1, 9, 17] {
            try Data(bytes.dropLast(cut)).write(to: file)
            let damaged = RepublishedSignatureCache(folder: dir.url, toolIdentity: ContentHash(high: 3, low: 4))
            #expect(Self.group(articles, damaged) == [[1, 3, 0, 2]] && !damaged.placed)
        }
        // a group pointing past the articles is refused
        var bad = LastGrouping(similarity: 0.9, keys: [ContentHash(high: 1, low: 1)], identities: [1],
                               bandKeys: [UInt64](repeating: 0, count: RepublishedGroups.bands), flags: [0], groups: [[0, 1]])
        #expect(!bad.isConsistent)
        bad.groups = []
        #expect(bad.isConsistent)
    }

    /// The buckets from band keys made once equal those of the sort they replace (kept here) on random signatures whose
    /// bands often agree.
    @Test func bucketsFromBandKeysAreTheSortedOnes() {
        func before(_ signatures: [[UInt32]]) -> [[Int]] {
            let bands = RepublishedGroups.bands, rows = RepublishedGroups.rowsPerBand
            let indexMask: UInt64 = (1 << 24) - 1
            var buckets: [[Int]] = []
            for band in 0..<bands {
                var keyed: [UInt64] = signatures.indices.map { i in
                    var h = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
                    for r in 0..<rows { h = TextShingles.mix(h ^ UInt64(signatures[i][band * rows + r])) }
                    return h & ~indexMask | UInt64(i)
                }
                keyed.sort()
                var start = 0
                while start < keyed.count {
                    var end = start + 1
                    while end < keyed.count && keyed[end] & ~indexMask == keyed[start] & ~indexMask { end += 1 }
                    if end - start > 1 { buckets.append(keyed[start..<end].map { Int($0 & indexMask) }) }
                    start = end
                }
            }
            return buckets
        }
        var random = SeededRandom(seed: 46)
        for _ in 0..<200 {
            let count = random.below(60)
            let signatures: [[UInt32]] = (0..<count).map { _ in
                (0..<TextShingles.signatureLength).map { _ in UInt32(random.below(3)) }  // few values: bands often agree
            }
            #expect(RepublishedGroups.buckets(signatures) == before(signatures))
        }
        #expect(RepublishedGroups.buckets([]) == [])
    }
}
