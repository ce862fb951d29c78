import Foundation
import Testing
@testable import Sitegen

/// A cached article's Markdown kept as bytes with their digest (`ArticleMarkdown`): the same text and keys as the
/// string it replaces, and a damaged text found when the cache is read.
@Suite struct ArticleMarkdownTests {
    static let text = "فقرة **أولى** عن بغداد.\n\nفقرة ثانية، وفيها café و 42.\n"

    @Test func cachedBytesAreTheStringWithTheStringsDigest() throws {
        let plain = ArticleMarkdown(Self.text)
        let bytes = Array(("xx" + Self.text + "yy").utf8)
        let slice = bytes[2..<(bytes.count - 2)]
        let cached = try #require(ArticleMarkdown(cachedUTF8: slice, digest: plain.digest))
        #expect(cached.string == Self.text)
        #expect(cached.digest == plain.digest)
        #expect(cached.withUTF8 { Array($0) } == Array(Self.text.utf8))
        #expect(plain.withUTF8 { Array($0) } == Array(Self.text.utf8))
        var h = ContentHasher()
        h.combine(Self.text)
        #expect(plain.digest == h.finalize())
        #expect(ArticleMarkdown(cachedUTF8: slice, digest: ArticleMarkdown("آخر").digest) == nil)
    }

    @Test func keysOfACachedArticleAreTheKeysOfItsText() throws {
        var a = Article(file: "a.md", format: .markdown, title: "عنوان", markdown: Self.text)
        let seed = ContentHash(high: 1, low: 2)
        let key = AnalysisCache.key(of: a, seed: seed)
        let signature = RepublishedSignatureCache.key(title: a.title, markdown: a.markdownText)
        a.markdownText = try #require(ArticleMarkdown(cachedUTF8: Array(Self.text.utf8)[...], digest: a.markdownText.digest))
        #expect(AnalysisCache.key(of: a, seed: seed) == key)
        #expect(RepublishedSignatureCache.key(title: a.title, markdown: a.markdownText) == signature)
        a.markdown = Self.text + "فقرة ثالثة.\n"
        #expect(AnalysisCache.key(of: a, seed: seed) != key)
        // a body made from a cached text renders what one made from the string renders
        let fromString = ArticleBody(markdown: Self.text)
        let cached = try #require(ArticleMarkdown(cachedUTF8: Array(Self.text.utf8)[...], digest: ArticleMarkdown(Self.text).digest))
        #expect(ArticleBody(markdown: cached, blocks: fromString.blocks).html() == fromString.html())
    }

    private func corpus() -> TempDir {
        let input = TempDir()
        input.write("a.md", "---\ntitle: المقال الأول\ndate: 2021-03-01\n---\nنص المقال الأول عن بغداد.\n")
        input.write("b.md", "---\ntitle: المقال الثاني\ndate: 2021-04-01\n---\nنص المقال الثاني عن البصرة والموصل.\n")
        input.write("c.md", "---\ntitle: المقال الثالث\ndate: 2021-05-01\n---\nنص المقال الثالث عن كربلاء.\n")
        return input
    }

    @Test func cachedArticleKeepsItsTextAndDigest() throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        let cache = BuildCache(output: site)  // read back from disk
        cache.beginBuild()
        let loader = ArticleLoader(fields: RecordFields())
        let hit = try #require(cache.load(root: input.url, relativePath: "b.md", loader: loader).articles.first)
        let fresh = try #require(loader.load(root: input.url, relativePath: "b.md").articles.first)
        #expect(cache.articleHits == 1)
        #expect(hit.markdown == fresh.markdown)
        #expect(hit.markdownText.digest == fresh.markdownText.digest)
    }

    /// Replaces the first occurrence of `from` by `to` (as many bytes) in the cached entry of `path`.
    private func damage(_ site: URL, _ path: String, _ from: [UInt8], _ to: [UInt8]) throws {
        let file = BuildCache.folder(for: site).appendingPathComponent("articles-\(BuildCache.shard(path)).bin")
        var bytes = [UInt8](try Data(contentsOf: file))
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: from) })
        bytes.replaceSubrange(at..<(at + from.count), with: to)
        try Data(bytes).write(to: file)
    }

    /// Another letter (still valid UTF-8: only the digest tells), and bytes that are not UTF-8.
    static let damages: [(from: [UInt8], to: [UInt8])] = [
        (Array("البصرة".utf8), Array("البصرت".utf8)),
        (Array("الموصل".utf8), [0xFF, 0xFE] + Array(Array("الموصل".utf8).dropFirst(2))),
    ]

    @Test(arguments: damages)
    func damagedTextIsFoundAndTheArticleLoadedAnew(from: [UInt8], to: [UInt8]) throws {
        let input = corpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: site, cache: BuildCache(output: site))
        try damage(site, "b.md", from, to)
        input.write("a.md", "---\ntitle: المقال الأول\ndate: 2021-03-01\n---\nنص المقال الأول عن بغداد، معدلا.\n")
        let cache = BuildCache(output: site)
        try buildMatchingFresh(input, site, cache: cache)
        // b.md's shard is ignored (and a.md was edited): only c.md, unless it shares b.md's shard, is a hit
        let sameShard = BuildCache.shard("c.md") == BuildCache.shard("b.md")
        #expect(cache.articleHits == (sameShard ? 0 : 1))
        let page = try #require(siteFiles(site).first {
            $0.hasPrefix("articles/") && ((try? String(contentsOf: site.appendingPathComponent($0), encoding: .utf8))?.contains("البصرة والموصل") ?? false)
        })
        #expect(!page.isEmpty)
    }
}
