import Testing
import ArabicDates
@testable import Sitegen

/// `DataExports.eventsKeys()` makes both event files' keys; each must change whenever the key of its file made the way
/// it was before session 43 (one walk per file, `before43`) changes.
@Suite struct EventsKeysTests {
    /// `eventsKey(csv:)` as it was before session 43.
    private func before43(_ site: SiteModel, csv: Bool) -> ContentHash {
        func combine(_ d: PartialDate?, _ h: inout ContentHasher) {
            guard let d else { h.combine(-1); return }
            h.combine(d.year)
            h.combine(d.month ?? -1)
            h.combine(d.day ?? -1)
        }
        var h = ContentHasher()
        h.combine(csv ? "events.csv" : "events.json")
        h.combine(site.articlePaths.count)
        for p in site.articlePaths { h.combine(p.folder) }
        let entities = site.corpus.entities
        h.combine(entities.count)
        for entity in entities {
            h.combine(entity.id)
            if csv { h.combine(entity.name) }
        }
        h.combine(site.eventsByDate.count)
        for i in site.eventsByDate {
            let ev = site.corpus.events[i]
            h.combine(ev.id)
            h.combine(ev.title)
            h.combine(ev.type.rawValue)
            h.combine(ev.subtype)
            combine(ev.date, &h)
            h.combine(ev.dateInferred ? 1 : 0)
            h.combine(ev.dateReported ? 1 : 0)
            for list in [ev.places, ev.actors, ev.targets] {
                h.combine(list.count)
                for x in list { h.combine(x) }
            }
            h.combine(ev.placeNames)
            h.combine(ev.actorNames)
            h.combine(ev.targetNames)
            let quantities = ev.quantities.keys.sorted { ($0.what, $0.value) < ($1.what, $1.value) }
            h.combine(quantities.count)
            for q in quantities {
                h.combine(q.what)
                h.combine(q.value)
                h.combine(ev.quantities[q]!.count)
            }
            h.combine(ev.sources.count)
            for src in ev.sources {
                h.combine(src.article)
                h.combine(src.event)
                h.combine(src.dateText)
                if csv {
                    h.combine(site.articles[src.article].file)
                } else {
                    site.combineSentenceText(article: src.article, sentence: site.extractions[src.article].events[src.event].sentence, into: &h)
                }
            }
            h.combine(site.eventPaths[i].file)
        }
        return h.finalize()
    }

    /// Sites made from the fixture's articles with one change each: words beside an event, an event's sentence, a
    /// date, a title, an added article, a paragraph naming no one.
    private func variants() -> [SiteModel] {
        var out = [PublishFixture.site()]
        var a = PublishFixture.articles
        a[1].blocks[0] = "قصفت كتائب حزب الله قاعدة عين الأسد في الأنبار بالقذائف."
        out.append(PublishFixture.site(articles: a))
        a = PublishFixture.articles
        a[1].blocks[1] = "وردت أمريكا بغارات على مواقع الكتائب في الأنبار ليلا."
        out.append(PublishFixture.site(articles: a))
        a = PublishFixture.articles
        a[1].date = PartialDate(year: 2020, month: 2, day: 11)
        out.append(PublishFixture.site(articles: a))
        a = PublishFixture.articles
        a[0].title = "قاآني يزور بغداد"
        out.append(PublishFixture.site(articles: a))
        a = PublishFixture.articles
        a.append(("غارة في الأنبار", PartialDate(year: 2021, month: 4, day: 2), ["قصفت أمريكا مواقع كتائب حزب الله في الأنبار."]))
        out.append(PublishFixture.site(articles: a))
        a = PublishFixture.articles
        a[2].blocks.append("وقالت وسائل الإعلام إن الطقس كان معتدلا.")
        out.append(PublishFixture.site(articles: a))
        return out
    }

    @Test func oneWalkChangesWhenTheTwoWalksDid() {
        let sites = variants()
        #expect(sites.contains { !$0.corpus.events.isEmpty })
        var changed = 0
        for x in sites.indices {
            let keysX = DataExports(site: sites[x]).eventsKeys()
            #expect(keysX.json != keysX.csv)
            #expect(DataExports(site: sites[x]).eventsKey(csv: true) == keysX.csv)
            for y in sites.indices where y != x {
                let keysY = DataExports(site: sites[y]).eventsKeys()
                for csv in [false, true] {
                    let oldSame = before43(sites[x], csv: csv) == before43(sites[y], csv: csv)
                    let newSame = csv ? keysX.csv == keysY.csv : keysX.json == keysY.json
                    // (since session 47 the keys are made from `ModelDigest`'s parts, which change on no fewer edits)
                    if !oldSame { #expect(!newSame, "sites \(x), \(y), csv \(csv)") }
                    if !oldSame { changed += 1 }
                }
            }
        }
        #expect(changed > 10)
    }
}
