import ArgumentParser
import Foundation
import Sitegen

@main
struct SitegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Turn a folder of Arabic news articles into a right-to-left static report site.",
        discussion: """
        Articles are .txt (plain text), .md (Markdown with YAML front matter: title, date, source, \
        url, author, tags), .html/.htm (saved web pages), or .jsonl/.csv files of many articles (one \
        per line or row). sitegen finds the people, organizations and places they name and the events \
        they report, groups republished copies of one story, and writes a site of linked pages that \
        any static host can serve. Run `sitegen init` to start a project, `sitegen build` in a folder \
        of articles to build its site.
        """,
        version: SitegenVersion.description(commit: buildCommit),
        subcommands: [Build.self, Serve.self, Check.self, Extract.self, Init.self],
        defaultSubcommand: Build.self
    )
}

/// Options shared by commands that read an input folder and write a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Folder of articles (.txt, .md, .html, .jsonl, .csv), read recursively.")
    var input: String = "."

    @Option(name: .shortAndLong, help: "Folder to write the site to (changed only when the whole build succeeds).")
    var output: String = "site"

    @Option(name: .long, help: ArgumentHelp("Folder of Mustache templates and assets laid over the built-in theme: a file it lacks comes from the built-in theme.",
                                            discussion: "Default: templates/ when the current folder has one (sitegen init --templates writes it), else the built-in theme alone."))
    var templates: String?

    @Option(name: .long, help: "Site config file (YAML; default: sitegen.yml in the current folder, when there).")
    var config: String?

    @Option(name: .long, help: "Absolute URL the site is published at; enables sitemap, feeds, canonical links.")
    var baseURL: String?

    @Flag(name: .long, help: "Stop at the first file or record that cannot be loaded (the previous site stays untouched).")
    var strict = false

    @Option(name: .shortAndLong, help: "Worker threads (default: all cores). The output is the same for any value.")
    var jobs: Int?

    func buildOptions() -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ p: String) -> URL { URL(fileURLWithPath: p, relativeTo: cwd).standardizedFileURL }
        var o = BuildOptions(input: url(input), output: url(output),
                             templates: templates.map(url) ?? ProjectScaffold.templatesFolder(in: cwd),
                             configFile: url(config ?? "sitegen.yml"))
        o.configRequired = config != nil
        o.baseURL = baseURL
        o.strict = strict
        if let jobs { o.jobs = max(1, jobs) }
        return o
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site (the default command).")

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: "Print the time of each pipeline stage (wall and CPU seconds, resident and peak memory).")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print no progress and no warnings, only errors and the summary.")
    var quiet = false

    @Flag(name: .long, help: "Build everything anew, without the incremental cache kept beside the output (.<output>.cache).")
    var noCache = false

    @Option(name: .long, help: ArgumentHelp("Also write the confidence evidence of every entity (JSON Lines) to this file, for bench/fit-entity-confidence.",
                                            visibility: .hidden))
    var entityEvidence: String?

    func run() throws {
        let progress = quiet ? nil : TerminalProgress()
        var options = site.buildOptions()
        options.entityEvidenceFile = entityEvidence.map { URL(fileURLWithPath: $0) }
        let builder = SiteBuilder(options: options, progress: progress,
                                  cache: noCache ? nil : BuildCache(output: options.output))
        do {
            let report = try builder.build()
            progress?.finish()
            for d in report.diagnostics.sorted() where !quiet || d.severity == .error { printErr(d.description) }
            if timings {
                print(report.timings.report)
                let rest = report.extractedArticles < report.articles ? " (the others from the cache)" : ""
                print("extracted \(report.extractedArticles) of \(report.articles) articles" + rest)
            }
            print(report.summary)
            // The build is done and written: end here rather than free the cache's tens of megabytes object by
            // object as `builder` goes out of scope (≈ 0.05 CPU-s of a one-article edit at 10k). Nothing is pending:
            // no deinit of the build has an effect outside the process.
            fflush(nil)
            Foundation.exit(0)
        } catch {
            // `build()` throws only `BuildFailure`
            progress?.finish()
            for d in error.diagnostics { printErr(d.description) }
            printErr("Build failed; the previous site (if any) was left as it was.")
            throw ExitCode(1)
        }
    }
}

func printErr(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}
