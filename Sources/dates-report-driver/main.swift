import ArabicDates
import ArabicText
import Extraction
import Foundation
import Resolution

// dates-report-driver [--events] [--sample N] <seeds-dir> [<trec-dir>]
// Prints, per corpus, how many temporal expressions were found and resolved, and a readable list
// (text → resolved date). Seeds have no metadata: their reference is inferred. TREC articles use
// their <TIME> publication date. With --events it also lists the event mentions of the seeds.

var args = Array(CommandLine.arguments.dropFirst())
let showEvents = args.contains("--events")
args.removeAll { $0 == "--events" }
var sample = 300
if let i = args.firstIndex(of: "--sample"), i + 1 < args.count { sample = Int(args[i + 1]) ?? 300; args.removeSubrange(i...(i + 1)) }

func files(under dir: String) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
    return e.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
}

func blocks(of text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
}

func between(_ text: String, _ open: String, _ close: String) -> String? {
    guard let a = text.range(of: open), let b = text.range(of: close, range: a.upperBound..<text.endIndex) else { return nil }
    return String(text[a.upperBound..<b.lowerBound])
}

func document(id: String, blocks: [String], date: PartialDate?) -> (Document, DocumentExtraction) {
    var ex = DocumentExtraction()
    for (b, block) in blocks.enumerated() {
        for r in SentenceSplitter.split(block) { ex.sentences.append(Sentence(span: TextSpan(block: b, start: r.lowerBound, end: r.upperBound))) }
    }
    return (Document(id: id, blocks: blocks, date: date, dateIsInferred: false), ex)
}

func report(name: String, docs: [(Document, DocumentExtraction)], listLimit: Int) {
    var found = 0, resolved = 0, inferred = 0, shown = 0
    var byPrecision: [String: Int] = [:]
    var lines: [String] = []
    for (doc, ex0) in docs {
        var ex = ex0
        let ref = DateMentionExtractor.reference(for: doc)
        EventExtractor().extract(doc, into: &ex)
        let dates = ex.dates.filter { d in !ex.events.contains { $0.date != nil && ex.dates[$0.date!] == d } || true }
        lines.append("# \(doc.id)  reference: \(ref.date?.iso ?? "none")\(doc.date == nil ? " (inferred)" : "")")
        for d in dates {
            found += 1
            if let v = d.date { resolved += 1; byPrecision[v.precision.rawValue, default: 0] += 1 }
            if d.inferred { inferred += 1 }
            if shown < listLimit {
                lines.append("  \(d.text) → \(d.date?.iso ?? "unresolved")\(d.inferred ? " [inferred]" : "")")
                shown += 1
            }
        }
        if showEvents {
            for e in ex.events {
                let date = e.date.map { ex.dates[$0].date?.iso ?? "?(\(ex.dates[$0].text))" } ?? "undated"
                let q = e.quantities.map { "\($0.what)=\($0.value)" }.joined(separator: ",")
                let places = e.places.map { ex.mentions[$0].surface }.joined(separator: "،")
                lines.append("  EVENT \(e.type.rawValue)\(e.subtype.map { "/" + $0 } ?? "") [\(e.trigger)] s\(e.sentence) \(date) \(q) \(places)")
            }
        }
    }
    print("== \(name): \(docs.count) articles, \(found) expressions, \(resolved) resolved (\(found == 0 ? 0 : resolved * 100 / found)%), \(inferred) inferred; by precision \(byPrecision.sorted { $0.key < $1.key })")
    lines.forEach { print($0) }
}

guard let seedsDir = args.first else { print("usage: dates-report-driver [--events] [--sample N] <seeds-dir> [<trec-dir>]"); exit(2) }
let seeds = files(under: seedsDir).map { path -> (Document, DocumentExtraction) in
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return document(id: (path as NSString).lastPathComponent, blocks: blocks(of: text), date: nil)
}
report(name: "seeds", docs: seeds, listLimit: 1000)

if args.count > 1 {
    let all = files(under: args[1])
    let step = max(1, all.count / max(1, sample))
    let picked = stride(from: 0, to: all.count, by: step).prefix(sample).map { all[$0] }
    var docs: [(Document, DocumentExtraction)] = []
    var allTexts: [String] = []
    for path in all {
        guard let raw = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
        allTexts.append(between(raw, "<TEXT>", "</TEXT>") ?? raw)
    }
    for path in picked {
        guard let raw = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
        // <TIME> is ISO ("2017-01-26T08:31:00+01:00") or "28/10/2016".
        let date = between(raw, "<TIME>", "</TIME>").flatMap { t in
            PartialDate(iso: t.trimmingCharacters(in: .whitespaces)) ?? ArabicDateParser.parse(t).first?.resolve(reference: nil)
        }
        docs.append(document(id: (path as NSString).lastPathComponent, blocks: blocks(of: between(raw, "<TEXT>", "</TEXT>") ?? raw), date: date))
    }
    report(name: "TREC sample", docs: docs, listLimit: 150)
    // Speed: parse every article of the corpus once.
    let t0 = Date()
    var count = 0
    for text in allTexts { count += ArabicDateParser.parse(text).count }
    let seconds = Date().timeIntervalSince(t0)
    print("== speed: parsed \(allTexts.count) articles (\(allTexts.reduce(0) { $0 + $1.utf8.count } / 1_000_000) MB), \(count) expressions in \(String(format: "%.3f", seconds)) s")
}

// MARK: - Seed events end to end (entities → dates → events → merge)

if showEvents {
    var docs = seeds.map(\.0)
    for i in docs.indices {
        if let g = ArticleDateInference.infer(blocks: docs[i].blocks), let d = g.date { docs[i].date = d; docs[i].dateIsInferred = true }
    }
    let entities = EntityExtractor()
    let gazetteer = entities.pool(docs.map { entities.discover(in: $0) })
    var exs = docs.map { entities.extract($0, gazetteer: gazetteer) }
    for i in docs.indices { EventExtractor().extract(docs[i], into: &exs[i]) }
    var corpus = EntityResolver().resolve(documents: docs, extractions: exs, curated: [])
    EventResolver().resolve(documents: docs, extractions: exs, corpus: &corpus, curated: [])
    print("== seed events: \(corpus.events.count)")
    print("| id | type | date | places | sources | quantities |")
    print("|---|---|---|---|---|---|")
    for e in corpus.events {
        let places = (e.places + e.targets).map { corpus.entities[$0].name + "#\($0)" }
        let uniquePlaces = places.enumerated().filter { places.firstIndex(of: $0.element) == $0.offset }.map(\.element)
        let sources = Set(e.sources.map { docs[$0.article].id.prefix(3) }).sorted().joined(separator: ",")
        let q = e.quantities.keys.sorted { $0.what < $1.what }.map { "\($0.what)=\($0.value)" }.joined(separator: ",")
        print("| \(e.id) | \(e.type.rawValue)\(e.subtype.map { "/" + $0 } ?? "") | \(e.date?.iso ?? "undated")\(e.dateInferred ? " (inferred)" : "") | \(uniquePlaces.joined(separator: "، ")) | \(sources) | \(q) |")
        print("|  ↳ \(e.title) | | | | | |")
    }
}
