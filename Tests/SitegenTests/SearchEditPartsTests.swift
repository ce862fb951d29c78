import Foundation
import Testing
@testable import Sitegen
import TestSupport

/// The parts a one-article edit's search index was made cheaper by (session 46) against what they replaced, kept here:
/// shard file names, spliced saved blobs, chunk keys from saved layout keys, document kinds, saved hashes.
@Suite struct SearchEditPartsTests {
    /// The shard file name as it was made before (a hex string per scalar, joined).
    static func oldShardFileName(_ key: String) -> String {
        key.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-")
    }

    @Test func shardFileNamesAreTheScalarsInHex() {
        for key in ["", "a", "0", "عر", "ال", "الع", "\u{10FFFF}", "\u{0}", "é", "x\u{1F600}y", "ﻻ"] {
            #expect(SearchIndex.shardFileName(key) == Self.oldShardFileName(key), "\(key)")
        }
        var random = SeededRandom(seed: 46)
        for _ in 0..<2000 {
            let key = random.scalars(from: [0x20...0x7E, 0x600...0x6FF, 0x80...0x7FF, 0x800...0xFFFF, 0x10000...0x10FFFF],
                                     maxScalars: 4)
            #expect(SearchIndex.shardFileName(key) == Self.oldShardFileName(key), "\(Array(key.unicodeScalars))")
        }
    }

    /// What `spliced` replaced: every item looked up and appended one at a time.
    static func oldSpliced(_ bytes: [UInt8], starts: [UInt32], count: Int, replacing: [Int: [UInt8]]) -> ([UInt8], [UInt32]) {
        var out: [UInt8] = [], outStarts: [UInt32] = [0]
        for i in 0..<count {
            if let r = replacing[i] { out += r } else { out += bytes[Int(starts[i])..<Int(starts[i + 1])] }
            outStarts.append(UInt32(out.count))
        }
        return (out, outStarts)
    }

    @Test func splicedItemsAreTheItemsWithTheReplacedOnesPutIn() {
        var random = SeededRandom(seed: 7)
        for round in 0..<500 {
            let items = random.below(30)
            var bytes: [UInt8] = [], starts: [UInt32] = [0]
            for _ in 0..<items {
                for _ in 0..<random.below(5) { bytes.append(UInt8(random.below(256))) }
                starts.append(UInt32(bytes.count))
            }
            // as many items, or more (places added at the end, each replaced), or fewer (places gone)
            let count = max(0, items + random.below(7) - 3)
            var replacing: [Int: [UInt8]] = [:]
            for i in 0..<count where i >= items || random.below(4) == 0 {
                replacing[i] = (0..<random.below(4)).map { _ in UInt8(random.below(256)) }
            }
            if round % 5 == 0, count > 0 { replacing[count + 2] = [9] }  // (past the end: left out)
            let (out, outStarts) = SearchIndex.spliced(bytes, starts: starts, count: count, replacing: replacing)
            let expected = Self.oldSpliced(bytes, starts: starts, count: count, replacing: replacing.filter { $0.key < count })
            #expect(out == expected.0 && outStarts == expected.1, "round \(round)")
        }
    }

    /// The chunk key as it was made before, from the documents' fields.
    static func oldChunkContentKey(_ index: SearchIndex, _ k: Int) -> ContentHash {
        var h = ContentHasher()
        h.combine(k)
        for d in index.chunkRange(k) {
            let doc = index.documents[d]
            h.combine(index.termKey(ofDocument: d))
            h.combine(doc.label)
            h.combine(doc.kind.rawValue)
            h.combine(doc.path.folder)
            h.combine(doc.date ?? "")
            h.combine(doc.date == nil ? 0 : 1)
        }
        return h.finalize()
    }

    @Test func chunkKeysFromSavedLayoutKeysAreThoseFromTheDocuments() {
        for seed in 0..<6 {
            var docs = SearchIndexPatchTests.documents(90, seed: seed)
            for d in docs.indices where d % 4 == seed % 4 { docs[d].date = "\(d) مارس 2016" }
            let keys = docs.map(SearchIndex.termKey)
            var index = SearchIndex(documents: docs, fileBudget: 6_000, keys: keys)
            let fromDocuments = index.chunkStarts.indices.map(index.chunkContentKey)
            index.layoutKeys = zip(docs, keys).map { SearchIndex.layoutKey(of: $0, termKey: $1) }
            #expect(index.chunkCount > 3)
            #expect(index.chunkStarts.indices.map(index.chunkContentKey) == fromDocuments)
            // as discerning as the old keys: two chunks' keys are equal exactly when the old keys are
            let old = index.chunkStarts.indices.map { Self.oldChunkContentKey(index, $0) }
            #expect(Set(old).count == Set(fromDocuments).count)
            // a change of any field a chunk shows changes its key
            for change in 0..<4 {
                var changed = docs
                switch change {
                case 0: changed[5].label += "x"
                case 1: changed[5].path = SitePath("articles/other")
                case 2: changed[5].date = changed[5].date == nil ? "1 مارس 2016" : nil
                default: changed[5].title += " جديد"
                }
                let other = SearchIndex(documents: changed, fileBudget: 6_000, keys: changed.map(SearchIndex.termKey))
                let k = index.chunkStarts.lastIndex { $0 <= 5 }!
                if other.chunkStarts == index.chunkStarts { #expect(other.chunkContentKey(k) != fromDocuments[k], "change \(change)") }
            }
        }
    }

    @Test func documentKindsAndCountsAreTheStubs() {
        let site = PublishFixture.site()
        let source = SearchDocumentSource(site: site)
        let kinds = (0..<source.count).map { source.stub($0).kind }
        #expect((0..<source.count).map(source.kind) == kinds)
        #expect(source.entityCount == kinds.count { $0 == .person || $0 == .organization || $0 == .place })
        #expect(source.eventCount == kinds.count { $0 == .event })
        #expect(source.entityCount > 0 && source.eventCount > 0)
    }

    @Test func savedHashesAndWordsAreWhatTheyReplaced() {
        var random = SplitMix64(seed: 46)
        for count in [0, 1, 2, 17, 300] {
            let hashes = (0..<count).map { _ in ContentHash(high: random.next(), low: random.next()) }
            let words = SavedSearchIndex.words(hashes)
            #expect(words == hashes.flatMap { [$0.high, $0.low] })
            #expect(SavedSearchIndex.hashes(words) == hashes)
            #expect(SavedSearchIndex.hashes(words + [1]) == nil)
        }
        var seeded = SeededRandom(seed: 3)
        for _ in 0..<300 {
            var a = (0..<seeded.below(12)).map { _ in UInt32(seeded.below(5)) }
            if seeded.below(2) == 0 { a.sort() }
            #expect(SavedSearchIndex.ascending(a) == zip(a, a.dropFirst()).allSatisfy { $0 <= $1 }, "\(a)")
        }
    }
}
