import Foundation
import Resolution

/// Builds a site: the named pipeline steps, in order.
///
/// scan → load → parse → model → render → write (swap in). Each step is a type of its own stage;
/// this type only orchestrates and records timings. A failure anywhere leaves the previous site.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var progress: (any BuildProgress)?
    /// Incremental build cache (nil: build everything from scratch).
    public var cache: BuildCache?

    public init(options: BuildOptions, progress: (any BuildProgress)? = nil, cache: BuildCache? = nil) {
        self.options = options
        self.progress = progress
        self.cache = cache
    }

    public func build() throws(BuildFailure) -> BuildReport {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { ReplacedFiles.finish() }  // (the cache files this build replaced: their old files removed)
        var report = BuildReport()
        var timings = StageTimings()
        do {
            let config = try loadConfig(&report)
            try StagedOutput.checkPlacement(output: options.output, input: options.input)
            let templates = try timings.measure("templates") {
                try TemplateSet(folder: options.templates, compiledStore: cache.map { CompiledTemplateStore(folder: $0.folder, toolIdentity: $0.toolIdentity) })
            }
            if let cache {
                timings.measure("cache-read") { cache.beginBuild() }
                // the analyses read on the core the scan, load and grouping leave idle (taken over by the parse step),
                // then the last resolution (taken by the resolve step)
                if options.jobs > 1 { cache.analysis.preload(then: { [resolution = cache.resolution] in resolution.preload() }) }
            }

            let inventory = timings.measure("scan") { InputScanner(skip: [options.output] + (options.templates.map { [$0] } ?? [])).scan(options.input) }
            report.diagnostics += inventory.diagnostics
            if let unreadable = inventory.diagnostics.first(where: { $0.severity == .error }) {
                if options.strict { throw unreadable }
                report.failedArticles += inventory.diagnostics.filter { $0.severity == .error }.compactMap(\.file)
            }
            if inventory.articles.isEmpty {
                throw Diagnostic.error("no articles (.txt, .md, .html, .jsonl or .csv files) found", file: options.input.path)
            }
            // Nothing changed since the last build and its output is intact: it would be rebuilt byte for byte.
            let fingerprint = cache.map { c in
                timings.measure("fingerprint") {
                    UnchangedBuild.fingerprint(options: options, inventory: inventory, fields: config.fields, toolIdentity: c.toolIdentity,
                                           fileKeys: c.fileKeys)
                }
            }
            if let cache, let fingerprint = fingerprint?.fingerprint,
               var previous = cache.lastBuild.report(matching: fingerprint, output: options.output, manifest: cache.outputManifest,
                                                     stateFile: cache.outputStateFile) {
                previous.unchangedFiles = previous.files
                previous.timings = timings
                previous.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                return previous
            }
            // the analysis's one-time tables made on a core of their own while the articles are loaded and grouped
            let tables = options.jobs > 1 ? OneTimeTablesBeside() : nil
            defer { tables?.wait() }
            // the last build's output files' statuses, read on the core the load and the analysis leave idle (for `OutputReuse`)
            let outputStatuses = cache.map { OutputStatuses(output: options.output, manifest: $0.outputManifest, background: options.jobs > 1) }
            let loaded = try timings.measure("load") {
                try load(inventory.articles, keys: fingerprint?.articleKeys, loader: ArticleLoader(fields: config.fields), &report)
            }
            // Copies of one story keep one page; the others are listed on it and analysed no further.
            let republished = timings.measure("group") {
                RepublishedGroups(articles: loaded, similarity: config.republished, jobs: options.jobs, signatures: cache?.signatures)
            }
            var (articles, copies) = republished.apply(to: loaded)
            report.republishedCopies = republished.copyCount
            let curation = try timings.measure("curation") { try loadCuration(inventory, &report) }
            let (bodies, reuse) = timings.measure("parse") { [articles] in
                // an article the cache analysed already is parsed only if its page is rendered
                let reuse = cache.map { AnalysisReuse(cache: $0.analysis, articles: articles, curated: curation.entities, jobs: options.jobs) }
                let bodies = parallelMap(articles.count, jobs: options.jobs) { i in
                    if let hit = reuse?.hits[i] { return ArticleBody(markdown: articles[i].markdownText, blocks: hit.blocks) }
                    return ArticleBody(markdown: articles[i].markdown)
                }
                return (bodies, reuse)
            }
            // the articles' addresses need only their titles and files: made while the pool leaves a core idle
            let slugStore = cache.map { ArticleSlugStore(folder: $0.folder, toolIdentity: $0.toolIdentity) }
            let slugs = SlugsBesidePool()
            // a full build's article search terms need only their titles and bodies: read while resolution leaves a core idle
            let articleTerms = cache == nil && options.jobs > 1 ? SearchArticleTerms() : nil
            // (a build that writes the confidence evidence resolves anew: the cache does not keep it)
            let analysis = CorpusAnalysis(curated: curation.entities, curatedEvents: curation.events,
                                          jobs: options.jobs, progress: progress,
                                          resolutionCache: options.entityEvidenceFile == nil ? cache?.resolution : nil,
                                          besidePool: { [articles] in slugs.value = SiteModel.articleSlugs(articles, store: slugStore) },
                                          besideResolution: articleTerms.map { terms in { [articles] stopped in
                                              terms.read(titles: articles.map(\.title), bodies: bodies, stopped: stopped)
                                          } })
                .run(articles: &articles, bodies: bodies, reuse: reuse, timings: &timings)
            report.extractedArticles = analysis.extracted
            report.reusedEntities = analysis.reusedEntities
            report.reusedEvents = analysis.reusedEvents
            report.reusedGazetteer = analysis.reusedGazetteer
            if let file = options.entityEvidenceFile { try EntityEvidenceFile.write(analysis.corpus.entityEvidence, to: file) }
            let site = timings.measure("model") {
                SiteModel(config: config, articles: articles, bodies: bodies,
                          extractions: analysis.extractions, corpus: analysis.corpus, copies: copies,
                          sizes: options.listSizes, slugStore: slugStore, slugs: slugs.value, jobs: options.jobs)
            }
            report.entities = site.corpus.entities.count
            report.events = site.corpus.events.count

            let staged = try StagedOutput(output: options.output)
            staged.reuse = cache?.outputReuse(output: options.output, templates: templates.theme)
            if let outputStatuses { staged.reuse?.readStatusesAhead(outputStatuses) }
            do {
                let termCache = cache.map { SearchTermCache(folder: $0.folder, toolIdentity: $0.toolIdentity) }
                if let cache {
                    site.shared.set(IndexLayoutStore(folder: cache.folder, toolIdentity: cache.toolIdentity))
                    site.shared.set(EntityPageMemo(folder: cache.folder, toolIdentity: cache.toolIdentity))
                    site.shared.set(UnitPageMemo.Families(folder: cache.folder, toolIdentity: cache.toolIdentity))
                    site.shared.set(FamilyPageMemo.Families(folder: cache.folder, toolIdentity: cache.toolIdentity))
                    site.shared.set(EntityListOrder(folder: cache.folder, toolIdentity: cache.toolIdentity))
                }
                let generators = Self.generators(site: site, templates: templates, searchTerms: termCache,
                                                 searchIndex: cache.map { SearchIndexStore(folder: $0.folder, toolIdentity: $0.toolIdentity) },
                                                 articleSearchTerms: articleTerms)
                    + [BuildInfoFile(site: site, diagnostics: report.diagnostics)]
                let available = Set(generators.flatMap(\.sections))
                let sink = OutputSink(staged: staged, templates: templates, site: site,
                                      sections: PageContext.sections(for: site, available: available))
                // One after the other, each on all the cores. (Session 34 ran the mostly serial ones on a second thread
                // beside the page generators: no clear wall-time gain at 10k, and at 100k the second thread's heap kept
                // ~120 MB more through rendering: a 1.49 GiB peak against 1.32. See BENCHMARKS.md.)
                for (n, g) in generators.enumerated() {
                    progress?.update(stage: "render", done: n, total: generators.count)
                    try timings.measure("render:" + g.name) { () throws(Diagnostic) in try g.generate(into: sink, jobs: options.jobs) }
                }
                cache?.lastBuild.forget()
                try timings.measure("swap") { try staged.commit() }
                if let reuse = staged.reuse, let cache {
                    timings.measure("cache-write") {
                        cache.commitBuild(reuse)
                        templates.saveCompiled()
                        reuse.recordCommitted()  // after the manifest was saved (see OutputState)
                    }
                }
                report.pages = sink.pages
                report.unchangedFiles = staged.reuse?.reused ?? 0
                report.files = staged.filesWritten + report.unchangedFiles
                report.bytes = staged.bytesWritten + (staged.reuse?.reusedBytes ?? 0)
            } catch {
                staged.discard()
                throw error
            }
            report.articles = articles.count
            if let fingerprint { cache?.lastBuild.remember(fingerprint.fingerprint, report) }
        } catch {
            let failure = error as? Diagnostic ?? .error("\(error)")
            if !report.diagnostics.contains(failure) { report.diagnostics.append(failure) }
            throw BuildFailure(report.diagnostics.filter { $0.severity == .error })
        }
        report.timings = timings
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    static func generators(site: SiteModel, templates: TemplateSet, searchTerms: SearchTermCache? = nil,
                           searchIndex: SearchIndexStore? = nil, articleSearchTerms: SearchArticleTerms? = nil) -> [any SiteGenerator] {
        [
            HomePage(site: site),
            ArticleListPage(site: site),
            ArticleDatePages(site: site),
            ArticlePages(site: site),
            EntityPages(site: site, graph: { site, e, path in
                RelationGraph.neighbourhood(site: site, entity: e, from: path)
            }),
            EntityListPages(site: site),
            EventPages(site: site),
            ChronologyPage(site: site),
            ChronologyPeriodPages(site: site),
            DataExports(site: site),
            IndexPage(site: site),
            IndexLetterPages(site: site),
            SearchIndexPage(site: site, termCache: searchTerms, indexStore: searchIndex, articleTerms: articleSearchTerms),
            RelationGraphPage(site: site),
            NotFoundPage(site: site),
            Feeds(site: site),
            RobotsFile(site: site),
            AssetFiles(theme: templates.theme),
            Sitemap(site: site),  // last: lists the pages written before it
        ]
    }

    private func loadConfig(_ report: inout BuildReport) throws(Diagnostic) -> SiteConfig {
        var config = SiteConfig()
        if let file = options.configFile {
            if FileManager.default.fileExists(atPath: file.path) {
                config = try SiteConfig.load(file, warnings: &report.diagnostics)
            } else if options.configRequired {
                throw .error("config file not found", file: file.path)
            }
        }
        if let base = options.baseURL { config.baseURL = try SiteConfig.normalizedBaseURL(base) }
        return config
    }

    /// Curated entity and event files; a broken one is an error naming the file (the build goes on
    /// without it unless `--strict`).
    private func loadCuration(_ inventory: InputInventory, _ report: inout BuildReport) throws(Diagnostic)
        -> (entities: [CuratedEntity], events: [CuratedEvent]) {
        var entities: [CuratedEntity] = []
        var events: [CuratedEvent] = []
        for file in inventory.curatedEntities {
            do { entities.append(try CuratedFiles.loadEntity(root: options.input, file: file, warnings: &report.diagnostics)) } catch {
                if options.strict { throw error }
                report.diagnostics.append(error)
            }
        }
        for file in inventory.curatedEvents {
            do { events.append(try CuratedFiles.loadEvent(root: options.input, file: file, warnings: &report.diagnostics)) } catch {
                if options.strict { throw error }
                report.diagnostics.append(error)
            }
        }
        return (entities, events)
    }

    /// Loads the article files (through the cache, reusing their content `keys` when known). A file
    /// that yields no article is a skipped file; a bad record of a file of records, a skipped record.
    private func load(_ files: [String], keys: [ContentHash?]?, loader: ArticleLoader, _ report: inout BuildReport) throws(Diagnostic) -> [Article] {
        let root = options.input, rootPath = root.path
        let total = files.count
        let outcomes = parallelMap(total, jobs: options.jobs) { i -> ArticleLoader.Outcome in
            if i % 256 == 0 { progress?.update(stage: "load", done: i, total: total) }
            if let cache {
                let known: ContentHash?? = keys.map { $0[i] }
                return cache.load(root: root, relativePath: files[i], loader: loader, knownKey: known)
            }
            return loader.load(root: root, rootPath: rootPath, relativePath: files[i])
        }
        var articles: [Article] = []
        articles.reserveCapacity(total)
        for o in outcomes {
            report.diagnostics += o.diagnostics
            let errors = o.diagnostics.filter { $0.severity == .error }
            if options.strict, let first = errors.first { throw first }
            if o.articles.isEmpty {
                if let f = errors.last?.file { report.failedArticles.append(f) }
            } else {
                report.skippedRecords += errors.count
            }
            articles += o.articles
        }
        // The decoded file text is for `sitegen extract`'s source offsets; a build reads only the body
        // (without the cache, it was a second copy of the corpus held to the end of the build).
        for i in articles.indices { articles[i].sourceText = "" }
        if articles.isEmpty { throw .error("none of the \(total) article files could be loaded", file: root.path) }
        return articles
    }
}

/// The article slugs made beside the pool (`CorpusAnalysis.besidePool`; nil when it did not run them).
private final class SlugsBesidePool: @unchecked Sendable {
    var value: [String]?
}
