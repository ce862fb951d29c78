import Foundation
import Testing
@testable import Sitegen
import Resolution
import TestSupport

/// The saved search index of an edit is its file, mapped and left as it is, with what edits changed held beside it
/// (`SavedIndexParts`) and written as a delta (`SearchIndexDelta`): read back, it must be the index the patch made, and
/// patch the next edit to the full index.
@Suite struct SearchIndexDeltaTests {
    /// `SavedIndexParts` against an array of items, on seeded random replacements, additions and resizes.
    @Test func partsAreTheirItems() {
        var random = SeededRandom(seed: 47)
        for round in 0..<200 {
            func item() -> [UInt8] { (0..<random.below(6)).map { _ in UInt8(random.below(256)) } }
            var model = (0..<random.below(12)).map { _ in item() }
            let flat = model.flatMap { $0 }
            var starts = [0]
            for m in model { starts.append(starts.last! + m.count) }
            var parts = round % 2 == 0 ? SavedIndexParts(starts: starts.map { UInt32($0) }, bytes: SavedBytes(flat))
                : SavedIndexParts(starts: starts.map { UInt64($0) }, bytes: SavedBytes(flat))
            for _ in 0..<random.below(10) {
                switch random.below(4) {
                case 0 where !model.isEmpty:
                    let i = random.below(model.count), x = item()
                    model[i] = x
                    parts.replace(i, with: x)
                case 1:
                    let x = item()
                    model.append(x)
                    parts.append(x)
                case 2:
                    let n = random.below(model.count + 4)
                    model = n <= model.count ? Array(model.prefix(n)) : model + Array(repeating: [], count: n - model.count)
                    parts.resize(n)
                default:
                    let i = random.below(model.count + 3), x = item()
                    if i >= model.count { model += Array(repeating: [], count: i + 1 - model.count) }
                    model[i] = x
                    parts.replace(i, with: x)
                }
            }
            #expect(parts.count == model.count, "round \(round)")
            for i in model.indices {
                #expect(parts.withItem(i) { Array($0) } == model[i], "round \(round) item \(i)")
                #expect(parts.itemCount(i) == model[i].count)
            }
            let (outStarts, bytes) = parts.flattened()
            #expect(bytes == model.flatMap { $0 }, "round \(round)")
            var expectedStarts = [0]
            for m in model { expectedStarts.append(expectedStarts.last! + m.count) }
            #expect(outStarts == expectedStarts, "round \(round)")
        }
    }

    private func read(_ store: SearchIndexStore) throws -> SavedSearchIndex { try #require(store.read()) }

    /// A base written whole, edits written as deltas and read back: each read is the patch's index, and patches the
    /// next edit as a full index would; past the delta's share the file is written whole again.
    @Test func deltasReadBackAsThePatchedIndex() throws {
        let dir = TempDir()
        let store = SearchIndexStore(folder: dir.url, toolIdentity: ContentHash(high: 1, low: 2))
        let budget = 400  // (shards cut into parts)
        var docs = SearchIndexPatchTests.documents(90, seed: 8)
        store.write(SearchIndexPatchTests.saved(docs, budget: budget))
        #expect(!FileManager.default.fileExists(atPath: store.deltaFile.path))
        var random = SeededRandom(seed: 11)
        var wroteDelta = false, wroteWhole = false
        for edit in 0..<12 {
            let saved = try read(store)
            switch edit % 4 {
            case 0: docs[random.below(docs.count)].text += " كلمةجديدة\(edit) والحكومة"
            case 1: docs[random.below(docs.count)].title = "عنوان جديد \(edit)"
            case 2: docs.append(SearchDocument(title: "جديد \(edit)", kind: .event, label: "حدث", path: SitePath("events/e\(edit)"),
                                               text: "اغتيال في بغداد نادرة\(edit)"))
            default: docs[random.below(docs.count)].text = "نص قصير"
            }
            var patch = try #require(SearchIndexPatchTests.patch(saved, docs, budget: budget))
            try SearchIndexPatchTests.expectSame(patch, docs, budget: budget)
            for (i, key) in patch.shardKeys.enumerated() where patch.isPatched(at: i) {
                patch.saved.shardParts[patch.shardNumbers[i]] = patch.index.shardParts(key).count
            }
            let hadDelta = patch.saved.delta() != nil
            store.write(patch.saved)
            let delta = FileManager.default.fileExists(atPath: store.deltaFile.path)
            #expect(delta == hadDelta)
            wroteDelta = wroteDelta || delta
            wroteWhole = wroteWhole || !delta
            let reread = try read(store)
            // (the same bytes but for the stamp, which a file written whole again has new)
            let zero = ContentHash(high: 0, low: 0)
            #expect(Array(reread.encodedParts(stamp: zero).joined()) == Array(patch.saved.encodedParts(stamp: zero).joined()), "edit \(edit)")
            #expect(reread.shardParts == patch.saved.shardParts)
        }
        #expect(wroteDelta && wroteWhole)
    }

    /// A delta made for another file (or damaged) is left out: the file is read alone.
    @Test func aDeltaOfAnotherFileIsLeftOut() throws {
        let dir = TempDir()
        let store = SearchIndexStore(folder: dir.url, toolIdentity: ContentHash(high: 3, low: 4))
        var docs = SearchIndexPatchTests.documents(200, seed: 9)
        store.write(SearchIndexPatchTests.saved(docs, budget: 120_000))
        let base = try read(store)
        docs[3].text += " مطار"
        let patch = try #require(SearchIndexPatchTests.patch(base, docs, budget: 120_000))
        store.write(patch.saved)
        #expect(FileManager.default.fileExists(atPath: store.deltaFile.path))
        let delta = try #require(FileManager.default.contents(atPath: store.deltaFile.path))
        // the file written again (another stamp), the old delta put back beside it
        store.write(SearchIndexPatchTests.saved(SearchIndexPatchTests.documents(200, seed: 9), budget: 120_000))
        try delta.write(to: store.deltaFile)
        #expect(try read(store).termKeys == base.termKeys)
        // damaged
        try Data(delta.dropLast(2)).write(to: store.deltaFile)
        #expect(try read(store).termKeys == base.termKeys)
    }

    /// Shard files changed on disk are made again from the saved postings when the edit after keeps their shards by
    /// their counted files.
    @Test func changedShardFilesAreRepairedInAnEdit() throws {
        let input = editCorpus(), out = TempDir()
        for i in 0..<30 {
            input.write("n\(i).md", "---\ntitle: خبر رقم \(i)\ndate: 2021-04-0\(1 + i % 9)\n---\nزار وفد من الموصل مدينة بغداد في اليوم \(i).\n")
        }
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        try buildMatchingFresh(input, site, cache: cache)
        input.write("n3.md", "---\ntitle: خبر رقم 3\ndate: 2021-04-04\n---\nزار وفد من أربيل مدينة النجف في اليوم الثالث.\n")
        try buildMatchingFresh(input, site, cache: cache)
        let shards = siteFiles(site).filter { $0.hasPrefix("search/data/t/") }
        #expect(shards.count > 5)
        for f in shards { try Data("x".utf8).write(to: site.appendingPathComponent(f)) }
        input.write("n4.md", "---\ntitle: خبر رقم 4\ndate: 2021-04-05\n---\nزار وفد من النجف مدينة الموصل وكربلاء.\n")
        try buildMatchingFresh(input, site, cache: cache)
    }

    /// `SiteModel.entitiesByMentions` as it was (kept for this test): entities compared as copies.
    private func entitiesByMentionsAsBefore(_ entities: [Entity]) -> [Int] {
        entities.indices.sorted { a, b in
            let (x, y) = (entities[a], entities[b])
            return x.mentions.count != y.mentions.count ? x.mentions.count > y.mentions.count : x.id < y.id
        }
    }

    @Test func entityOrderIsTheModelsOrder() {
        var random = SeededRandom(seed: 5)
        let pieces = ["a", "b", "al-", "ahmad", "z", "0", "-", "é", "ب", "aaaaaaaa", "aaaaaaab", "x9"]
        for _ in 0..<200 {
            var ids = Set<String>()
            var entities: [Entity] = []
            for _ in 0..<random.below(60) {
                let id = random.text(of: pieces, maxPieces: 5)
                guard ids.insert(id).inserted else { continue }
                entities.append(Entity(id: id, name: id, type: .person,
                                       mentions: (0..<random.below(4)).map { MentionRef(article: 0, mention: $0) }))
            }
            #expect(SearchDocumentSource.entitiesByMentions(entities) == entitiesByMentionsAsBefore(entities))
        }
        let site = PublishFixture.site()
        #expect(SearchDocumentSource.entitiesByMentions(site.corpus.entities) == site.entitiesByMentions)
    }
}
