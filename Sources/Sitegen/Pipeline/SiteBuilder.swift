import Foundation

/// Builds a site: the named pipeline steps, in order.
///
/// scan → load → parse → model → render → write (swap in). Each step is a type of its own stage;
/// this type only orchestrates and records timings. A failure anywhere leaves the previous site.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var progress: (any BuildProgress)?

    public init(options: BuildOptions, progress: (any BuildProgress)? = nil) {
        self.options = options
        self.progress = progress
    }

    public func build() throws(BuildFailure) -> BuildReport {
        let started = DispatchTime.now().uptimeNanoseconds
        var report = BuildReport()
        var timings = StageTimings()
        do {
            let config = try loadConfig(&report)
            try StagedOutput.checkPlacement(output: options.output, input: options.input)
            let templates = try timings.measure("templates") { try TemplateSet(folder: options.templates) }

            let inventory = timings.measure("scan") { InputScanner(skip: [options.output]).scan(options.input) }
            report.diagnostics += inventory.diagnostics
            if let unreadable = inventory.diagnostics.first(where: { $0.severity == .error }) {
                if options.strict { throw unreadable }
                report.failedArticles += inventory.diagnostics.filter { $0.severity == .error }.compactMap(\.file)
            }
            if inventory.articles.isEmpty {
                throw Diagnostic.error("no articles (.txt or .md files) found", file: options.input.path)
            }
            let articles = try timings.measure("load") { try load(inventory.articles, &report) }
            let bodies = timings.measure("parse") {
                parallelMap(articles.count, jobs: options.jobs) { i in
                    ArticleBody(markdown: articles[i].markdown)
                }
            }
            let site = timings.measure("model") { SiteModel(config: config, articles: articles, bodies: bodies) }

            let staged = try StagedOutput(output: options.output)
            do {
                let generators = Self.generators(site: site, templates: templates)
                let available = Set(generators.flatMap(\.sections))
                let sink = OutputSink(staged: staged, templates: templates, site: site,
                                      sections: PageContext.sections(for: site, available: available))
                for (n, g) in generators.enumerated() {
                    progress?.update(stage: "render", done: n, total: generators.count)
                    try timings.measure("render:" + g.name) { try g.generate(into: sink, jobs: options.jobs) }
                }
                try timings.measure("swap") { try staged.commit() }
                report.pages = sink.pages
                report.files = staged.filesWritten
                report.bytes = staged.bytesWritten
            } catch {
                staged.discard()
                throw error
            }
            report.articles = articles.count
        } catch {
            let failure = error as? Diagnostic ?? .error("\(error)")
            if !report.diagnostics.contains(failure) { report.diagnostics.append(failure) }
            throw BuildFailure(report.diagnostics.filter { $0.severity == .error })
        }
        report.timings = timings
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    static func generators(site: SiteModel, templates: TemplateSet) -> [any SiteGenerator] {
        [
            HomePage(site: site),
            ArticleListPage(site: site),
            ArticlePages(site: site),
            AssetFiles(folder: templates.assetsFolder),
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

    private func load(_ files: [String], _ report: inout BuildReport) throws(Diagnostic) -> [Article] {
        let loader = ArticleLoader()
        let root = options.input
        let total = files.count
        let outcomes = parallelMap(total, jobs: options.jobs) { i -> ArticleLoader.Outcome in
            if i % 256 == 0 { progress?.update(stage: "load", done: i, total: total) }
            return loader.load(root: root, relativePath: files[i])
        }
        var articles: [Article] = []
        articles.reserveCapacity(total)
        for o in outcomes {
            report.diagnostics += o.diagnostics
            if let a = o.article {
                articles.append(a)
            } else {
                let err = o.diagnostics.last { $0.severity == .error }
                if options.strict, let err { throw err }
                if let f = err?.file { report.failedArticles.append(f) }
            }
        }
        if articles.isEmpty { throw .error("none of the \(total) article files could be loaded", file: root.path) }
        return articles
    }
}
