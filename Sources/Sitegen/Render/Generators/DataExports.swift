import Foundation
import ArabicDates
import Resolution

/// Machine-readable exports under `data/`: entities.json, events.json, events.csv (ACLED-like
/// columns) and articles.json. Keys are sorted and arrays in site order, so builds are reproducible.
struct DataExports: SiteGenerator {
    let site: SiteModel
    var name: String { "data" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        // (made on first use: a cached build that keeps every file needs none)
        var ids: [String]?
        func articleIDs() -> [String] {
            if let ids { return ids }
            let made = site.articlePaths.map { String($0.folder.dropFirst("articles/".count)) }
            ids = made
            return made
        }
        // Each record is written on its own (in parallel), then the records are joined in site order. A cached
        // build keeps a file whose inputs are unchanged without making it (see DataExportKeys.swift).
        try out.file("data/entities.json", key: entitiesKey) {
            let articleIDs = articleIDs()
            return Self.document(parallelMap(site.corpus.entities.count, jobs: jobs) { e in entityRecord(e, articleIDs: articleIDs) })
        }
        // (both event files' keys made in one walk, on first use)
        var eventKeys: (json: ContentHash, csv: ContentHash)?
        func eventsKey(csv: Bool) -> ContentHash {
            let keys = eventKeys ?? eventsKeys()
            eventKeys = keys
            return csv ? keys.csv : keys.json
        }
        try out.file("data/events.json", key: { eventsKey(csv: false) }) {
            let articleIDs = articleIDs()
            let entityIDs = site.corpus.entities.map(\.id)
            return Self.document(parallelMap(site.eventsByDate.count, jobs: jobs) { r in
                eventRecord(site.eventsByDate[r], articleIDs: articleIDs, entityIDs: entityIDs)
            })
        }
        try out.file("data/articles.json", key: articlesKey) {
            let articleIDs = articleIDs()
            return Self.document(parallelMap(site.articles.count, jobs: jobs) { i in articleRecord(i, id: articleIDs[i]) })
        }
        try out.file("data/events.csv", key: { eventsKey(csv: true) }) { Array(csv().utf8) }
    }

    /// A JSON array of records and a final newline.
    static func document(_ records: [JSONBytes]) -> [UInt8] {
        var j = JSONBytes(capacity: records.reduce(2) { $0 + $1.bytes.count + 1 })
        j.array(records)
        return j.bytes + [0x0A]
    }

    // Keys in sorted order, as `JSONSerialization` with `.sortedKeys` wrote them.

    private func entityRecord(_ e: Int, articleIDs: [String]) -> JSONBytes {
        let entity = site.corpus.entities[e]
        var j = JSONBytes()
        j.raw("{")
        j.key("aliases", first: true); j.strings(Self.aliases(entity))
        // (sorted, then each article once: a `Set` of them made and sorted cost twice as much)
        var articles = entity.mentions.map(\.article)
        articles.sort()
        j.key("articles"); j.strings(articles.indices.filter { $0 == 0 || articles[$0] != articles[$0 - 1] }.map { articleIDs[articles[$0]] })
        j.key("id"); j.string(entity.id)
        j.key("mentions"); j.int(entity.mentions.count)
        j.key("name"); j.string(entity.name)
        j.key("type"); j.string(entity.type.rawValue)
        j.key("url"); j.string(site.entityPaths[e].file)
        j.raw("}")
        return j
    }

    /// An entity's variants and aliases but its name, each once, sorted: as a `Set` of them less the name, sorted,
    /// gave them (`DataExportAliasesTests` compares), without the sets (a third of an entity's record).
    /// (The sort is stable, so of names equal as `String`s the first given is kept, as the set kept it.)
    static func aliases(_ entity: Entity) -> [String] {
        var names = entity.variants
        names.append(contentsOf: entity.aliases)
        guard !names.isEmpty else { return [] }
        names.sort()
        var kept: [String] = []
        kept.reserveCapacity(names.count)
        for name in names where name != entity.name && (kept.last.map { $0 != name } ?? true) { kept.append(name) }
        return kept
    }

    private func eventRecord(_ i: Int, articleIDs: [String], entityIDs: [String]) -> JSONBytes {
        let ev = site.corpus.events[i]
        var j = JSONBytes()
        j.raw("{")
        // actors and targets the entities have no page for, as written
        j.key("actor_names", first: true); j.strings(ev.actorNames)
        j.key("actors"); j.strings(ev.actors.map { entityIDs[$0] })
        j.key("date"); j.string(ev.date?.iso)
        // "stated": the text states the date (or it was inferred from it); "reported": the day the source reported it
        j.key("date_basis"); j.string(ev.date == nil ? nil : ev.dateReported ? "reported" : "stated")
        j.key("id"); j.string(ev.id)
        j.key("inferred"); j.bool(ev.dateInferred)
        // places the entities have no page for, as written
        j.key("place_names"); j.strings(ev.placeNames)
        j.key("places"); j.strings(ev.places.map { entityIDs[$0] })
        j.key("precision"); j.string((ev.date?.precision ?? .unknown).rawValue)
        j.key("quantities")
        j.array(ev.quantities.keys.sorted { ($0.what, $0.value) < ($1.what, $1.value) }.map { q in
            var o = JSONBytes()
            o.raw("{")
            o.key("sources", first: true); o.int(ev.quantities[q]!.count)
            o.key("value"); o.int(q.value)
            o.key("what"); o.string(q.what)
            o.raw("}")
            return o
        })
        j.key("sources")
        j.array(ev.sources.map { src in
            let m = site.extractions[src.article].events[src.event]
            var o = JSONBytes()
            o.raw("{")
            o.key("article", first: true); o.string(articleIDs[src.article])
            o.key("date_text"); o.string(src.dateText)
            o.key("sentence"); o.string(site.sentenceText(article: src.article, sentence: m.sentence))
            o.raw("}")
            return o
        })
        j.key("subtype"); j.string(ev.subtype)
        j.key("target_names"); j.strings(ev.targetNames)
        j.key("targets"); j.strings(ev.targets.map { entityIDs[$0] })
        j.key("title"); j.string(ev.title)
        j.key("type"); j.string(ev.type.rawValue)
        j.key("url"); j.string(site.eventPaths[i].file)
        j.raw("}")
        return j
    }

    /// An article with a page; `copies` lists the other copies of its story (republished articles),
    /// each with its own file, title, source, date and URL.
    private func articleRecord(_ i: Int, id: String) -> JSONBytes {
        let a = site.articles[i]
        var j = JSONBytes()
        j.raw("{")
        j.key("copies", first: true)
        j.array(site.copies[i].map { c in
            var o = JSONBytes()
            o.raw("{")
            o.key("date", first: true); o.string(c.date?.iso)
            o.key("file"); o.string(c.file)
            o.key("source"); o.string(c.source)
            o.key("title"); o.string(c.title)
            o.key("url"); o.string(c.url)
            o.raw("}")
            return o
        })
        j.key("date"); j.string(a.date?.iso)
        j.key("date_source"); j.string(a.dateSource.rawValue)
        j.key("file"); j.string(a.file)
        j.key("id"); j.string(id)
        j.key("page"); j.string(site.articlePaths[i].file)
        j.key("source"); j.string(a.source)
        j.key("title"); j.string(a.title)
        j.key("url"); j.string(a.url)
        j.raw("}")
        return j
    }

    /// ACLED-like columns: one row per event, sources joined.
    private func csv() -> String {
        let header = ["event_id", "event_date", "year", "time_precision", "date_inferred", "event_type", "sub_event_type",
                      "actor1", "actor2", "location", "fatalities", "sources", "notes"]
        var rows = [header.joined(separator: ",")]
        for i in site.eventsByDate {
            let ev = site.corpus.events[i]
            let names = { (ids: [Int], written: [String]) in (ids.map { site.corpus.entities[$0].name } + written).joined(separator: "; ") }
            let killed = ev.quantities.keys.filter { $0.what == "killed" }.map(\.value).max()
            let precision: Int = switch ev.date?.precision ?? .unknown {
            case .day: 1
            case .month: 2
            case .year: 3
            case .unknown: 0
            }
            let row: [String] = [
                ev.id, ev.date?.iso ?? "", ev.date.map { String($0.year) } ?? "", String(precision), ev.dateInferred ? "1" : "0",
                ev.type.rawValue, ev.subtype ?? "", names(ev.actors, ev.actorNames), names(ev.targets, ev.targetNames),
                names(ev.places, ev.placeNames),
                killed.map(String.init) ?? "", Array(Set(ev.sources.map { site.articles[$0.article].file })).sorted().joined(separator: "; "),
                ev.title,
            ]
            rows.append(row.map(Self.csvField).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.
    static func csvField(_ s: String) -> String {
        var v = s
        if let f = v.unicodeScalars.first, "=+-@".unicodeScalars.contains(f) { v = "'" + v }
        // (the characters are looked for only in a field that has one of their bytes: walking every field's characters
        // was most of the CSV's cost; a character equal to one of them is that byte alone)
        if v.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }),
           v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
