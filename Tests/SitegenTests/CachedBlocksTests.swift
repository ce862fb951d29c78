import Foundation
import Testing
import Extraction
@testable import Sitegen

/// A cached article's blocks are left encoded when its analysis shard is read (`CachedBlocks`), made `String`s only
/// where they are read (`ArticleBody.blocks`, the analysis steps that run on the article): the check made when they are
/// read must accept and refuse exactly what reading them as strings does, and decoding must give the strings that
/// reading made, so that every page and digest made from them is what it was.
@Suite struct CachedBlocksTests {
    private static let blocks = ["وصل الجنرال قاسم سليماني إلى بغداد مساء أمس في زيارة غير معلنة.", "", "a",
                                 String(repeating: "فقرة طويلة ", count: 30), "سطر أول\nسطر ثان", "😀 e\u{301}"]

    /// What `AnalysisEncoder.analysis` wrote of the blocks before `CachedBlocks`: the count, then each block's
    /// `shortString`, followed by one more number.
    private static func encoded(_ blocks: [String]) -> [UInt8] {
        var w = BinaryWriter()
        w.uvarint(blocks.count)
        for b in blocks { w.shortString(b) }
        w.uvarint(7)
        return w.bytes
    }

    /// The old reading: the count, then each block as a string.
    private static func readAsStrings(_ r: inout BinaryReader) throws(BinaryReader.Corrupt) -> [String] {
        let n = try r.count(atMost: r.remaining)
        var out: [String] = []
        for _ in 0..<n { out.append(try r.shortString()) }
        return out
    }

    private static func decoder(_ bytes: [UInt8]) throws -> AnalysisDecoder {
        var table = BinaryWriter()
        table.uvarint(0)  // an empty string table
        return try AnalysisDecoder(BinaryReader(table.bytes + bytes))
    }

    @Test func encodedBlocksDecodeToTheStoredOnes() throws {
        for blocks in [Self.blocks, [], [""], Array(Self.blocks.prefix(1))] {
            var d = try Self.decoder(Self.encoded(blocks))
            let stored = try d.encodedBlocks()
            #expect(stored.isEncoded)
            #expect(try d.r.uvarint() == 7)  // the reader is past the blocks
            #expect(d.r.atEnd)
            #expect(stored.decoded == blocks)
            #expect(stored.count == blocks.count)
            #expect(stored.utf8Count == blocks.reduce(0) { $0 + $1.utf8.count })
            // written again, encoded or decoded: the bytes they were read from
            for b in [stored, CachedBlocks(blocks)] {
                var w = BinaryWriter()
                b.encode(into: &w)
                w.uvarint(7)
                #expect(w.bytes == Self.encoded(blocks))
            }
            #expect(!CachedBlocks(blocks).isEncoded)
            #expect(CachedBlocks(blocks).decoded == blocks)
            #expect(CachedBlocks(blocks).utf8Count == stored.utf8Count)
        }
    }

    /// Every prefix and every one-byte change of the encoded blocks: `encodedBlocks` throws exactly when reading them
    /// as strings does, and otherwise stops where it stops and decodes to the strings it read (bytes changed into
    /// invalid UTF-8 included: both repair them the same way).
    @Test func checkingReadsWhatReadingAsStringsReads() throws {
        let bytes = Self.encoded(Self.blocks)
        var damaged: [[UInt8]] = (0..<bytes.count).map { Array(bytes[..<$0]) }
        for i in bytes.indices {
            for value: UInt8 in [0, 1, 2, 5, 0x7F, 0x80, 0xC3, 0xFF] where value != bytes[i] {
                var b = bytes
                b[i] = value
                damaged.append(b)
            }
        }
        var refused = 0, accepted = 0
        for b in damaged {
            var checking = try Self.decoder(b)
            var reading = checking.r
            let read = try? Self.readAsStrings(&reading)
            do {
                let stored = try checking.encodedBlocks()
                let strings = try #require(read)
                #expect(stored.decoded == strings)
                #expect(stored.count == strings.count)
                #expect(stored.utf8Count == strings.reduce(0) { $0 + $1.utf8.count } || strings.contains { $0.unicodeScalars.contains("\u{FFFD}") })
                #expect(checking.r.offset == reading.offset)
                accepted += 1
            } catch {
                #expect(read == nil)
                refused += 1
            }
        }
        #expect(refused > 100)
        #expect(accepted > 100)
    }

    /// A body with encoded blocks reads them as a body with the strings does, from several threads at once.
    @Test func aBodyMakesEncodedBlocksOnceWhenRead() throws {
        var d = try Self.decoder(Self.encoded(Self.blocks))
        let body = ArticleBody(markdown: ArticleMarkdown(""), blocks: try d.encodedBlocks())
        #expect(body.blockCount == Self.blocks.count)
        #expect(body.cachedBlocks.isEncoded)
        let results = parallelMap(64, jobs: 4) { _ in body.blocks }
        #expect(results.allSatisfy { $0 == Self.blocks })
        #expect(ArticleBody(markdown: "", blocks: Self.blocks).blockCount == Self.blocks.count)
    }

    /// Each block's bytes read in place are its string's, encoded or not.
    @Test func blockBytesInPlaceAreTheStrings() throws {
        var d = try Self.decoder(Self.encoded(Self.blocks))
        let stored = try d.encodedBlocks()
        for b in [stored, CachedBlocks(Self.blocks)] {
            for (i, text) in Self.blocks.enumerated() {
                #expect(b.withUTF8(block: i) { Array($0) } == Array(text.utf8))
            }
        }
        let body = ArticleBody(markdown: ArticleMarkdown(""), blocks: stored)
        #expect(body.withBlockUTF8(3) { Array($0) } == Array(Self.blocks[3].utf8))
        #expect(body.cachedBlocks.isEncoded)
    }

    /// A sentence hashed from the block's bytes in place (`SiteModel.combineSlice`, what `events.json`'s key reads) is
    /// the hash of the text `ScalarOffsets.slice` cuts, for every range in and out of bounds.
    @Test func sliceHashedInPlaceIsTheSliceHashed() {
        for text in Self.blocks + ["", "ب", "e\u{301}😀ب a"] {
            let count = text.unicodeScalars.count
            let points = Set(Array(-2...2) + Array((count - 2)...(count + 2)) + Array(stride(from: 0, to: count, by: 7))).sorted()
            for start in points {
                for end in points {
                    var expected = ContentHasher()
                    expected.combine(ScalarOffsets(text).slice(text, start, end))
                    var got = ContentHasher()
                    var t = text
                    t.withUTF8 { SiteModel.combineSlice($0, start, end, into: &got) }
                    #expect(got.finalize() == expected.finalize(), "\(text) \(start) \(end)")
                }
            }
        }
    }

    @Test func keptAnalysesByByteCountsAreByBlocks() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let blocks = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
                (0..<Int.random(in: 0...4, using: &rng)).map { _ in String(repeating: "ب", count: Int.random(in: 0...9, using: &rng)) }
            }
            let budget = Int.random(in: 0...120, using: &rng)
            let counts = blocks.map { CachedBlocks($0).utf8Count }
            #expect(CorpusAnalysis.keepsAnalyses(utf8Counts: counts, budget: budget) == CorpusAnalysis.keepsAnalyses(blocks: blocks, budget: budget))
        }
    }

    /// After an edit naming no one, the cache read back from disk: the unchanged articles' blocks are left encoded and
    /// are the blocks their Markdown parses to; the edited article's are decoded, the site is a fresh build's.
    @Test func anEditLeavesTheOtherBlocksEncoded() throws {
        let input = TempDir.threeArticleCorpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        input.write("a.md", try #require(input.read("a.md")) + "\nوهدأت الأسواق.\n")
        let cache = BuildCache(output: site)
        let report = try buildMatchingFresh(input, site, cache: cache)
        #expect(report.extractedArticles == 1)
        for path in ["b.md", "c.md"] {
            let e = try #require(cache.analysis.entry(path))
            #expect(e.blocks.isEncoded)
            let md = try #require(input.read(path))
            let body = String(md[md.range(of: "---\n", range: md.index(after: md.startIndex)..<md.endIndex)!.upperBound...])
            #expect(e.blocks.decoded == ArticleBody(markdown: body).blocks)
        }
        // the stored shard read back again gives the same blocks (written back as read)
        let again = try #require(BuildCache(output: site).analysis.entry("a.md"))
        #expect(again.blocks.decoded.last == "وهدأت الأسواق.")
    }
}
