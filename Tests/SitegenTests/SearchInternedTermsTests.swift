import Testing
@testable import Sitegen
import TestSupport

/// The articles' terms interned beside resolution (`SearchIndex.InternedTerms`, the index then taking their table and
/// adding the other documents' terms to it) make the index, its files and its keys that interning them in the index
/// made; an index made without the documents' keys works them out where they are read.
@Suite struct SearchInternedTermsTests {
    static let words = ["العراق", "بالعراق", "والعراق", "أمريكا", "امريكا", "لأمريكا", "الوزير", "وزير", "الخارجية", "في", "من",
                        "قال", "بغداد", "وبغداد", "١٢", "2024", "Stade", "France", "مؤتمر", "المؤتمر", "إنّ", "ـ", "الصحفي", "حدث"]

    /// Seeded documents: entities and events first, then articles (as `SearchDocumentSource` orders them), of
    /// words from `words` and random Arabic and Latin letters.
    static func documents(seed: UInt64, count: Int) -> [SearchDocument] {
        var random = SeededRandom(seed: seed)
        func text(_ most: Int) -> String {
            (0..<random.below(most)).map { _ in
                random.below(4) == 0 ? random.scalars(from: [0x0621...0x064A, 0x61...0x7A], maxScalars: 7) : words[random.below(words.count)]
            }.joined(separator: " ")
        }
        return (0..<count).map { d in
            let kind: SearchDocument.Kind = d < count / 4 ? .person : d < count / 3 ? .event : .article
            return SearchDocument(title: text(5), kind: kind, label: "مقال", path: SitePath("x/\(d)"),
                                  altTitles: kind == .article ? [] : (0..<random.below(3)).map { _ in text(3) }, text: text(80),
                                  date: d % 5 == 0 ? nil : "2024-01-\(d % 28 + 1)")
        }
    }

    /// The articles' lists read by one reader, as `SearchArticleTerms` reads them.
    static func articleLists(_ docs: [SearchDocument]) -> (names: [String], lists: [Int: [Int32]]) {
        var reader = SearchTermReader(id: 0)
        var lists: [Int: [Int32]] = [:]
        for d in docs.indices where docs[d].kind == .article { lists[d] = reader.weightedTerms(of: docs[d]) }
        return (reader.names, lists)
    }

    static func expectSameFiles(_ a: SearchIndex, _ b: SearchIndex) {
        #expect(a.shards == b.shards)
        #expect(a.chunkStarts == b.chunkStarts)
        #expect(a.manifestScript() == b.manifestScript())
        #expect(Set(a.shardTerms.keys) == Set(b.shardTerms.keys))
        for key in b.shardTerms.keys {
            #expect(a.shardContentKey(key) == b.shardContentKey(key), "\(key)")
            let files = a.shardFiles(key).map { ($0.name, $0.key, $0.make()) }
            let expected = b.shardFiles(key).map { ($0.name, $0.key, $0.make()) }
            #expect(files.map(\.0) == expected.map(\.0) && files.map(\.1) == expected.map(\.1) && files.map(\.2) == expected.map(\.2), "\(key)")
        }
        for k in 0..<b.chunkCount {
            #expect(a.chunkContentKey(k) == b.chunkContentKey(k))
            #expect(a.documentChunkBytes(k, from: SitePath("search")) == b.documentChunkBytes(k, from: SitePath("search")))
        }
    }

    @Test(arguments: [1 as UInt64, 2, 3, 4]) func internedBeforehandMakesTheSameIndex(seed: UInt64) throws {
        let docs = Self.documents(seed: seed, count: 160 + Int(seed) * 37)
        let (names, lists) = Self.articleLists(docs)
        let interned = try #require(SearchIndex.InternedTerms(names))
        #expect(interned.sameIDs)
        // (a small budget too, so that shards are cut into parts)
        for budget in [SearchIndex.defaultFileBudget, 1_500] {
            for jobs in [1, 3] {
                // the former way: the keys made, the preread terms interned by the index
                let keys = docs.map(SearchIndex.termKey)
                let former = SearchIndex(documents: docs, jobs: jobs, fileBudget: budget, keys: keys,
                                         preread: SearchIndex.PrereadTerms(names: names) { lists[$0] })
                let plain = SearchIndex(documents: docs, jobs: jobs, fileBudget: budget)
                let beforehand = SearchIndex(documents: docs, jobs: jobs, fileBudget: budget,
                                             preread: SearchIndex.PrereadTerms(names: names, interned: SearchIndex.InternedTerms(names)) { lists[$0] })
                #expect(!former.shards.isEmpty)
                #expect(former.termKeys == keys)
                #expect(plain.termKeys.isEmpty && beforehand.termKeys.isEmpty)
                Self.expectSameFiles(beforehand, former)
                Self.expectSameFiles(plain, former)
                for d in docs.indices { #expect(beforehand.termKey(ofDocument: d) == keys[d]) }
                let layout = docs.indices.map { SearchIndex.layoutKey(of: docs[$0], termKey: keys[$0]) }
                let sizes = docs.map { SearchIndex.chunkSize(of: $0, linkFrom: SitePath("search")) }
                let shardKeys = SearchIndex.sortedShardKeys(former.shardTerms.keys)
                let contents = shardKeys.map(former.shardContentKey)
                #expect(plain.saved(shardKeys: shardKeys, contents: contents, layoutKeys: layout, sizes: sizes).termKeys == keys)
            }
        }
    }

    /// Names that intern to fewer terms (the same name twice) give ids of their own; the term lists are mapped to them.
    @Test func namesGivenTwiceAreMapped() throws {
        let docs = Self.documents(seed: 9, count: 120)
        let (names, lists) = Self.articleLists(docs)
        // every list's terms moved up one, after a name that repeats the last one
        let shifted = [names[names.count - 1]] + names
        let moved = lists.mapValues { e in e.enumerated().map { $0.offset % 2 == 0 ? $0.element + 1 : $0.element } }
        let interned = try #require(SearchIndex.InternedTerms(shifted))
        #expect(!interned.sameIDs)
        #expect(interned.ids[0] == interned.ids[shifted.count - 1])
        let plain = SearchIndex(documents: docs)
        for jobs in [1, 3] {
            let beforehand = SearchIndex(documents: docs, jobs: jobs,
                                         preread: SearchIndex.PrereadTerms(names: shifted, interned: interned) { moved[$0] })
            Self.expectSameFiles(beforehand, plain)
        }
    }

    /// Interning stops when asked (before every 4,096th name), giving nothing.
    @Test func interningStopsWhenAsked() {
        let names = (0..<10_000).map { "ك\($0)" }
        var asked = 0
        #expect(SearchIndex.InternedTerms(names) { asked += 1; return asked > 2 } == nil)
        #expect(asked == 3)
        let all = SearchIndex.InternedTerms(names) { false }
        #expect(all?.ids == (0..<10_000).map(Int32.init))
        #expect(all?.table.names == names)
    }

    /// The article texts measured as they are read give the chunk sizes `chunkSize(of:)` gives their documents (texts
    /// past `maxTextScalars`, escapes and empty ones too); an article not read is measured by `chunkSize(of:)`.
    @Test func articleTextsMeasuredWhenRead() {
        var random = SeededRandom(seed: 77)
        var titles = SearchArticleTermsTests.titles, bodies = SearchArticleTermsTests.bodies
        for _ in 0..<60 {
            titles.append(random.text(of: Self.words.map { $0 + " " }, maxPieces: 6))
            let long = random.below(6) == 0 ? String(repeating: "كلمة \"مقتبسة\" ", count: 2_000) : ""
            bodies.append(ArticleBody(markdown: random.text(of: Self.words.map { $0 + " " } + ["\n\n", "\"", "\\", "\t", "<b>", "&"], maxPieces: 90) + long))
        }
        let terms = SearchArticleTerms()
        var asked = 0
        terms.read(titles: titles, bodies: bodies) { asked += 1; return asked > titles.count - 5 }
        #expect(terms.readCount == titles.count - 5)
        for a in titles.indices {
            let doc = SearchDocument(title: titles[a], kind: .article, label: "مقال", path: SitePath("articles/\(a)"),
                                     text: SearchDocumentSource.articleText(bodies[a]), date: a % 3 == 0 ? nil : "٢٠٢٤")
            let size = terms.textSize(a)
            #expect((size == nil) == (a >= terms.readCount))
            #expect(SearchIndex.chunkSize(of: doc, linkFrom: SitePath("search"), textSize: size) == SearchIndex.chunkSize(of: doc, linkFrom: SitePath("search")))
        }
    }

    /// `SearchArticleTerms` interns what it read, and the index it feeds is the same as one reading every document.
    @Test func articleTermsComeInterned() throws {
        let terms = SearchArticleTerms()
        terms.read(titles: SearchArticleTermsTests.titles, bodies: SearchArticleTermsTests.bodies) { false }
        let interned = try #require(terms.interned)
        #expect(interned.sameIDs && interned.table.names == terms.names)
        let stopped = SearchArticleTerms()
        stopped.read(titles: SearchArticleTermsTests.titles, bodies: SearchArticleTermsTests.bodies) { true }
        #expect(stopped.readCount == 0 && stopped.interned == nil)
    }
}
