import Foundation
import Testing
@testable import Sitegen

/// Helpers for the bad-input tests: a small corpus with one broken file, snapshots of a built site,
/// and the real `sitegen` binary for exit codes and messages.
enum Robustness {
    static let goodArticle = "اجتماع في بغداد لبحث الأمن\nقال المتحدث إن الاجتماع ناقش الوضع.\n"

    /// Every file of a folder (relative path → bytes).
    static func snapshot(_ folder: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for case let rel as String in fm.enumerator(atPath: folder.path) ?? FileManager.DirectoryEnumerator() {
            if let d = fm.contents(atPath: folder.appendingPathComponent(rel).path) { out[rel] = d }
        }
        return out
    }

    /// Article pages of a built site ("articles/<slug>.html").
    static func articlePages(_ site: URL) -> [String] {
        snapshot(site).keys.filter { $0.hasPrefix("articles/") && $0.hasSuffix(".html") }.sorted()
    }

    /// A corpus of `good.txt` plus `name` holding `bytes`: the good article builds and the bad file is
    /// skipped with an error naming it (and `line`); with `--strict` the build fails with that error
    /// and the previous site is left byte for byte, with nothing left beside it.
    static func expectRejected(_ name: String, _ bytes: Data, message: String, line: Int?,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let input = TempDir()
        input.write("good.txt", goodArticle)
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site)
        let previous = snapshot(site)
        input.write(name, bytes)

        let report = try buildSite(input: input.url, output: site)
        #expect(report.articles == 1, sourceLocation: sourceLocation)
        #expect(report.failedArticles == [name], sourceLocation: sourceLocation)
        let error = report.errors.first { $0.file == name }
        #expect(error?.message.contains(message) == true, "got \(report.errors)", sourceLocation: sourceLocation)
        #expect(error?.line == line, "got \(report.errors)", sourceLocation: sourceLocation)
        #expect(articlePages(site).count == 1, sourceLocation: sourceLocation)

        let before = snapshot(site)
        // Only the build report changes: it lists the skipped file for `sitegen check`.
        let reportFile = BuildInfo.path
        #expect(before.filter { $0.key != reportFile } == previous.filter { $0.key != reportFile },
                "skipping the bad file changed the site", sourceLocation: sourceLocation)
        #expect(String(decoding: before[reportFile] ?? Data(), as: UTF8.self).contains(name.replacingOccurrences(of: "\"", with: "\\\"")),
                "the build report does not list \(name)", sourceLocation: sourceLocation)
        do {
            _ = try buildSite(input: input.url, output: site, strict: true)
            Issue.record("--strict build with \(name) succeeded", sourceLocation: sourceLocation)
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.contains { $0.file == name && $0.line == line && $0.message.contains(message) },
                    "got \(failure.diagnostics)", sourceLocation: sourceLocation)
        }
        #expect(snapshot(site) == before, "a failed --strict build touched the previous site", sourceLocation: sourceLocation)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path) == ["site"], sourceLocation: sourceLocation)
    }

    static func expectRejected(_ name: String, _ text: String, message: String, line: Int?,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        try expectRejected(name, Data(text.utf8), message: message, line: line, sourceLocation: sourceLocation)
    }

    /// Loads one file's bytes and returns the outcome.
    static func load(_ name: String, _ bytes: Data, sidecar: ArticleLoader.Sidecar? = nil) -> ArticleLoader.Outcome {
        ArticleLoader().load(data: bytes, relativePath: name, sidecar: sidecar)
    }
}

/// The `sitegen` executable built next to the test bundle, for exit codes and printed messages.
enum SitegenCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL? {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundleFolder.appendingPathComponent("sitegen"),
                          bundleFolder.deletingLastPathComponent().appendingPathComponent("sitegen"),
                          Repo.root.appendingPathComponent(".build/debug/sitegen")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `sitegen` with `arguments` in folder `cwd`.
    static func run(_ arguments: [String], cwd: URL) throws -> Result {
        let bin = try #require(binary, "the sitegen executable is not built (run `swift build` first)")
        let p = Process()
        p.executableURL = bin
        p.arguments = arguments
        p.currentDirectoryURL = cwd
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}
