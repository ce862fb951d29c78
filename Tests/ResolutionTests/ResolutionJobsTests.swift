import Foundation
import Testing
import ArabicDates
import ArabicText
import Extraction
@testable import Resolution

/// `-j`: entity and event resolution split their parallel parts into at most `jobs` chunks, give the same corpus for
/// one job and two, and with one job run on the calling thread alone.
@Suite struct ResolutionJobsTests {
    static let firstNames = ["أحمد", "محمد", "سامر", "خالد", "علي", "حسين", "يوسف", "عمر", "فاطمة", "مريم", "ليلى", "نادية"]
    static let lastNames = ["الدليمي", "العبيدي", "الزبيدي", "الجبوري", "التميمي", "الساعدي", "الربيعي", "الكعبي",
                            "العامري", "الشمري", "المالكي", "الحسني"]
    static let places = ["بغداد", "الموصل", "البصرة", "كربلاء"]

    /// Enough articles (each names two persons of 144, one of them by surname alone too, and a place, and reports an
    /// attack) for every parallel step to split with two jobs.
    static func corpus(articles: Int = 1_100) -> ([Document], [DocumentExtraction]) {
        var docs: [Document] = [], exs: [DocumentExtraction] = []
        for a in 0..<articles {
            let person = firstNames[a % 12] + " " + lastNames[(a / 12) % 12]
            let other = firstNames[(a / 7) % 12] + " " + lastNames[(a / 3) % 12]
            let surname = lastNames[(a / 12) % 12]
            let place = places[a % places.count]
            let lines = ["قال الوزير \(person) إن \(other) زار \(place) أمس.",
                         "وأضاف \(surname) أن مسلحين هاجموا قاعدة في \(place) يوم \(a % 28 + 1) يناير 2020."]
            let doc = Document(id: "d\(a)", blocks: lines, date: PartialDate(year: 2020, month: 2, day: a % 28 + 1))
            var ex = DocumentExtraction()
            for (b, line) in lines.enumerated() {
                ex.sentences.append(Sentence(span: TextSpan(block: b, start: 0, end: line.unicodeScalars.count)))
                let scalars = Array(line.unicodeScalars)
                for (name, type) in [(person, EntityType.person), (other, .person), (surname, .person), (place, .place)] {
                    let n = Array(name.unicodeScalars)
                    guard let i = (0...(scalars.count - n.count)).first(where: { Array(scalars[$0..<($0 + n.count)]) == n }),
                          !ex.mentions.contains(where: { $0.span.block == b && $0.span.start <= i && i < $0.span.end }) else { continue }
                    ex.mentions.append(Mention(span: TextSpan(block: b, start: i, end: i + n.count), sentence: b, surface: name,
                                               type: type, key: ArabicNormalizer.matchKey(name),
                                               rule: type == .place ? .lexicon : .pooled))
                }
            }
            EventExtractor().extract(doc, into: &ex)
            docs.append(doc)
            exs.append(ex)
        }
        return (docs, exs)
    }

    /// Entities, then events, with `jobs`; the chunk count of every `ParallelChunks.map` call made meanwhile.
    static func resolve(_ docs: [Document], _ exs: [DocumentExtraction], jobs: Int) -> (ResolvedCorpus, [Int]) {
        let log = ParallelChunks.SplitLog()
        let corpus = ParallelChunks.SplitLog.$current.withValue(log) { () -> ResolvedCorpus in
            var corpus = EntityResolver(minimumConfidence: 0, jobs: jobs).resolve(documents: docs, extractions: exs, curated: [])
            EventResolver(jobs: jobs).resolve(documents: docs, extractions: exs, corpus: &corpus, curated: [])
            return corpus
        }
        return (corpus, log.chunkCounts)
    }

    @Test func theResolvedCorpusIsTheSameForOneJobAndTwo() {
        let (docs, exs) = Self.corpus()
        let (one, oneSplits) = Self.resolve(docs, exs, jobs: 1)
        let (two, twoSplits) = Self.resolve(docs, exs, jobs: 2)
        #expect(one.entities == two.entities)
        #expect(one.entityOfMention == two.entityOfMention)
        #expect(one.possibleDuplicates == two.possibleDuplicates)
        #expect(one.entityEvidence.map(\.name) == two.entityEvidence.map(\.name))
        #expect(one.events == two.events)
        #expect(one.entities.count > 100)
        #expect(!one.events.isEmpty)
        // one job: no call split its work; two: every step that reads all the articles or entities did
        #expect(!oneSplits.isEmpty && oneSplits.allSatisfy { $0 == 1 })
        #expect(twoSplits.count == oneSplits.count)
        #expect(twoSplits.allSatisfy { $0 <= 2 })
        #expect(twoSplits.filter { $0 == 2 }.count >= 5)
    }

    /// The records made on two chunks of articles, each numbering the words of its statements in a table of its
    /// own, carry the word ids one job gives them: the same word has the same id in every record.
    @Test func statementWordsHaveOneJobsIDsOnTwoChunks() {
        // statements of what a minister said, worded from a few phrases (in another order in the second half), so both
        // halves share words; enough articles for the records to be made on two chunks
        let phrases = ["الحكومة ستواصل دعم المؤسسات الصغرى", "الوزارة قررت مراجعة قانون الاستثمار",
                       "الاجتماع تناول ملفات التنمية الجهوية", "البرلمان سيناقش ميزانية الدولة"]
        var docs: [Document] = [], exs: [DocumentExtraction] = []
        for a in 0..<1_100 {
            let person = Self.firstNames[a % 12] + " " + Self.lastNames[(a / 12) % 12]
            let line = "قال الوزير \(person) اليوم إن \(phrases[a < 550 ? a % 4 : 3 - a % 4]) في \(Self.places[a % 4])."
            let doc = Document(id: "s\(a)", blocks: [line], date: PartialDate(year: 2020, month: 3, day: a % 28 + 1))
            var ex = DocumentExtraction()
            ex.sentences.append(Sentence(span: TextSpan(block: 0, start: 0, end: line.unicodeScalars.count)))
            let scalars = Array(line.unicodeScalars)
            for (name, type) in [(person, EntityType.person), (Self.places[a % 4], .place)] {
                let n = Array(name.unicodeScalars)
                guard let i = (0...(scalars.count - n.count)).first(where: { Array(scalars[$0..<($0 + n.count)]) == n }) else { continue }
                ex.mentions.append(Mention(span: TextSpan(block: 0, start: i, end: i + n.count), sentence: 0, surface: name,
                                           type: type, key: ArabicNormalizer.matchKey(name), rule: type == .place ? .lexicon : .pooled))
            }
            EventExtractor().extract(doc, into: &ex)
            docs.append(doc)
            exs.append(ex)
        }
        let corpus = EntityResolver(minimumConfidence: 0, jobs: 1).resolve(documents: docs, extractions: exs, curated: [])
        let entity = { (a: Int, m: Int) in corpus.entityOfMention[a][m] }
        let dates = EventDateAnchoring(documents: docs, extractions: exs, entityOf: entity).dates
        func words(jobs: Int) -> [Set<Int>] {
            EventResolver.records(documents: docs, extractions: exs, entities: corpus.entities, dates: dates, jobs: jobs,
                                  entityOf: entity).map(\.words)
        }
        let one = words(jobs: 1), two = words(jobs: 2)
        #expect(one.count == two.count)
        #expect(zip(one, two).filter { $0 != $1 }.count == 0)  // (the count of records that differ, not 14,000 ids printed)
        // statements with words in both halves of the corpus, and words in common across the halves
        let half = one.count / 2
        let early = one[..<half].reduce(into: Set<Int>()) { $0.formUnion($1) }
        let late = one[half...].reduce(into: Set<Int>()) { $0.formUnion($1) }
        #expect(one.count >= 1_000)
        #expect(early.intersection(late).count >= 8)
    }

    /// Events made on two chunks of clusters, each with its own copy of the place index, are those made in one.
    @Test func eventsMadeOnTwoChunksAreThoseMadeInOne() {
        let (docs, exs) = Self.corpus()
        let corpus = EntityResolver(minimumConfidence: 0, jobs: 1).resolve(documents: docs, extractions: exs, curated: [])
        let entity = { (a: Int, m: Int) in corpus.entityOfMention[a][m] }
        let dates = EventDateAnchoring(documents: docs, extractions: exs, entityOf: entity).dates
        let records = EventResolver.records(documents: docs, extractions: exs, entities: corpus.entities, dates: dates, jobs: 1,
                                            entityOf: entity)
        func made(jobs: Int) -> ([Event], [Int]) {
            let places = PlaceIndex(corpus: corpus)
            let clustering = EventClustering(records: records, order: EventResolver.mergeOrder(records), places: places)
            let making = EventMaking(records: records, documents: docs, extractions: exs, corpus: corpus, places: places)
            let log = ParallelChunks.SplitLog()
            let events = ParallelChunks.SplitLog.$current.withValue(log) {
                EventResolver.madeEvents(clustering.clusters.filter(clustering.keep), making: making, jobs: jobs)
            }
            return (events, log.chunkCounts)
        }
        let (one, oneSplit) = made(jobs: 1), (two, twoSplit) = made(jobs: 2)
        #expect(oneSplit == [1] && twoSplit == [2])
        #expect(one == two)
        #expect(one.count >= 64)
    }

    /// The spellings' splits beside the name context (`ParallelChunks.beside`) number every string as one after the
    /// other: the string table, the groups and the groups' spellings are the same for one job and two.
    @Test func theStringsAreNumberedTheSameForOneJobAndTwo() {
        let (docs, exs) = Self.corpus(articles: 1_200)
        let one = EntityResolver(minimumConfidence: 0, jobs: 1).merged(documents: docs, extractions: exs, curated: [])
        let two = EntityResolver(minimumConfidence: 0, jobs: 2).merged(documents: docs, extractions: exs, curated: [])
        #expect(one.merger.names.ids.strings == two.merger.names.ids.strings)
        #expect(one.merger.names.ids.classOf == two.merger.names.ids.classOf)
        #expect(one.merger.groupOfMention == two.merger.groupOfMention)
        #expect(one.merger.topName == two.merger.topName)
        #expect(one.merger.names.ids.strings.count > 200)
    }

    /// `SpellingSplits` keeps the ids it numbered each mention's key and surface with, and whether each surface writes
    /// another word, for `EntityMerger` to read.
    @Test func theSplitsKeepEachMentionsSpellingIDs() {
        let (_, exs) = Self.corpus(articles: 40)
        let names = NameTable()
        let splits = SpellingSplits(extractions: exs, curated: [], names: names)
        #expect(splits.spellings.count == exs.count)
        for (a, ex) in exs.enumerated() {
            #expect(splits.spellings[a].count == ex.mentions.count)
            for (m, mention) in ex.mentions.enumerated() {
                #expect(names[Int(splits.spellings[a][m].key)] == mention.key)
                #expect(names[Int(splits.spellings[a][m].surface)] == mention.surface)
                #expect(!splits.writesAnotherWord(surface: Int(splits.spellings[a][m].surface)))
            }
        }
        // «فأس» where «فاس» (the lexicon's, and the corpus's usual spelling) is the key's name: another word (an id past
        // every surface's: none)
        var ex = DocumentExtraction()
        ex.mentions = ["فاس", "فاس", "فأس"].map { Mention(span: TextSpan(block: 0, start: 0, end: 3), sentence: 0, surface: $0, type: .place,
                                                   key: ArabicNormalizer.matchKey($0), rule: .lexicon) }
        ex.mentions.append(Mention(span: TextSpan(block: 0, start: 0, end: 5), sentence: 0, surface: "سورياً", type: .person,
                                   key: ArabicNormalizer.matchKey("سورياً")))
        let other = SpellingSplits(extractions: [ex], curated: [], names: names)
        #expect(other.endsInNunation(surface: Int(other.spellings[0][3].surface)))
        #expect(!other.endsInNunation(surface: Int(other.spellings[0][0].surface)))
        #expect(!other.writesAnotherWord(surface: Int(other.spellings[0][0].surface)))
        #expect(other.writesAnotherWord(surface: Int(other.spellings[0][2].surface)))
        #expect(!other.writesAnotherWord(surface: 1_000_000))
    }

    /// With one job the body runs once, on the calling thread, over the whole range; with more, at most that many chunks.
    @Test func oneJobRunsTheBodyOnTheCallingThread() {
        let caller = pthread_self()
        let one = ParallelChunks.map(10_000, jobs: 1, minChunk: 1) { range in (range, pthread_equal(pthread_self(), caller) != 0) }
        #expect(one.count == 1)
        #expect(one[0].0 == 0..<10_000 && one[0].1)
        let two = ParallelChunks.map(10_000, jobs: 2, minChunk: 1) { $0 }
        #expect(two == [0..<5_000, 5_000..<10_000])
        #expect(ParallelChunks.map(10_000, jobs: 8, minChunk: 4_000) { $0 }.count == 2)
        #expect(ParallelChunks.map(0, jobs: 2) { $0 } == [0..<0])
    }
}
