import ArgumentParser
import Foundation
import Sitegen

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a built site: links, anchors, RTL and titles, empty entity pages, skipped articles.",
        discussion: "Exits with status 1 when anything is broken, so it can run in CI after `sitegen build`. Possible duplicate entities are listed as warnings."
    )

    @Option(name: .shortAndLong, help: "The built site to check.")
    var output: String = "site"

    @Flag(name: .shortAndLong, help: "Print only errors and the summary.")
    var quiet = false

    func run() throws {
        let root = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let report = SiteChecker(root: root).run()
        for d in report.problems.sorted() where !quiet || d.severity == .error { printErr(d.description) }
        print(report.summary)
        if !report.errors.isEmpty { throw ExitCode(1) }
    }
}
