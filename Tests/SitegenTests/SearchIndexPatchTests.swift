import Foundation
import Testing
@testable import Sitegen
import TestSupport

/// A patched search index (`SearchIndex.patch`) must give every shard the postings, and so the files and
/// content keys, a full index of the same documents gives.
@Suite struct SearchIndexPatchTests {
    static let words = ["العراق", "بغداد", "الموصل", "وزير", "الخارجية", "هجوم", "صاروخ", "بالعراق", "امريكا", "أمريكا",
                        "ايران", "الحكومة", "مجلس", "النواب", "2020", "الرئيس", "انتخابات", "قصف", "مطار", "السفارة"]

    static func documents(_ n: Int, seed: Int) -> [SearchDocument] {
        (0..<n).map { i in
            let text = (0..<(5 + (i * 7 + seed) % 11)).map { words[(i * 13 + $0 * ($0 + seed)) % words.count] }.joined(separator: " ")
            return SearchDocument(title: "عنوان \(i) " + words[(i + seed) % words.count], kind: i % 3 == 0 ? .article : .place,
                                  label: "مقال", path: SitePath("articles/a\(i)"), text: text)
        }
    }

    /// The saved form of a full index of `docs`, as a cached build writes it.
    static func saved(_ docs: [SearchDocument], budget: Int) -> SavedSearchIndex {
        let keys = docs.map(SearchIndex.termKey)
        let sizes = docs.map { SearchIndex.chunkSize(of: $0, linkFrom: SitePath("search")) }
        let index = SearchIndex(documents: docs, fileBudget: budget, keys: keys, sizes: sizes)
        let shardKeys = index.shardTerms.keys.sorted()
        return index.saved(shardKeys: shardKeys, contents: shardKeys.map(index.shardContentKey),
                           layoutKeys: zip(docs, keys).map { SearchIndex.layoutKey(of: $0, termKey: $1) }, sizes: sizes)
    }

    static func patch(_ saved: SavedSearchIndex, _ docs: [SearchDocument], budget: Int) -> SearchIndexPatch? {
        let keys = docs.map(SearchIndex.termKey)
        return SearchIndex.patch(saved, documents: docs, keys: keys,
                                 layoutKeys: zip(docs, keys).map { SearchIndex.layoutKey(of: $0, termKey: $1) },
                                 sizes: docs.map { SearchIndex.chunkSize(of: $0, linkFrom: SitePath("search")) }, fileBudget: budget)
    }

    /// Every shard of the patched index (patched, or read back from the saved postings) against the full index.
    static func expectSame(_ patch: SearchIndexPatch, _ docs: [SearchDocument], budget: Int) throws {
        let full = SearchIndex(documents: docs, fileBudget: budget)
        #expect(patch.shardKeys == full.shardTerms.keys.sorted())
        #expect(patch.index.manifestScript(shardKeys: patch.shardKeys) == full.manifestScript())
        #expect(patch.index.chunkStarts == full.chunkStarts)
        let all = try #require(patch.materialize(patch.shardKeys))
        for key in patch.shardKeys {
            #expect(patch.contentKey(key) == full.shardContentKey(key), "\(key)")
            #expect(all.shards[key] == full.shards[key], "\(key)")
            let files = all.shardFiles(key).map { ($0.name, $0.key, $0.make()) }
            let expected = full.shardFiles(key).map { ($0.name, $0.key, $0.make()) }
            #expect(files.map(\.0) == expected.map(\.0) && files.map(\.1) == expected.map(\.1) && files.map(\.2) == expected.map(\.2), "\(key)")
            if patch.isPatched(key) { #expect(patch.index.shards[key] == full.shards[key], "\(key)") }
        }
    }

    @Test func anEditedDocumentPatchesOnlyTheShardsOfItsChangedTerms() throws {
        var docs = Self.documents(60, seed: 1)
        let saved = Self.saved(docs, budget: 120_000)
        docs[17].text += " كلمةجديدة والحكومة"
        let patch = try #require(Self.patch(saved, docs, budget: 120_000))
        // (the words' terms: their proclitic readings too, كلمةجديدة → لمةجديدة, والحكومة → الحكومه)
        #expect(Set(patch.index.shardTerms.keys) == Set(SearchIndex.terms(of: "كلمةجديدة والحكومة").map(SearchIndex.shardKey)))
        try Self.expectSame(patch, docs, budget: 120_000)
    }

    @Test func documentsAddedRemovedAndMovedAndTermsGoneGiveTheFullIndex() throws {
        let budget = 300  // small enough that shards are split into parts
        var docs = Self.documents(80, seed: 2)
        var saved = Self.saved(docs, budget: budget)
        // a document gone from the middle (every later one moves), one added, one whose only rare word goes
        docs[5].text += " نادرة"
        saved = Self.saved(docs, budget: budget)
        docs[5].text = "نص"
        docs.remove(at: 70)
        docs.append(SearchDocument(title: "جديد", kind: .event, label: "حدث", path: SitePath("events/e1"), text: "اغتيال في بغداد"))
        let patch = try #require(Self.patch(saved, docs, budget: budget))
        try Self.expectSame(patch, docs, budget: budget)
        // the brought-up-to-date saved index, written and read back, patches the next edit as well
        var w = BinaryWriter()
        w.raw(patch.saved.encode())
        var r = BinaryReader(w.bytes)
        let reread = try SavedSearchIndex(decoding: &r)
        docs[0].title = "عنوان آخر تماما"
        docs[70].text += " الموصل الموصل"
        let second = try #require(Self.patch(reread, docs, budget: budget))
        try Self.expectSame(second, docs, budget: budget)
    }

    @Test func tooManyChangesOrAnotherBudgetBuildTheIndexInFull() {
        let docs = Self.documents(40, seed: 3)
        let saved = Self.saved(docs, budget: 120_000)
        #expect(Self.patch(saved, docs, budget: 100_000) == nil)
        let others = Self.documents(20, seed: 4)  // 20 places gone, 20 changed
        #expect(Self.patch(saved, others, budget: 120_000) == nil)
        let few = Self.documents(30, seed: 3)  // 10 places gone: under the minimum of changes a patch is still made
        #expect(Self.patch(saved, few, budget: 120_000) != nil)
        let many = Self.documents(4000, seed: 5)
        #expect(Self.patch(Self.saved(many, budget: 120_000), Self.documents(4000, seed: 6), budget: 120_000) == nil)
    }

    @Test func aDamagedSavedIndexReadsAsNothing() throws {
        let saved = Self.saved(Self.documents(10, seed: 7), budget: 120_000)
        var bytes = saved.encode()
        bytes.removeLast(3)
        var r = BinaryReader(bytes)
        #expect((try? SavedSearchIndex(decoding: &r)) == nil)
    }

    /// The saved index encodes each document's terms as it goes through the shards (`DocumentTermsWriter`): the bytes of
    /// every document must be those `encodeDocument` makes of the document's (term, weight) pairs gathered first.
    @Test func savedDocumentTermsAreTheGatheredPairsEncoded() throws {
        var random = SeededRandom(seed: 7)
        for _ in 0..<50 {
            var pairs: [(term: Int, weight: Int32)] = []
            var term = 0
            for _ in 0..<random.below(40) {
                term += random.below(300)
                pairs.append((term, Int32(1 + random.below(1_000))))
                term += 1
            }
            var writer = DocumentTermsWriter()
            for p in pairs { writer.append(term: p.term, weight: p.weight) }
            #expect(writer.bytes == SavedSearchIndex.encodeDocument(pairs))
        }
        for budget in [300, 5_000] {
            let docs = Self.documents(40, seed: 3)
            let saved = Self.saved(docs, budget: budget)
            var gathered = [[(term: Int, weight: Int32)]](repeating: [], count: docs.count)
            for s in saved.shardNames.indices {
                for (t, postings) in try saved.terms(ofShard: s) {
                    for i in stride(from: 0, to: postings.count, by: 2) { gathered[Int(postings[i])].append((t, postings[i + 1])) }
                }
            }
            for d in docs.indices {
                let bytes = Array(saved.docBytes[Int(saved.docStarts[d])..<Int(saved.docStarts[d + 1])])
                #expect(!gathered[d].isEmpty)
                #expect(bytes == SavedSearchIndex.encodeDocument(gathered[d]))
            }
        }
    }
}
