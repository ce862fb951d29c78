import Foundation
import Testing
import ArabicText
import Extraction
@testable import Sitegen

/// The corpus gazetteer kept between builds (`PooledGazetteerStore`): an edit that changes no article's pooled
/// votes reads it back instead of pooling, one that does pools again, and the site is byte for byte the one a
/// build without the cache makes either way.
@Suite struct PooledGazetteerTests {
    /// A names a general with his title; B names him by his surname alone; C names no one but a country.
    static func corpus() -> TempDir {
        let input = TempDir()
        input.write("a.md", "---\ntitle: زيارة\ndate: 2021-04-01\n---\nوصل الجنرال ماهر الكبيسي إلى عمان صباح اليوم.\n")
        input.write("b.md", "---\ntitle: محادثات\ndate: 2021-04-02\n---\nوقال الكبيسي إن المحادثات كانت مثمرة.\n")
        input.write("c.md", "---\ntitle: طقس\ndate: 2021-04-03\n---\nتشهد الأردن موجة حر هذا الأسبوع.\n")
        return input
    }

    private func append(_ input: TempDir, _ path: String, _ text: String) throws {
        input.write(path, try #require(input.read(path)) + text)
    }

    @Test func paragraphNamingNoOneReusesTheGazetteer() throws {
        let input = Self.corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        #expect(try buildSite(input: input.url, output: site, cache: BuildCache(output: site)).reusedGazetteer == false)
        try append(input, "c.md", "\nوتنخفض درجات الحرارة نهاية الأسبوع.\n")
        let report = try buildMatchingFresh(input, site, cache: BuildCache(output: site))  // read back from disk
        #expect(report.reusedGazetteer)
        #expect(report.extractedArticles == 1)
    }

    @Test func newNamePoolsAgainThenIsReused() throws {
        let input = Self.corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        // a new titled name: C's votes change, the gazetteer is pooled again and reaches no other article
        try append(input, "c.md", "\nوقالت الوزيرة سلمى العبادي إن الحكومة مستعدة.\n")
        let named = try buildMatchingFresh(input, site, cache: cache)
        #expect(!named.reusedGazetteer)
        // the next plain edit finds the new gazetteer kept
        try append(input, "b.md", "\nوانتهى الاجتماع مساء.\n")
        let plain = try buildMatchingFresh(input, site, cache: BuildCache(output: site))
        #expect(plain.reusedGazetteer)
        // taking the name away pools again (and the site loses her page, as a fresh build does)
        input.write("c.md", "---\ntitle: طقس\ndate: 2021-04-03\n---\nتشهد الأردن موجة حر هذا الأسبوع.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedGazetteer == false)
    }

    @Test func damagedOrForeignGazetteerFileIsPooledAgain() throws {
        let input = Self.corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        let file = cache.folder.appendingPathComponent("pooled-gazetteer.bin")
        let bytes = try [UInt8](Data(contentsOf: file))
        try Data(bytes.prefix(bytes.count / 2)).write(to: file)  // cut short
        try append(input, "c.md", "\nوتنخفض درجات الحرارة.\n")
        #expect(try buildMatchingFresh(input, site, cache: BuildCache(output: site)).reusedGazetteer == false)
        try Data([1, 2, 3]).write(to: file)  // another file altogether
        try append(input, "c.md", "\nوتعود الحرارة للارتفاع.\n")
        #expect(try buildMatchingFresh(input, site, cache: BuildCache(output: site)).reusedGazetteer == false)
    }

    /// A gazetteer pooled from discovered names reads back with the same trie, values and tables, and matches as the
    /// original does; under another key it reads as nothing.
    @Test func pooledGazetteerRoundTrips() throws {
        let extractor = EntityExtractor()
        let texts = ["قال الرئيس عبد المجيد تبون إن الجزائر مستعدة.", "التقى وزير الخارجية أحمد عطاف نظيره في وهران.",
                     "وقال تبون إن مطار هواري بومدين الدولي سيوسع.", "أعلنت الشركة الوطنية للكهرباء والغاز (سونلغاز) عن خطة."]
        let votes = texts.enumerated().map { i, t in extractor.poolVotes(extractor.discover(in: Document(id: "\(i)", blocks: [t]))) }
        let g = extractor.pool(votes: votes)
        #expect(g.names.count > 3)
        let dir = TempDir()
        let store = PooledGazetteerStore(folder: dir.url, toolIdentity: ContentHash(high: 1, low: 2))
        let key = PooledGazetteerStore.key(seed: ContentHash(high: 3, low: 4), votes: votes, jobs: 2)
        store.write(key, g)
        let back = try #require(store.read(key))
        #expect(back.names.storage == g.names.storage)
        #expect(back.names.values == g.names.values)
        #expect(back.typeOfKey == g.typeOfKey && back.trims == g.trims && back.shortForms == g.shortForms)
        #expect(GazetteerView(back) == GazetteerView(g))
        for t in texts + ["وصل تبون وعطاف إلى وهران"] {
            let tokens = Tokenizer.tokenize(t)
            #expect(back.names.matches(in: tokens).map { "\($0.tokens)\($0.value)" } == g.names.matches(in: tokens).map { "\($0.tokens)\($0.value)" })
        }
        #expect(store.read(PooledGazetteerStore.key(seed: ContentHash(high: 3, low: 5), votes: votes, jobs: 1)) == nil)
        // the key covers every article's votes and their order
        #expect(PooledGazetteerStore.key(seed: ContentHash(high: 3, low: 4), votes: votes.reversed(), jobs: 1) != key)
        var changed = votes
        changed[1].followers.append("اليوم")
        #expect(PooledGazetteerStore.key(seed: ContentHash(high: 3, low: 4), votes: changed, jobs: 1) != key)
    }

    /// Trie arrays that do not form a trie are refused: a child out of range, a node with two parents, a value
    /// index past the values, extra edges on a node without a first one.
    @Test func inconsistentTrieIsRefused() throws {
        var g = Gazetteer<Int>()
        g.insert("بغداد", value: 1)
        g.insert("بغلان", value: 2)
        let s = g.storage
        #expect(Gazetteer(storage: s, values: [1, 2]) != nil)
        #expect(Gazetteer(storage: s, values: [1]) == nil)
        var outOfRange = s
        outOfRange.firstEdge[1] = UInt64(0x0644) << 32 | UInt64(s.firstEdge.count)
        #expect(Gazetteer(storage: outOfRange, values: [1, 2]) == nil)
        var twoParents = s
        let last = s.firstEdge.count - 1
        twoParents.firstEdge[last] = UInt64(0x0627) << 32 | 1
        #expect(Gazetteer(storage: twoParents, values: [1, 2]) == nil)
        var loneExtra = s
        loneExtra.moreEdges.append((node: last, edges: [UInt64(0x0627) << 32 | 2]))
        #expect(Gazetteer(storage: loneExtra, values: [1, 2]) == nil)
    }
}
