import Foundation
import Extraction
import Resolution

/// `sitegen extract`: extraction over the files given on the command line, printed as JSON, no site.
///
/// The files are analysed together as one corpus (evidence is pooled across them, as in a build).
/// Offsets count Unicode scalars into each file's decoded text (after BOM removal and with line ends
/// unified to "\n"), before any normalization; for a saved web page, into the text read from it; for
/// a record of a .jsonl or .csv file (one object each, `file` naming the record: "a.jsonl#id"), into
/// the record's text.
public enum Extractor {
    /// `skipped` receives the errors of records skipped in .jsonl and .csv files (their other records are read).
    public static func extractJSON(files: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                                   skipped: ((Diagnostic) -> Void)? = nil) throws -> Data {
        let loader = ArticleLoader()
        var articles: [Article] = []
        var names: [String] = []  // the file as given, or "file#record" for a record
        for f in files {
            let url = URL(fileURLWithPath: f)
            let o = loader.load(root: url.deletingLastPathComponent(), relativePath: url.lastPathComponent)
            let errors = o.diagnostics.filter { $0.severity == .error }
            guard !o.articles.isEmpty, errors.isEmpty || ArticleLoader.isRecordFile(f) else {
                throw BuildFailure(errors.map { var d = $0; d.file = f; return d })
            }
            for e in errors { skipped?({ var d = e; d.file = f; return d }()) }
            for a in o.articles {
                articles.append(a)
                names.append(ArticleLoader.isRecordFile(f) ? f + a.file.dropFirst(url.lastPathComponent.count) : f)
            }
        }
        let bodies = parallelMap(articles.count, jobs: jobs) { ArticleBody(markdown: articles[$0].markdown) }
        var timings = StageTimings()
        let result = CorpusAnalysis(jobs: jobs).run(articles: &articles, bodies: bodies, timings: &timings)
        var out: [[String: Any]] = []
        for (i, f) in names.enumerated() {
            let ex = result.extractions[i]
            let mapper = SourceMap(text: articles[i].sourceText, bodyOffset: articles[i].bodyOffset, blocks: bodies[i].blocks)
            let map = result.corpus.entityOfMention[i]
            let mentions: [[String: Any]] = ex.mentions.enumerated().map { (m, mention) in
                let (start, end) = mapper.locate(mention.span, text: mention.surface)
                var d: [String: Any] = ["text": mention.surface, "type": mention.type.rawValue, "start": start, "end": end]
                if m < map.count, let e = map[m] {
                    d["entity"] = result.corpus.entities[e].id
                    d["entity_name"] = result.corpus.entities[e].name
                } else {
                    d["entity"] = NSNull()
                }
                return d
            }
            let dates: [[String: Any]] = ex.dates.map { dm in
                let (start, end) = mapper.locate(dm.span, text: dm.text)
                return ["text": dm.text, "date": dm.date?.iso ?? NSNull(), "precision": (dm.date?.precision ?? .unknown).rawValue,
                        "inferred": dm.inferred, "start": start, "end": end]
            }
            let names = { (ids: [Int]) -> [String] in ids.map { ex.mentions[$0].surface } }
            let events: [[String: Any]] = ex.events.map { ev in
                let sentence = ex.sentences[ev.sentence].span
                let (start, end) = mapper.locate(sentence, text: nil)
                var d: [String: Any] = ["type": ev.type.rawValue, "subtype": ev.subtype ?? NSNull(), "trigger": ev.trigger,
                                        "sentence_start": start, "sentence_end": end,
                                        "places": names(ev.places), "actors": names(ev.actors), "targets": names(ev.targets),
                                        "quantities": ev.quantities.map { ["what": $0.what, "value": $0.value] }]
                d["date"] = ev.date.flatMap { ex.dates[$0].date?.iso } ?? NSNull()
                if let p = ev.placePhrase { d["place_phrase"] = p }
                return d
            }
            var entry: [String: Any] = ["file": f, "mentions": mentions, "dates": dates, "events": events]
            entry["article_date"] = articles[i].date?.iso ?? NSNull()
            entry["article_date_source"] = articles[i].dateSource.rawValue
            out.append(entry)
        }
        return try JSONSerialization.data(withJSONObject: out, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}

/// Maps block-relative offsets back to offsets in the decoded file text.
///
/// Each block's text is looked up in the file after the previous block; for plain-text articles it
/// is always found (a block is a line), for Markdown a block with inline markup may not be, and then
/// the span's own text is searched from the block's position.
struct SourceMap {
    private let scalars: [Unicode.Scalar]
    private var blockStarts: [Int?] = []
    private var blockCursor: [Int] = []

    init(text: String, bodyOffset: Int, blocks: [String]) {
        scalars = Array(text.unicodeScalars)
        var cursor = bodyOffset
        for b in blocks {
            let needle = Array(b.unicodeScalars)
            if let at = SourceMap.find(needle, in: scalars, from: cursor) {
                blockStarts.append(at)
                cursor = at + needle.count
            } else {
                blockStarts.append(nil)
            }
            blockCursor.append(cursor)
        }
    }

    func locate(_ span: TextSpan, text: String?) -> (Int, Int) {
        if span.block < blockStarts.count, let s = blockStarts[span.block] { return (s + span.start, s + span.end) }
        let from = span.block > 0 && span.block - 1 < blockCursor.count ? blockCursor[span.block - 1] : 0
        if let text, let at = SourceMap.find(Array(text.unicodeScalars), in: scalars, from: from) {
            return (at, at + text.unicodeScalars.count)
        }
        return (from + span.start, from + span.end)
    }

    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        var i = max(0, from)
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
