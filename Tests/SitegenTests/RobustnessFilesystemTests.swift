import Foundation
import Testing
@testable import Sitegen

/// Unusual file names, symbolic links, output placement, templates, unwritable output and the exit
/// codes and messages of the real `sitegen` binary.
@Suite struct RobustnessFilesystemTests {
    @Test func titlesGivingTheSameSlugGetDistinctPages() throws {
        let input = TempDir()
        input.write("a.txt", "اجتماع في بغداد\nنص أول.\n")
        input.write("b.txt", "اجتماع في بغداد\nنص ثان.\n")
        input.write("c.txt", "اجتماعٌ في بغدادَ\nنص ثالث.\n")  // diacritics romanize to the same slug
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let report = try buildSite(input: input.url, output: site)
        #expect(report.articles == 3)
        let pages = Robustness.articlePages(site)
        #expect(pages.count == 3)
        #expect(Set(pages).count == 3)
        for (file, text) in [("a.txt", "نص أول."), ("b.txt", "نص ثان."), ("c.txt", "نص ثالث.")] {
            #expect(pages.filter { out.read("site/" + $0)?.contains(text) == true }.count == 1, "\(file)")
        }
    }

    @Test func fileAndFolderNamesWithSpacesArabicQuotesAndDashes() throws {
        let names = ["my file.txt", "مقال عربي.txt", "it's \"quoted\".txt", "-rf --help.txt", "- مجلد 'x' \"y\"/--a b.md"]
        let input = TempDir()
        for (i, n) in names.enumerated() { input.write(n, "عنوان رقم \(i + 1)\nنص المقال رقم \(i + 1).\n") }
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let report = try buildSite(input: input.url, output: site)
        #expect(report.articles == names.count)
        #expect(report.diagnostics.isEmpty)
        let pages = Robustness.articlePages(site)
        #expect(pages.count == names.count)
        #expect(pages.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "\"") } })
        let all = pages.compactMap { out.read("site/" + $0) }.joined()
        #expect(all.contains("it&#39;s &quot;quoted&quot;.txt"))
        #expect(all.contains("- مجلد &#39;x&#39; &quot;y&quot;/--a b.md"))
    }

    @Test func inputFolderWithAwkwardNameThroughTheCommandLine() throws {
        let root = TempDir()
        let folder = "-مدخل 'x' \"y\" z"
        root.write(folder + "/a.txt", Robustness.goodArticle)
        let r = try SitegenCLI.run(["build", "--input=" + folder, "--output=- out put", "--templates", Repo.templates.path, "--quiet"], cwd: root.url)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Built 1 articles"))
        #expect(root.exists("- out put/index.html"))
    }

    @Test func symbolicLinkLoopsAreReadOnce() throws {
        let input = TempDir()
        input.write("a.txt", Robustness.goodArticle)
        input.write("sub/b.txt", "عنوان آخر\nنص آخر.\n")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: input.url.appendingPathComponent("sub/loop").path, withDestinationPath: input.url.path)
        try fm.createSymbolicLink(atPath: input.url.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: input.url.appendingPathComponent("self.txt").path, withDestinationPath: "self.txt")
        let out = TempDir()
        let report = try buildSite(input: input.url, output: out.url.appendingPathComponent("site"))
        #expect(report.articles == 2)
        #expect(report.warnings.contains { $0.file == "sub/loop" && $0.message.contains("symbolic link") })
        #expect(report.warnings.contains { $0.file == "sub/up" && $0.message.contains("symbolic link") })
        #expect(report.warnings.contains { $0.file == "self.txt" && $0.message.contains("broken symbolic link") })
        #expect(report.errors.isEmpty)
    }

    @Test func outputFolderEqualToOrContainingTheInputIsRefused() throws {
        let base = TempDir()
        base.write("in/a.txt", Robustness.goodArticle)
        let input = base.url.appendingPathComponent("in")
        try FileManager.default.createSymbolicLink(atPath: base.url.appendingPathComponent("link").path, withDestinationPath: input.path)
        let cases: [(URL, String)] = [
            (input, "is the input folder"),
            (base.url.appendingPathComponent("link"), "is the input folder"),  // through a symbolic link
            (base.url, "contains the input folder"),
        ]
        for (output, message) in cases {
            do {
                _ = try buildSite(input: input, output: output)
                Issue.record("building into \(output.path) succeeded")
            } catch let failure as BuildFailure {
                #expect(failure.diagnostics.contains { $0.message.contains(message) && $0.file == output.path }, "\(failure)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: input.path) == ["a.txt"])
        #expect(base.read("in/a.txt") == Robustness.goodArticle)
    }

    /// `site/` inside a folder of articles (the default) is never read back, nor is a site built
    /// there before into another folder (its pages would otherwise be saved web pages).
    @Test func outputInsideTheInputIsNotReadBack() throws {
        let base = TempDir()
        base.write("in/a.txt", Robustness.goodArticle)
        let input = base.url.appendingPathComponent("in")
        let first = try buildSite(input: input, output: input.appendingPathComponent("site"))
        let again = try buildSite(input: input, output: input.appendingPathComponent("site"))
        let elsewhere = try buildSite(input: input, output: input.appendingPathComponent("public"))
        #expect(first.articles == 1 && again.articles == 1 && elsewhere.articles == 1)
        #expect(elsewhere.warnings.contains { $0.file == "site" && $0.message.contains("site built by sitegen") })
        #expect(base.read("in/a.txt") == Robustness.goodArticle)
    }

    @Test func missingOrBrokenTemplatesNameFileAndLine() throws {
        let input = TempDir()
        input.write("a.txt", Robustness.goodArticle)
        func attempt(_ change: (URL) throws -> Void) throws -> [Diagnostic] {
            let t = TempDir()
            let templates = t.url.appendingPathComponent("Templates")
            try FileManager.default.copyItem(at: Repo.templates, to: templates)
            try change(templates)
            let out = TempDir()
            var o = BuildOptions(input: input.url, output: out.url.appendingPathComponent("site"), templates: templates)
            o.jobs = 2
            do {
                _ = try SiteBuilder(options: o).build()
                Issue.record("build with broken templates succeeded")
                return []
            } catch {
                #expect(!FileManager.default.fileExists(atPath: out.url.appendingPathComponent("site").path))
                return error.diagnostics
            }
        }
        let broken = try attempt { t in
            let f = t.appendingPathComponent("home.mustache")
            var lines = try String(contentsOf: f, encoding: .utf8).components(separatedBy: "\n")
            lines.insert("<p>{{#unclosed}}</p>", at: 4)
            try lines.joined(separator: "\n").write(to: f, atomically: true, encoding: .utf8)
        }
        #expect(broken.contains { $0.file == "home.mustache" && $0.line != nil && $0.message.contains("template error") }, "\(broken)")

        let partial = try attempt { t in
            let f = t.appendingPathComponent("articles.mustache")
            var lines = try String(contentsOf: f, encoding: .utf8).components(separatedBy: "\n")
            lines.insert("{{> partials/nowhere}}", at: 2)
            try lines.joined(separator: "\n").write(to: f, atomically: true, encoding: .utf8)
        }
        #expect(partial.contains { $0.file == "articles.mustache" && $0.line == 3 && $0.message.contains("partials/nowhere") }, "\(partial)")

        let notText = try attempt { try Data([0xFF, 0x00, 0xFE]).write(to: $0.appendingPathComponent("partials/nav.mustache")) }
        #expect(notText.contains { $0.file == "partials/nav.mustache" && $0.message.contains("cannot read template") })
    }

    @Test func unwritableOutputFolderIsAClearError() throws {
        let input = TempDir()
        input.write("a.txt", Robustness.goodArticle)
        let base = TempDir()
        base.write("plain-file", "not a folder")
        // A regular file where a folder should be: fails for every user, root included.
        let output = base.url.appendingPathComponent("plain-file/site")
        do {
            _ = try buildSite(input: input.url, output: output)
            Issue.record("build into a path below a regular file succeeded")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.contains { $0.message.contains("cannot create the output's parent folder") }, "\(failure)")
        }
        #expect(base.read("plain-file") == "not a folder")
        if getuid() != 0 {  // permissions do not stop root
            let locked = base.url.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            chmod(locked.path, 0o500)
            defer { chmod(locked.path, 0o700) }
            #expect(throws: BuildFailure.self) { try buildSite(input: input.url, output: locked.appendingPathComponent("site")) }
        }
    }

    @Test func exitCodesAndMessagesOfTheCommandLine() throws {
        let dir = TempDir()
        dir.write("in/good.txt", Robustness.goodArticle)
        let args = ["build", "--input", "in", "--output", "site", "--templates", Repo.templates.path]
        let ok = try SitegenCLI.run(args, cwd: dir.url)
        #expect(ok.status == 0)
        dir.write("in/bad.md", "---\ntitle: [1, 2]\n---\nنص\n")
        let skipped = try SitegenCLI.run(args, cwd: dir.url)
        #expect(skipped.status == 0, "a skipped file does not fail the build")
        #expect(skipped.stderr.contains("bad.md:2: error: front matter key 'title' must be a single text value"))
        #expect(skipped.stdout.contains("Built 1 articles") && skipped.stdout.contains("1 file skipped"))
        let before = Robustness.snapshot(dir.url.appendingPathComponent("site"))

        let strict = try SitegenCLI.run(args + ["--strict"], cwd: dir.url)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("bad.md:2: error:"))
        #expect(strict.stderr.contains("Build failed; the previous site (if any) was left as it was."))
        #expect(Robustness.snapshot(dir.url.appendingPathComponent("site")) == before)

        let same = try SitegenCLI.run(["build", "--input", "in", "--output", "in", "--templates", Repo.templates.path], cwd: dir.url)
        #expect(same.status == 1)
        #expect(same.stderr.contains("the output folder is the input folder"))
    }
}

private extension Error {
    var diagnostics: [Diagnostic] { (self as? BuildFailure)?.diagnostics ?? [] }
}

extension RobustnessFilesystemTests {
    /// Linux allows any bytes in a name; one that is not UTF-8 cannot be opened through a String path.
    @Test func fileNameThatIsNotUTF8IsAnError() throws {
        let input = TempDir()
        input.write("good.txt", Robustness.goodArticle)
        var path = Array(input.url.path.utf8) + Array("/".utf8) + [0xFF, 0xFE] + Array("bad.txt".utf8) + [0]
        let fd = path.withUnsafeMutableBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        try #require(fd >= 0)
        close(fd)
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let report = try buildSite(input: input.url, output: site)
        #expect(report.articles == 1)
        #expect(report.failedArticles.count == 1)
        #expect(report.errors.contains { $0.message.contains("file name is not valid UTF-8") && $0.file?.hasSuffix("bad.txt") == true })
        let before = Robustness.snapshot(site)
        #expect(throws: BuildFailure.self) { try buildSite(input: input.url, output: site, strict: true) }
        #expect(Robustness.snapshot(site) == before)
    }
}

extension RobustnessFilesystemTests {
    /// A link named like an article that leads to a device or a pipe is skipped, never read.
    @Test func linksToDevicesAndPipesAreNotRead() throws {
        let input = TempDir()
        input.write("good.txt", Robustness.goodArticle)
        try FileManager.default.createSymbolicLink(atPath: input.url.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
        #expect(mkfifo(input.url.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let out = TempDir()
        let report = try buildSite(input: input.url, output: out.url.appendingPathComponent("site"))
        #expect(report.articles == 1)
        #expect(Set(report.failedArticles) == ["zero.txt", "pipe.md"])
        #expect(report.errors.filter { $0.message.contains("not a regular file") }.count == 2)
    }
}
