import Foundation
import Testing
import ArabicDates
import TestSupport
@testable import Sitegen

/// The article and event pages an edit keeps through `UnitPageMemo`, and the lists, index, home and graph pages it keeps
/// through `FamilyPageMemo` (by the keys the last build recorded), are the pages, and the keys, that keying every page
/// anew gives: the memos are checked against the generators without them.
@Suite struct UnitPageMemoTests {
    /// The memos of one series of builds.
    struct Memos {
        let units: UnitPageMemo.Families
        let families: FamilyPageMemo.Families
        init(_ folder: URL, _ tool: ContentHash) {
            units = UnitPageMemo.Families(folder: folder, toolIdentity: tool)
            families = FamilyPageMemo.Families(folder: folder, toolIdentity: tool)
        }
        var articles: UnitPageMemo { units.articles }
        var events: UnitPageMemo { units.events }
        /// How many times a whole family was kept.
        var familiesKept: Int { [families.entityLists, families.indexLetters, families.index, families.home, families.graph].map(\.kept).reduce(0, +) }
    }

    /// The article, event and data files of `site` rendered into `output` as a cached build renders them (with the
    /// memos when given); returns the keys recorded for the files.
    private func render(_ site: SiteModel, _ output: URL, memos: Memos?) throws -> [String: ContentHash] {
        let cache = BuildCache(output: output)
        cache.beginBuild()
        let templates = try TemplateSet(folder: Repo.templates)
        let staged = try StagedOutput(output: output)
        let reuse = cache.outputReuse(output: output, templates: templates.theme)
        staged.reuse = reuse
        if let memos {
            site.shared.set(memos.units)
            site.shared.set(memos.families)
        }
        let sink = OutputSink(staged: staged, templates: templates, site: site, sections: [])
        let generators: [any SiteGenerator] = [HomePage(site: site), ArticlePages(site: site), EntityListPages(site: site),
                                               EventPages(site: site), DataExports(site: site), IndexPage(site: site),
                                               IndexLetterPages(site: site), RelationGraphPage(site: site)]
        for g in generators { try g.generate(into: sink, jobs: 2) }
        try staged.commit()
        cache.commitBuild(reuse)
        reuse.recordCommitted()
        return reuse.entries.mapValues(\.key)
    }

    private typealias Articles = FixtureArticles

    /// Renders the same model with the memos and without, each into its own folder, and compares keys and files.
    private func compare(_ articles: Articles, sizes: ListSizes, memos: Memos, _ withMemo: URL, _ without: URL,
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let kept = try render(PublishFixture.site(sizes: sizes, articles: articles), withMemo, memos: memos)
        let keyed = try render(PublishFixture.site(sizes: sizes, articles: articles), without, memos: nil)
        #expect(kept == keyed, sourceLocation: sourceLocation)
        #expect(siteContents(withMemo) == siteContents(without), sourceLocation: sourceLocation)
    }

    /// An unchanged model keeps every article and event page through the memos; a paragraph naming no one keys again
    /// only its article's page and the events it is a source of; the pages and keys are those of keying anew.
    @Test func anEditKeysOnlyThePagesItReaches() throws {
        let dir = TempDir()
        let memos = Memos(dir.url.appendingPathComponent("cache"), ContentHash(high: 1, low: 2))
        let a = dir.url.appendingPathComponent("a"), b = dir.url.appendingPathComponent("b")
        let sizes = ListSizes.all(1)
        var articles = PublishFixture.articles
        try compare(articles, sizes: sizes, memos: memos, a, b)
        #expect(memos.articles.kept == 0 && memos.events.kept == 0 && memos.familiesKept == 0)
        try compare(articles, sizes: sizes, memos: memos, a, b)
        #expect(memos.familiesKept == 5)
        let site = PublishFixture.site()
        #expect(memos.articles.kept == site.articles.count)
        #expect(memos.events.kept == site.corpus.events.count)
        articles[1].blocks.append("وكان الطقس معتدلا في ذلك اليوم.")
        try compare(articles, sizes: sizes, memos: memos, a, b)
        let reached = site.corpus.events.filter { $0.sources.contains { $0.article == 1 } }.count
        #expect(reached > 0 && reached < site.corpus.events.count)
        #expect(memos.articles.kept == 2 * site.articles.count - 1)
        #expect(memos.events.kept == 2 * site.corpus.events.count - reached)
        // (the lists, index and graph read no article's text; the home page sums up the latest articles, this one too)
        #expect(memos.familiesKept == 9)
    }

    /// Seeded random series of edits (paragraphs with and without names, titles, dates, articles added and removed
    /// (not the first two, whose sentences the fixture's events are), nothing), at random list sizes: after each, the memos' pages and keys are those of keying anew.
    @Test func randomEditsKeepWhatKeyingAnewKeeps() throws {
        let plain = ["وكان الطقس معتدلا في ذلك اليوم.", "وأضاف المتحدث أن الوضع هادئ."]
        let named = ["وزار إسماعيل قاآني العراق مرة أخرى.", "وقالت إيران إن أمريكا تتحمل المسؤولية.",
                     "وقصفت كتائب حزب الله مواقع في الأنبار."]
        let allBlocks = PublishFixture.articles.flatMap(\.blocks)
        var keptArticles = 0, keptEvents = 0, keptFamilies = 0
        for seed in UInt64(1)...6 {
            var rng = SplitMix64(seed: seed)
            let dir = TempDir()
            let memos = Memos(dir.url.appendingPathComponent("cache"), ContentHash(high: seed, low: 2))
            let a = dir.url.appendingPathComponent("a"), b = dir.url.appendingPathComponent("b")
            var sizes = ListSizes.all(Int.random(in: 1...3, using: &rng))
            sizes.sources = Int.random(in: 1...2, using: &rng)
            var articles = PublishFixture.articles
            try compare(articles, sizes: sizes, memos: memos, a, b)
            for _ in 0..<6 {
                let k = Int.random(in: 0..<articles.count, using: &rng)
                switch Int.random(in: 0..<7, using: &rng) {
                case 0: articles[k].blocks.append(plain.randomElement(using: &rng)!)
                case 1: articles[k].blocks.append(named.randomElement(using: &rng)!)
                case 2: articles[k].title += " " + String(Int.random(in: 1...9, using: &rng))
                case 3: articles[k].date = PartialDate(year: Int.random(in: 2019...2022, using: &rng), month: 1 + k, day: 1 + k)
                // (not the first two: the fixture's events are sentences of theirs)
                case 4 where articles.count > 3 && k >= 2: articles.remove(at: k)
                case 5: articles.append((title: "مقال \(articles.count)", date: PartialDate(year: 2021, month: 6, day: 1),
                                         blocks: [allBlocks.randomElement(using: &rng)!]))
                default: break
                }
                try compare(articles, sizes: sizes, memos: memos, a, b)
            }
            keptArticles += memos.articles.kept
            keptEvents += memos.events.kept
            keptFamilies += memos.familiesKept
        }
        #expect(keptArticles > 0 && keptEvents > 0 && keptFamilies > 0)
    }
}

/// The data exports' keys made from `ModelDigest`'s parts change whenever the keys made by walking the corpus for each
/// file (as before session 47, kept here) change: no edit that changes a file keeps it.
@Suite struct DataExportKeysFromDigestTests {
    private func combine(_ d: PartialDate?, _ h: inout ContentHasher) {
        guard let d else { h.combine(-1); return }
        h.combine(d.year)
        h.combine(d.month ?? -1)
        h.combine(d.day ?? -1)
    }

    /// The four keys as session 46 made them: entities.json, events.json, events.csv, articles.json.
    private func before47(_ site: SiteModel) -> [ContentHash] {
        func articleIDs(_ h: inout ContentHasher) {
            h.combine(site.articlePaths.count)
            for p in site.articlePaths { h.combine(p.folder) }
        }
        var entities = ContentHasher()
        articleIDs(&entities)
        for (e, entity) in site.corpus.entities.enumerated() {
            entities.combine(entity.id)
            entities.combine(entity.name)
            entities.combine(entity.type.rawValue)
            entities.combine(entity.variants)
            entities.combine(entity.aliases)
            entities.combine(entity.mentions.count)
            for m in entity.mentions { entities.combine(m.article); entities.combine(m.mention) }
            entities.combine(site.entityPaths[e].folder)
        }
        var events = [ContentHasher(), ContentHasher()]
        for csv in [0, 1] {
            articleIDs(&events[csv])
            for entity in site.corpus.entities {
                events[csv].combine(entity.id)
                if csv == 1 { events[csv].combine(entity.name) }
            }
            for i in site.eventsByDate {
                let ev = site.corpus.events[i]
                events[csv].combine(ev.id)
                events[csv].combine(ev.title)
                events[csv].combine(ev.type.rawValue)
                events[csv].combine(ev.subtype)
                combine(ev.date, &events[csv])
                events[csv].combine((ev.dateInferred ? 1 : 0) | (ev.dateReported ? 2 : 0))
                for list in [ev.places, ev.actors, ev.targets] { events[csv].combine(list.count); for x in list { events[csv].combine(x) } }
                events[csv].combine(ev.placeNames)
                events[csv].combine(ev.actorNames)
                events[csv].combine(ev.targetNames)
                let quantities = ev.quantities.keys.sorted { ($0.what, $0.value) < ($1.what, $1.value) }
                for q in quantities { events[csv].combine(q.what); events[csv].combine(q.value); events[csv].combine(ev.quantities[q]!.count) }
                for src in ev.sources {
                    events[csv].combine(src.article)
                    events[csv].combine(src.event)
                    events[csv].combine(src.dateText)
                    if csv == 1 {
                        events[csv].combine(site.articles[src.article].file)
                    } else {
                        site.combineSentenceText(article: src.article, sentence: site.extractions[src.article].events[src.event].sentence, into: &events[csv])
                    }
                }
                events[csv].combine(site.eventPaths[i].folder)
            }
        }
        var articles = ContentHasher()
        for i in site.articles.indices {
            let a = site.articles[i]
            combine(a.date, &articles)
            for s in [a.file, a.source ?? "\u{0}", a.title, a.url ?? "\u{0}", a.dateSource.rawValue, site.articlePaths[i].folder] { articles.combine(s) }
            for c in site.copies[i] {
                combine(c.date, &articles)
                for s in [c.file, c.source ?? "\u{0}", c.title, c.url ?? "\u{0}"] { articles.combine(s) }
            }
        }
        return [entities.finalize(), events[0].finalize(), events[1].finalize(), articles.finalize()]
    }

    private func keys(_ site: SiteModel) -> [ContentHash] {
        let d = DataExports(site: site)
        let events = d.eventsKeys()
        return [d.entitiesKey(), events.json, events.csv, d.articlesKey()]
    }

    @Test func aKeyChangesWheneverTheCorpusWalkDid() {
        let plain = ["وكان الطقس معتدلا في ذلك اليوم.", "وأضاف المتحدث أن الوضع هادئ."]
        let named = ["وزار إسماعيل قاآني العراق مرة أخرى.", "وقالت إيران إن أمريكا تتحمل المسؤولية.",
                     "وقصفت كتائب حزب الله مواقع في الأنبار."]
        var changes = 0, kept = 0
        for seed in UInt64(1)...8 {
            var rng = SplitMix64(seed: seed)
            var articles = PublishFixture.articles
            var site = PublishFixture.site(articles: articles)
            for _ in 0..<8 {
                let k = Int.random(in: 0..<articles.count, using: &rng)
                switch Int.random(in: 0..<7, using: &rng) {
                case 0: articles[k].blocks.append(plain.randomElement(using: &rng)!)
                case 1: articles[k].blocks.append(named.randomElement(using: &rng)!)
                case 2: articles[k].title += " " + String(Int.random(in: 1...9, using: &rng))
                case 3: articles[k].date = PartialDate(year: Int.random(in: 2019...2022, using: &rng), month: 1 + k, day: 1 + k)
                case 4: articles[1].blocks[0] = ["قصفت كتائب حزب الله قاعدة عين الأسد في الأنبار بالقذائف.",
                                                 "قصفت كتائب حزب الله قاعدة عين الأسد في الأنبار بالصواريخ."].randomElement(using: &rng)!
                case 5: articles.append((title: "مقال \(articles.count)", date: PartialDate(year: 2021, month: 6, day: 1),
                                         blocks: [named.randomElement(using: &rng)!]))
                default: break
                }
                let next = PublishFixture.site(articles: articles)
                let (old0, old1) = (before47(site), before47(next)), (new0, new1) = (keys(site), keys(next))
                for f in 0..<4 {
                    if old0[f] != old1[f] { #expect(new0[f] != new1[f], "file \(f), seed \(seed)"); changes += 1 } else if new0[f] == new1[f] { kept += 1 }
                }
                site = next
            }
        }
        #expect(changes > 20 && kept > 20)
    }
}

/// `ContentHasher` takes the last 1…15 bytes of a run in at most two loads (session 47), where it took them byte by
/// byte: the old way is kept here. Two runs must hash equal exactly when the old way hashed them equal (exactly when
/// they are equal), on seeded random runs of every length up to 70 and on runs that differ in one byte or in length.
@Suite struct ContentHasherTailTests {
    /// `combine(_: UnsafeRawBufferPointer)`'s lanes as before session 47 (the tail read byte by byte), finalized.
    private func before47(_ bytes: [UInt8]) -> [UInt64] {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15, b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        func fold(_ x: UInt64, _ y: UInt64) -> UInt64 { let p = x.multipliedFullWidth(by: y); return p.high ^ p.low }
        func block(_ x: UInt64, _ y: UInt64) {
            let na = fold(x ^ a ^ 0xA076_1D64_78BD_642F, y ^ 0xE703_7ED1_A0B4_28DB)
            let nb = fold(x ^ 0x8EBC_6AF0_9C88_C6E3, y ^ b ^ 0x5899_65CC_7537_4CC3)
            a = na
            b = nb &+ x
        }
        func word(_ i: Int) -> UInt64 { (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[i + $1]) << (8 * UInt64($1)) } }
        let n = bytes.count
        var i = 0
        while i + 16 <= n { block(word(i), word(i + 8)); i += 16 }
        var x: UInt64 = 0, y: UInt64 = 0, shift: UInt64 = 0
        if i + 8 <= n {
            x = word(i)
            i += 8
            while i < n { y |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
        } else {
            while i < n { x |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
        }
        block(x ^ (UInt64(n) << 1 | 1), y &+ UInt64(n) &* 0x9FB2_1C65_1E98_DF25)
        return [a, b]
    }

    @Test func equalExactlyWhenTheOldWayWasEqual() {
        var rng = SplitMix64(seed: 47)
        var runs: [[UInt8]] = [[]]
        for n in 1...70 {
            for _ in 0..<6 {
                let run = (0..<n).map { _ in UInt8.random(in: 0...3, using: &rng) }
                runs.append(run)
                for k in [0, n / 2, n - 1] {  // one byte changed: first, middle, last
                    var other = run
                    other[k] &+= 1
                    runs.append(other)
                }
                runs.append(run + [0])
                runs.append(Array(run.dropLast()))
            }
        }
        // (grouped by hash: each group one run, as many groups as distinct runs, the old way and the new)
        let distinct = Set(runs).count
        let byNew = Dictionary(grouping: runs) { ContentHasher.hash($0) }
        let byOld = Dictionary(grouping: runs) { before47($0) }
        #expect(byNew.count == distinct && byOld.count == distinct)
        #expect(byNew.values.allSatisfy { Set($0).count == 1 })
        #expect(distinct > 2000)
    }

    /// Items stay apart: ("ab", "c") and ("a", "bc") differ, so do "" then "x" and "x" then "".
    @Test func itemsStayApart() {
        func hash(_ parts: [String]) -> ContentHash { var h = ContentHasher(); for p in parts { h.combine(p) }; return h.finalize() }
        #expect(hash(["ab", "c"]) != hash(["a", "bc"]))
        #expect(hash(["", "x"]) != hash(["x", ""]))
        #expect(hash(["abcdefghijklmnopq", "r"]) != hash(["abcdefghijklmnop", "qr"]))
        #expect(hash(["نص عربي قصير"]) == hash(["نص عربي قصير"]))
    }
}
