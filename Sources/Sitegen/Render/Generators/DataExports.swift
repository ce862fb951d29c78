import Foundation
import ArabicDates
import Resolution

/// Machine-readable exports under `data/`: entities.json, events.json, events.csv (ACLED-like
/// columns) and articles.json. Keys are sorted and arrays in site order, so builds are reproducible.
struct DataExports: SiteGenerator {
    let site: SiteModel
    var name: String { "data" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let articleIDs = site.articlePaths.map { String($0.folder.dropFirst("articles/".count)) }
        let entityIDs = site.corpus.entities.map(\.id)
        let entities: [[String: Any]] = site.corpus.entities.enumerated().map { (e, entity) in
            [
                "id": entity.id,
                "name": entity.name,
                "type": entity.type.rawValue,
                "aliases": Array(Set(entity.variants + entity.aliases).subtracting([entity.name])).sorted(),
                "mentions": entity.mentions.count,
                "articles": Array(Set(entity.mentions.map(\.article))).sorted().map { articleIDs[$0] },
                "url": site.entityPaths[e].folder + "/",
            ]
        }
        let events: [[String: Any]] = site.eventsByDate.map { i in
            let ev = site.corpus.events[i]
            return [
                "id": ev.id,
                "title": ev.title,
                "type": ev.type.rawValue,
                "subtype": ev.subtype ?? NSNull(),
                "date": ev.date?.iso ?? NSNull(),
                "precision": (ev.date?.precision ?? .unknown).rawValue,
                "inferred": ev.dateInferred,
                "places": ev.places.map { entityIDs[$0] },
                "actors": ev.actors.map { entityIDs[$0] },
                "targets": ev.targets.map { entityIDs[$0] },
                "sources": ev.sources.map { src -> [String: Any] in
                    let m = site.extractions[src.article].events[src.event]
                    return ["article": articleIDs[src.article],
                            "sentence": site.sentenceText(article: src.article, sentence: m.sentence),
                            "date_text": src.dateText ?? NSNull()]
                },
                "quantities": ev.quantities.keys.sorted { ($0.what, $0.value) < ($1.what, $1.value) }
                    .map { ["what": $0.what, "value": $0.value, "sources": ev.quantities[$0]!.count] },
                "url": site.eventPaths[i].folder + "/",
            ]
        }
        let articles: [[String: Any]] = site.articles.enumerated().map { (i, a) in
            [
                "id": articleIDs[i],
                "file": a.file,
                "title": a.title,
                "date": a.date?.iso ?? NSNull(),
                "date_source": a.dateSource.rawValue,
                "source": a.source ?? NSNull(),
                "url": a.url ?? NSNull(),
                "page": site.articlePaths[i].folder + "/",
            ]
        }
        try out.file("data/entities.json", try json(entities))
        try out.file("data/events.json", try json(events))
        try out.file("data/articles.json", try json(articles))
        try out.file("data/events.csv", csv())
    }

    private func json(_ value: Any) throws(Diagnostic) -> [UInt8] {
        do {
            return [UInt8](try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) + [0x0A]
        } catch {
            throw .error("cannot encode JSON: \(error)")
        }
    }

    /// ACLED-like columns: one row per event, sources joined.
    private func csv() -> String {
        let header = ["event_id", "event_date", "year", "time_precision", "date_inferred", "event_type", "sub_event_type",
                      "actor1", "actor2", "location", "fatalities", "sources", "notes"]
        var rows = [header.joined(separator: ",")]
        for i in site.eventsByDate {
            let ev = site.corpus.events[i]
            let names = { (ids: [Int]) in ids.map { site.corpus.entities[$0].name }.joined(separator: "; ") }
            let killed = ev.quantities.keys.filter { $0.what == "killed" }.map(\.value).max()
            let precision: Int = switch ev.date?.precision ?? .unknown {
            case .day: 1
            case .month: 2
            case .year: 3
            case .unknown: 0
            }
            let row: [String] = [
                ev.id, ev.date?.iso ?? "", ev.date.map { String($0.year) } ?? "", String(precision), ev.dateInferred ? "1" : "0",
                ev.type.rawValue, ev.subtype ?? "", names(ev.actors), names(ev.targets), names(ev.places),
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
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
