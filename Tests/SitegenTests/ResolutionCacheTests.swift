import ArabicDates
import Foundation
import Testing
import Extraction
import Resolution
@testable import Sitegen

/// The resolution half of incremental builds: a rebuild takes the last build's entities (and events) when
/// nothing entity (event) resolution reads changed, and resolves again otherwise; either way the site is
/// the one a build without the cache makes.
@Suite struct ResolutionCacheTests {
    private func corpus() -> TempDir { TempDir.threeArticleCorpus() }

    private func append(_ input: TempDir, _ path: String, _ text: String) throws {
        input.write(path, try #require(input.read(path)) + text)
    }

    /// The corpus built once with a cache: what each edit-and-rebuild test starts from (`out` keeps the site alive).
    private struct BuiltOnce {
        let input: TempDir, out: TempDir, site: URL, cache: BuildCache
    }

    private func builtOnce(_ extra: (TempDir) -> Void = { _ in }) throws -> BuiltOnce {
        let input = corpus(), out = TempDir()
        extra(input)
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        return BuiltOnce(input: input, out: out, site: site, cache: cache)
    }

    @Test func paragraphNamingNoOneKeepsTheEntities() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        #expect(try buildSite(input: input.url, output: site, cache: BuildCache(output: site)).reusedEntities == false)
        try append(input, "c.md", "\nوتراجعت الأسعار لاحقا.\n")
        let report = try buildMatchingFresh(input, site, cache: BuildCache(output: site))  // read back from disk
        #expect(report.reusedEntities && report.reusedEvents)
        #expect(report.extractedArticles == 1)
    }

    @Test func newMentionResolvesAgain() throws {
        let b = try builtOnce()
        let (input, site, cache) = (b.input, b.site, b.cache)
        try append(input, "c.md", "\nوزار الوفد بغداد أمس.\n")
        let named = try buildMatchingFresh(input, site, cache: cache)
        #expect(!named.reusedEntities && !named.reusedEvents)
        try append(input, "a.md", "\nوهدأت الأسواق.\n")  // then nothing named again: the new entities are kept
        let unnamed = try buildMatchingFresh(input, site, cache: cache)
        #expect(unnamed.reusedEntities && unnamed.reusedEvents)
    }

    /// The words around a name are evidence too (`NameContext`): an edit of a block holding a mention
    /// resolves again even when the mentions stay the same.
    @Test func editBesideANameResolvesAgain() throws {
        let b = try builtOnce()
        let (input, site, cache) = (b.input, b.site, b.cache)
        input.write("a.md", "---\ntitle: تقرير أمني\ndate: 2021-03-01\n---\nقالت مصادر أمنية إن الوضع في بغداد مضطرب.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedEntities == false)
    }

    /// A sentence reporting an event is read by event resolution even when it names no one.
    @Test func reportedEventResolvesEventsAgain() throws {
        let b = try builtOnce()
        let (input, site, cache) = (b.input, b.site, b.cache)
        try append(input, "c.md", "\nوقتل ثلاثة جنود في هجوم مسلح يوم الأحد.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedEvents == false)
    }

    /// Year anchoring reads the whole of an article without a date: any edit of it resolves the events again.
    @Test func undatedArticleEditResolvesEventsAgain() throws {
        let b = try builtOnce { $0.write("d.txt", "خبر بلا تاريخ\nقالت مصادر إن الوضع هادئ.\n") }
        let (input, site, cache) = (b.input, b.site, b.cache)
        try append(input, "d.txt", "وتراجعت الأسعار لاحقا.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedEvents == false)
    }

    /// A paragraph that states a date but reports no event and names no one changes no event input: the
    /// date mentions no event refers to are read by nothing (issue 16).
    @Test func paragraphWithADateButNoEventKeepsTheEvents() throws {
        let b = try builtOnce()
        let (input, site, cache) = (b.input, b.site, b.cache)
        let paragraph = "وكان الطقس معتدلا يوم 5 مارس 2021."
        // (it does add a date mention, which the digest once covered with all the others)
        let alone = Document(id: "p", blocks: [paragraph], date: PartialDate(year: 2021, month: 3, day: 2))
        #expect(!DateMentionExtractor.extract(alone, sentences: [Sentence(span: TextSpan(block: 0, start: 0, end: paragraph.unicodeScalars.count))]).isEmpty)
        try append(input, "b.md", "\n" + paragraph + "\n")
        let report = try buildMatchingFresh(input, site, cache: cache)
        #expect(report.reusedEntities && report.reusedEvents)
    }

    /// What event resolution reads of a dated article: the event's sentence (not the rest of its block) and
    /// the date mention it refers to (not the others, nor its index); anything of those changes the digest.
    @Test func eventDigestSeesEventSentencesAndTheirDatesOnly() {
        let block = "قتل ثلاثة جنود في هجوم يوم الأحد. وكانت الأسواق هادئة."
        let doc = Document(id: "a", blocks: [block], date: PartialDate(year: 2021, month: 3, day: 1), title: "هجوم")
        let sunday = DateMention(span: TextSpan(block: 0, start: 23, end: 32), sentence: 0, text: "يوم الأحد",
                                 date: PartialDate(year: 2021, month: 2, day: 28), inferred: false)
        var ex = DocumentExtraction()
        ex.sentences = [Sentence(span: TextSpan(block: 0, start: 0, end: 33)), Sentence(span: TextSpan(block: 0, start: 34, end: 54))]
        ex.dates = [sunday]
        ex.events = [EventMention(type: .attack, sentence: 0, trigger: "هجوم", date: 0)]
        let base = EventResolutionInputs.digest(document: doc, extraction: ex)
        // another sentence of the event's block, and a date mention no event refers to, placed first
        var edited = doc
        edited.blocks = ["قتل ثلاثة جنود في هجوم يوم الأحد. وكانت الأسواق مضطربة يوم 2 مارس."]
        var more = ex
        more.dates = [DateMention(span: TextSpan(block: 0, start: 55, end: 65), sentence: 1, text: "يوم 2 مارس",
                                  date: PartialDate(year: 2021, month: 3, day: 2), inferred: false), sunday]
        more.events[0].date = 1
        #expect(EventResolutionInputs.digest(document: edited, extraction: more) == base)
        // the event's own sentence, its date, another date for it, its trigger: all read
        var sentence = doc
        sentence.blocks = ["قتل أربعة جنود في هجوم يوم الأحد. وكانت الأسواق هادئة."]
        #expect(EventResolutionInputs.digest(document: sentence, extraction: ex) != base)
        var redated = ex
        redated.dates[0].date = PartialDate(year: 2021, month: 3, day: 7)
        #expect(EventResolutionInputs.digest(document: doc, extraction: redated) != base)
        var otherDate = more
        otherDate.events[0].date = 0  // the 2nd of March
        #expect(EventResolutionInputs.digest(document: edited, extraction: otherDate) != base)
        var trigger = ex
        trigger.events[0].trigger = "تفجير"
        #expect(EventResolutionInputs.digest(document: doc, extraction: trigger) != base)
        // an article without a date is read whole (year anchoring)
        var undated = doc, undatedEdit = doc
        undated.date = nil
        undatedEdit.date = nil
        undatedEdit.blocks = [block, "فقرة أخرى."]
        #expect(EventResolutionInputs.digest(document: undatedEdit, extraction: ex)
                != EventResolutionInputs.digest(document: undated, extraction: ex))
    }

    @Test func curatedEventResolvesEventsAgain() throws {
        let b = try builtOnce()
        let (input, site, cache) = (b.input, b.site, b.cache)
        input.write("events/visit.md", "---\ntitle: زيارة سليماني إلى بغداد\ndate: 2021-03-02\ntype: visit\nplace: بغداد\n---\nزيارة.\n")
        let report = try buildMatchingFresh(input, site, cache: cache)
        #expect(report.reusedEntities && !report.reusedEvents)
    }

    @Test func curatedEntityResolvesAgain() throws {
        let b = try builtOnce()
        let (input, site, cache) = (b.input, b.site, b.cache)
        input.write("entities/baghdad.md", "---\nname: بغداد\ntype: place\naliases: [مدينة السلام]\n---\nعاصمة العراق.\n")
        #expect(try buildMatchingFresh(input, site, cache: cache).reusedEntities == false)
    }

    @Test func digestSeesMentionsAndTheirBlocksOnly() {
        let mention = Mention(span: TextSpan(block: 0, start: 12, end: 17), sentence: 0, surface: "بغداد", type: .place, key: "بغداد",
                              rule: .lexicon)
        var ex = DocumentExtraction()
        ex.sentences = [Sentence(span: TextSpan(block: 0, start: 0, end: 20))]
        ex.mentions = [mention]
        let blocks = ["وصل الوفد إلى بغداد أمس."]
        let base = EntityResolutionInputs.digest(blocks: blocks, extraction: ex)
        #expect(EntityResolutionInputs.digest(blocks: blocks + ["فقرة بلا أسماء."], extraction: ex) == base)
        #expect(EntityResolutionInputs.digest(blocks: ["وصل الوفد إلى بغداد اليوم."], extraction: ex) != base)
        var other = ex
        other.mentions[0].rule = .pooled
        #expect(EntityResolutionInputs.digest(blocks: blocks, extraction: other) != base)
        other = ex
        other.mentions[0].cue = "الوفد"
        #expect(EntityResolutionInputs.digest(blocks: blocks, extraction: other) != base)
    }

    @Test func resolvedEntitiesRoundTrip() throws {
        let entities = [
            Entity(id: "baghdad", name: "بغداد", type: .place, variants: ["بغداد", "بغدد"], aliases: ["مدينة السلام"],
                   mergeNotes: ["بغدد = بغداد: الحروف نفسها"], mentions: [.init(article: 0, mention: 1), .init(article: 2, mention: 0)],
                   curated: 0),
            Entity(id: "qasm-slymany", name: "قاسم سليماني", type: .person, mentions: [.init(article: 1, mention: 0)]),
        ]
        let resolved = ResolvedEntities(entities: entities, entityOfMention: [[nil, 0], [1], [0]],
                                        possibleDuplicates: [PossibleDuplicate(first: 0, second: 1, reason: "تشابه")])
        var e = AnalysisEncoder()
        e.resolvedEntities(resolved)
        var d = try AnalysisDecoder(BinaryReader(e.bytes))
        let back = try d.resolvedEntities()
        #expect(d.r.atEnd)
        #expect(back.entities == entities)
        #expect(back.entityOfMention == resolved.entityOfMention)
        #expect(back.possibleDuplicates == resolved.possibleDuplicates)
        // an index out of range is a damaged file, not a crash later
        var bad = resolved
        bad.entityOfMention = [[nil, 5], [1], [0]]
        var e2 = AnalysisEncoder()
        e2.resolvedEntities(bad)
        var d2 = try AnalysisDecoder(BinaryReader(e2.bytes))
        #expect(throws: BinaryReader.Corrupt.self) { try d2.resolvedEntities() }
    }

    @Test func resolvedEventsRoundTrip() throws {
        var event = Event(id: "2021-03-02-attack-baghdad", title: "هجوم في بغداد", type: .attack, subtype: "rocket",
                          date: PartialDate(year: 2021, month: 3, day: 2), dateInferred: true, places: [0], actors: [1], targets: [],
                          sources: [EventSource(article: 0, event: 0, dateText: "أمس"), EventSource(article: 2, event: 1)],
                          quantities: [EventQuantity(what: "rockets", value: 5): [0], EventQuantity(what: "rockets", value: 14): [1]],
                          curated: nil)
        event.placeNames = ["طبلبة"]
        event.dateReported = true  // (was not kept: a cached rebuild showed «مستنتج» where a fresh one showed «تاريخ النشر»)
        let mention = DateMention(span: TextSpan(block: 0, start: 3, end: 9), sentence: 0, text: "3 يناير",
                                  date: PartialDate(year: 2020, month: 1, day: 3), inferred: true)
        let resolved = ResolvedEvents(events: [event], anchoredArticleDates: [1: PartialDate(year: 2020, month: 1)],
                                      anchoredDateMentions: [1: [mention]])
        var e = AnalysisEncoder()
        e.resolvedEvents(resolved)
        var d = try AnalysisDecoder(BinaryReader(e.bytes))
        let back = try d.resolvedEvents(entities: 2, articles: 3)
        #expect(d.r.atEnd)
        #expect(back.events == [event])
        #expect(back.anchoredArticleDates == resolved.anchoredArticleDates)
        #expect(back.anchoredDateMentions == resolved.anchoredDateMentions)
        var d2 = try AnalysisDecoder(BinaryReader(e.bytes))
        #expect(throws: BinaryReader.Corrupt.self) { try d2.resolvedEvents(entities: 1, articles: 3) }  // actor 1 out of range
    }
}
