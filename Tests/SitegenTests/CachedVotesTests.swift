import Foundation
import Testing
import Extraction
@testable import Sitegen

/// A cached article's pooling votes are left encoded when its analysis shard is read (`CachedVotes`), checked by
/// `AnalysisDecoder.skipVotes` instead of decoded: the check must accept and refuse exactly what decoding does (a
/// damaged shard is ignored and its articles analysed again), and votes decoded later must be the stored ones.
@Suite struct CachedVotesTests {
    private static let votes: PoolVotes = {
        var v = PoolVotes()
        v.votes = [.init(key: "قاسمسليماني", surface: "قاسم سليماني", type: .person, weight: 3, cue: "الجنرال"),
                   .init(key: "بغداد", surface: "بغداد", type: .place, weight: 1, cue: nil),
                   .init(key: "وزارةالنفط", surface: "وزارة النفط", type: .organization, weight: -2, cue: nil)]
        v.surnames = [.init(key: "سليماني", surface: "سليماني")]
        v.extensions = [.init(key: "وزارةالنفطالعراقية", surface: "وزارة النفط العراقية", type: .organization, weight: 1, cue: "وزارة")]
        v.followers = ["قال", "بغداد"]
        v.shortFormTies = [ShortFormTie(key: "سليماني", surface: "سليماني", before: ["الجنرال", "قاسم"])]
        return v
    }()

    /// The string table and body `AnalysisEncoder` makes of `votes` followed by one more number.
    private static func encoded(_ votes: PoolVotes) -> [UInt8] {
        var e = AnalysisEncoder()
        e.votes(votes)
        e.count(7)
        return e.bytes
    }

    @Test func encodedVotesDecodeToTheStoredOnes() throws {
        var d = try AnalysisDecoder(BinaryReader(Self.encoded(Self.votes)))
        let stored = try d.encodedVotes()
        #expect(stored.isEncoded)
        #expect(try d.r.uvarint() == 7)  // the reader is past the votes
        #expect(d.r.atEnd)
        #expect(stored.decoded == Self.votes)
        #expect(CachedVotes(Self.votes).decoded == Self.votes)
        #expect(!CachedVotes(Self.votes).isEncoded)
        #expect(CachedVotes(PoolVotes()).decoded == PoolVotes())
    }

    /// Every prefix and every one-byte change of the encoded votes: `skipVotes` throws exactly when `votes()` does,
    /// and otherwise stops where it stops (so a shard the check passes decodes, and one it refuses is ignored).
    @Test func skippingChecksWhatDecodingChecks() throws {
        let bytes = Self.encoded(Self.votes)
        var damaged: [[UInt8]] = (0..<bytes.count).map { Array(bytes[..<$0]) }
        for i in bytes.indices {
            for value: UInt8 in [0, 1, 2, 5, 0x7F, 0x80, 0xFF] where value != bytes[i] {
                var b = bytes
                b[i] = value
                damaged.append(b)
            }
        }
        var refused = 0
        for b in damaged {
            guard var skipping = try? AnalysisDecoder(BinaryReader(b)) else { continue }  // (the string table itself)
            var decoding = skipping
            let decoded = try? decoding.votes()
            do {
                try skipping.skipVotes()
                #expect(decoded != nil)
                #expect(skipping.r.offset == decoding.r.offset)
            } catch {
                #expect(decoded == nil)
                refused += 1
            }
        }
        #expect(refused > 100)
    }

    /// After an edit naming no one, read back from disk, the other articles' votes are still encoded after the build
    /// (nothing was pooled), decode to what a build without the cache pools, and the site is a fresh build's.
    @Test func anEditNamingNoOneLeavesTheOtherVotesEncoded() throws {
        let input = TempDir.threeArticleCorpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        let before = try #require(BuildCache(output: site).analysis.entry("b.md")).votes
        input.write("a.md", try #require(input.read("a.md")) + "\nوهدأت الأسواق.\n")
        let cache = BuildCache(output: site)
        let report = try buildMatchingFresh(input, site, cache: cache)
        #expect(report.reusedGazetteer)
        #expect(report.extractedArticles == 1)
        let b = try #require(cache.analysis.entry("b.md"))
        #expect(b.storedVotes.isEncoded)
        #expect(b.votes == before)
        #expect(b.votesDigest == PooledGazetteerStore.digest(b.votes))
        // a name the votes pool anew: the stored votes are decoded and pooled with the new ones
        input.write("c.md", try #require(input.read("c.md")) + "\nوزار الجنرال قاسم سليماني بغداد أمس.\n")
        let named = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        #expect(!named.reusedGazetteer)
    }

    /// A string's length that passes the end of the bytes is refused, also when it does so by no more than the
    /// length's own bytes (it was counted against the bytes left before the length was read, and the string read past
    /// the buffer: the one-byte changes above found it).
    @Test func shortStringLengthPastTheEndIsRefused() throws {
        var w = BinaryWriter()
        w.shortString("بغداد")
        let bytes = w.bytes  // a one-byte length, then 10 bytes
        var exact = BinaryReader(bytes)
        #expect(try exact.shortString() == "بغداد")
        for length: UInt8 in [11, 12] {
            var b = bytes
            b[0] = length
            var r = BinaryReader(b)
            #expect(throws: BinaryReader.Corrupt.self) { try r.shortString() }
        }
    }
}
