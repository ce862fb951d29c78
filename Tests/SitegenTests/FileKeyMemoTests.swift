import Foundation
import Testing
@testable import Sitegen

/// A rebuild reads only the article files whose status changed (`FileKeyMemo`), and still sees every edit.
@Suite struct FileKeyMemoTests {
    private func corpus() -> TempDir {
        let input = TempDir()
        input.write("a.md", "---\ntitle: تقرير أمني\ndate: 2021-03-01\n---\nقالت مصادر أمنية إن الوضع في بغداد هادئ.\n")
        input.write("b.txt", "وصول إلى بغداد\nوصل الوفد إلى بغداد مساء أمس.\n")
        input.write("c.md", "---\ntitle: أسعار النفط\ndate: 2021-03-03\n---\nارتفعت أسعار النفط.\n")
        return input
    }

    private func articlesJSON(_ site: URL) throws -> String {
        try String(contentsOf: site.appendingPathComponent("data/articles.json"), encoding: .utf8)
    }

    @Test func onlyChangedFilesAreReadAgain() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        var cache = BuildCache(output: site)
        cache.fileKeys.margin = 0  // the files were written just now: trust their status anyway
        _ = try buildSite(input: input.url, output: site, cache: cache)
        #expect(cache.fileKeys.hashed == 3)
        input.write("c.md", try #require(input.read("c.md")) + "\nوتراجعت الأسعار لاحقا.\n")
        cache = BuildCache(output: site)  // read back from disk
        cache.fileKeys.margin = 0
        _ = try buildSite(input: input.url, output: site, cache: cache)
        #expect(cache.fileKeys.hashed == 1)
        // a rewrite of the same size is a new status too (its change time moved)
        input.write("c.md", try #require(input.read("c.md")).replacingOccurrences(of: "أسعار النفط\n", with: "أسعار الغاز\n"))
        _ = try buildSite(input: input.url, output: site, cache: cache)
        #expect(cache.fileKeys.hashed == 1)
        #expect(try articlesJSON(site).contains("أسعار الغاز"))
        // a sidecar that appears changes the article's key
        input.write("b.yml", "title: عنوان من الملف المرافق\n")
        _ = try buildSite(input: input.url, output: site, cache: cache)
        #expect(cache.fileKeys.hashed == 1)
        #expect(try articlesJSON(site).contains("عنوان من الملف المرافق"))
    }

    private func size(_ file: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int) ?? -1
    }

    /// A build that hashed a few files appends their keys (and the paths that went away) to `file-keys.bin` instead of
    /// writing it whole; a memo read back from the log has what the last build had; a damaged log is not trusted.
    @Test func changedKeysAreAppendedAndReadBack() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        func build(expectHashed: Int, line: Int = #line) throws {
            let cache = BuildCache(output: site)  // read back from disk
            cache.fileKeys.margin = 0
            _ = try buildSite(input: input.url, output: site, cache: cache)
            #expect(cache.fileKeys.hashed == expectHashed, "build at line \(line)")
        }
        try build(expectHashed: 3)
        let file = BuildCache(output: site).fileKeys.file
        let whole = size(file)
        input.write("c.md", try #require(input.read("c.md")) + "\nوتراجعت الأسعار لاحقا.\n")
        try build(expectHashed: 1)
        // (one record appended: the file grew by less than it holds)
        let appended = size(file)
        #expect(appended > whole && appended - whole < whole / 2)
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("b.txt"))
        try build(expectHashed: 0)
        #expect(size(file) > appended)
        try build(expectHashed: 0)
        #expect(try !articlesJSON(site).contains("وصول إلى بغداد"))
        // b.txt back: its key is made again (its removal was read back)
        input.write("b.txt", "وصول إلى بغداد\nوصل الوفد إلى بغداد مساء أمس.\n")
        try build(expectHashed: 1)
        try build(expectHashed: 0)
        #expect(try articlesJSON(site).contains("وصول إلى بغداد"))
        // a log cut short is not read: every file is hashed (in a build not skipped: c.md changed), and the file
        // written whole
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(size(file) - 3))
        try handle.close()
        input.write("c.md", try #require(input.read("c.md")) + "\nثم استقرت.\n")
        try build(expectHashed: 3)
        #expect(size(file) == whole)
        try build(expectHashed: 0)
    }

    /// A file changed within the margin of its hashing may change again in the same timestamp tick:
    /// it is read again until it is older.
    @Test func recentlyChangedFilesAreReadAgain() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        input.write("c.md", try #require(input.read("c.md")) + "\nوتراجعت الأسعار لاحقا.\n")
        _ = try buildSite(input: input.url, output: site, cache: cache)
        #expect(cache.fileKeys.hashed == 3)
    }

    @Test func pathExtensionIsFoundationsLowercased() {
        for path in ["a/b.md", "a/b.MD", "x.tar.gz", "dir.d/file", "dir/.hidden", "file.", "a/b.jsonl", "noext",
                     "a.md/", "records.CSV", "مقالات/خبر.Html", "a/b.c/d.txt"] {
            #expect(ArticleLoader.pathExtension(path) == (path as NSString).pathExtension.lowercased(), "\(path)")
        }
    }
}
