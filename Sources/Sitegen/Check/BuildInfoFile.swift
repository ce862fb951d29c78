import Foundation

/// What a build leaves for `sitegen check` in `data/build.json`: articles that could not be loaded
/// and entities that may be duplicates. Sorted, without timestamps, so two builds of the same input
/// write the same bytes.
public struct BuildInfo: Codable, Sendable, Equatable {
    /// A file that failed to load, with the reason.
    public struct FailedFile: Codable, Sendable, Equatable {
        public var file: String
        public var line: Int?
        public var message: String
    }

    /// Two entities that look alike but were not merged.
    public struct Duplicate: Codable, Sendable, Equatable {
        public var first: String
        public var second: String
        /// Pages of the two entities, relative to the site root.
        public var firstPage: String
        public var secondPage: String
        public var reason: String
    }

    public static let path = "data/build.json"

    public var articles: Int
    public var failedArticles: [FailedFile]
    public var possibleDuplicates: [Duplicate]

    public static func read(siteRoot: URL) -> BuildInfo? {
        guard let data = FileManager.default.contents(atPath: siteRoot.appendingPathComponent(path).path) else { return nil }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(BuildInfo.self, from: data)
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// Writes `data/build.json` (see `BuildInfo`).
struct BuildInfoFile: SiteGenerator {
    let site: SiteModel
    /// The build's messages so far; errors naming a file are the files that were skipped.
    let diagnostics: [Diagnostic]
    var name: String { "build-info" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let failed = diagnostics.filter { $0.severity == .error && $0.file != nil }.sorted()
            .map { BuildInfo.FailedFile(file: $0.file!, line: $0.line, message: $0.message) }
        let entities = site.corpus.entities
        let duplicates = site.corpus.possibleDuplicates
            .filter { entities.indices.contains($0.first) && entities.indices.contains($0.second) }
            .map { d in
                BuildInfo.Duplicate(first: entities[d.first].name, second: entities[d.second].name,
                                    firstPage: site.entityPaths[d.first].file, secondPage: site.entityPaths[d.second].file,
                                    reason: d.reason)
            }
            .sorted { ($0.firstPage, $0.secondPage) < ($1.firstPage, $1.secondPage) }
        let info = BuildInfo(articles: site.articles.count, failedArticles: failed, possibleDuplicates: duplicates)
        // (encoded only when what it holds changed: `JSONEncoder` over the duplicates was a ninetieth of a one-article edit)
        var failure: Error?
        try out.file(BuildInfo.path, key: { Self.key(info) }) {
            do { return [UInt8](try info.encoded()) + [0x0A] } catch {
                failure = error
                return []
            }
        }
        if let failure { throw .error("cannot encode the build report: \(failure)", file: BuildInfo.path) }
    }

    /// Everything `data/build.json` holds.
    static func key(_ info: BuildInfo) -> ContentHash {
        var h = ContentHasher()
        h.combine(BuildInfo.path)
        h.combine(info.articles)
        h.combine(info.failedArticles.count)
        for f in info.failedArticles {
            h.combine(f.file)
            h.combine(f.line ?? -1)
            h.combine(f.line == nil ? 0 : 1)
            h.combine(f.message)
        }
        h.combine(info.possibleDuplicates.count)
        for d in info.possibleDuplicates {
            for s in [d.first, d.second, d.firstPage, d.secondPage, d.reason] { h.combine(s) }
        }
        return h.finalize()
    }
}
