/// What a build did, for the one-line summary and for tests.
public struct BuildReport: Sendable {
    /// Articles with a page (a story republished several times counts once).
    public var articles = 0
    /// Articles that are copies of another one's story, listed on its page (see `RepublishedGroups`).
    public var republishedCopies = 0
    /// Files skipped because they could not be loaded.
    public var failedArticles: [String] = []
    /// Records of .jsonl and .csv files skipped with an error (the file's other records were built).
    public var skippedRecords = 0
    public var entities = 0
    public var events = 0
    public var pages = 0
    public var files = 0
    /// Files kept from the previous output as they were (incremental builds).
    public var unchangedFiles = 0
    public var bytes = 0
    /// Articles whose entities, dates and events were extracted in this build (the others' came
    /// from the incremental cache).
    public var extractedArticles = 0
    /// True when the entities were the last build's (`ResolutionCache`: nothing entity resolution reads changed).
    public var reusedEntities = false
    /// True when the events were the last build's too (nothing event resolution reads changed).
    public var reusedEvents = false
    /// The corpus gazetteer was the last build's (`PooledGazetteerStore`): no article's pooled votes changed.
    public var reusedGazetteer = false
    public var diagnostics: [Diagnostic] = []
    public var timings = StageTimings()
    public var seconds: Double = 0

    public init() {}

    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// "Built 5 articles, 31 entities, 12 events → 61 pages (84 files, 1.2 MB) in 0.21 s; 0 warnings."
    /// ("Built 5 articles (+2 republished copies), …" when some were grouped.)
    public var summary: String {
        let mb = Double(bytes) / 1_000_000
        var s = "Built \(articles) articles"
        if republishedCopies > 0 { s += " (+\(republishedCopies) republished cop\(republishedCopies == 1 ? "y" : "ies"))" }
        s += ", \(entities) entities, \(events) events → \(pages) pages"
        s += " (\(files) files, " + (unchangedFiles > 0 ? "\(unchangedFiles) unchanged, " : "") + "\(mb < 10 ? String(format: "%.2f", mb) : String(format: "%.0f", mb)) MB)"
        s += " in \(String(format: "%.2f", seconds)) s"
        s += "; \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        if !failedArticles.isEmpty { s += ", \(failedArticles.count) file\(failedArticles.count == 1 ? "" : "s") skipped" }
        if skippedRecords > 0 { s += ", \(skippedRecords) record\(skippedRecords == 1 ? "" : "s") skipped" }
        return s + "."
    }
}

/// Receives progress of long stages (the CLI draws it on the terminal).
public protocol BuildProgress: Sendable {
    /// Called when a stage starts and as its items complete.
    func update(stage: String, done: Int, total: Int)
}

import Foundation
