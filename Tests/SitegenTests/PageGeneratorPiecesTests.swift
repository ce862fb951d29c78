import Foundation
import Testing
import TestSupport
import Resolution
@testable import Sitegen

/// Pieces of the page generators made a cheaper way (session 45) against the way they were made before, kept here:
/// links written as bytes, the data export's aliases without sets, the article lists' shared summaries.
@Suite struct PageGeneratorPiecesTests {
    @Test func linkBytesAreTheLink() {
        var r = SeededRandom(seed: 4501)
        let pieces = ["entities", "articles", "x", "عراق", "page", "2", "events", "a-b", "é", "e\u{301}"]
        for _ in 0..<2_000 {
            let page = SitePath((0..<r.below(6)).map { _ in pieces[r.below(pieces.count)] }.joined(separator: "/"))
            let target = SitePath((0..<r.below(5)).map { _ in pieces[r.below(pieces.count)] }.joined(separator: "/"))
            var bytes: [UInt8] = []
            page.appendLink(to: target, depth: page.depth, into: &bytes)
            #expect(bytes == Array(page.link(to: target).utf8), "\(page.folder) → \(target.folder)")
            var pageBytes = PageBytes(capacity: 4)
            defer { pageBytes.deallocate() }
            page.appendLink(to: target, depth: page.depth, into: &pageBytes)
            #expect(pageBytes.bytes == bytes)
        }
    }

    /// The aliases as they were made before: a set of variants and aliases, less the name, sorted.
    static func aliasesBySets(_ entity: Entity) -> [String] {
        Array(Set(entity.variants + entity.aliases).subtracting([entity.name])).sorted()
    }

    @Test func aliasesAsTheSetsGaveThem() {
        var r = SeededRandom(seed: 4502)
        // (canonically equal spellings, "é" and "e" + U+0301, are equal `String`s: each list keeps one of them)
        let names = ["بغداد", "العراق", "عراق", "x", "é", "e\u{301}", "", "Ba", "ba", "بغداد ", "ألف", "أَلف"]
        var cases: [Entity] = [Entity(id: "a", name: "x", type: .person)]
        for _ in 0..<3_000 {
            let variants = (0..<r.below(6)).map { _ in names[r.below(names.count)] }
            let aliases = (0..<r.below(5)).map { _ in names[r.below(names.count)] }
            cases.append(Entity(id: "e", name: names[r.below(names.count)], type: .place, variants: variants, aliases: aliases))
        }
        for entity in cases {
            let got = DataExports.aliases(entity), want = Self.aliasesBySets(entity)
            // the same names in the same order, each kept in the same spelling
            #expect(got.map { Array($0.utf8) } == want.map { Array($0.utf8) })
        }
    }

    @Test func listSummariesAreTheArticlesOwn() {
        let site = PublishFixture.site()
        let summaries = ArticleListSummaries(site: site)
        // from several threads, each article asked several times
        let count = site.articles.count
        let got = parallelMap(count * 4, jobs: 4) { i in summaries.summary((i * 7) % count) }
        for i in 0..<(count * 4) {
            #expect(got[i] == ArticlePages.summaryBytes(of: site.bodies[(i * 7) % count].blocks, words: 24))
        }
        #expect(ArticleListSummaries.of(site) === ArticleListSummaries.of(site))
    }

    /// The scalar offsets' checkpoints as they were found before: every byte tested.
    static func checkpointsByteByByte(_ text: String) -> (marks: [Int32], count: Int) {
        var marks: [Int32] = [], scalars = 0
        for (offset, byte) in text.utf8.enumerated() where byte & 0xC0 != 0x80 {
            if scalars & (ScalarOffsets.stride - 1) == 0 { marks.append(Int32(offset)) }
            scalars += 1
        }
        return (marks, scalars)
    }

    @Test func scalarCheckpointsAsByteByByte() {
        var r = SeededRandom(seed: 4503)
        let pieces = ["a", "ق", "ل", " ", "\u{650}", "€", "👍", "🏽", "\n", "ﷺ", "\u{0}", "١٢", "abcdefgh", "بغداد"]
        var texts = ["", "a", String(repeating: "a", count: 32), String(repeating: "a", count: 64), String(repeating: "ق", count: 40),
                     String(repeating: "👍", count: 33), String(repeating: "a", count: 31) + "ق" + String(repeating: "a", count: 40)]
        for _ in 0..<4_000 { texts.append(r.text(of: pieces, maxPieces: 1 + r.below(4) * 60)) }
        for text in texts {
            let table = ScalarOffsets(text), want = Self.checkpointsByteByByte(text)
            #expect(table.checkpoints == want.marks && table.count == want.count, "\(Array(text.utf8))")
        }
    }
}
