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
