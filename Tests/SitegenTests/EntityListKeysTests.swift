import Foundation
import Testing
@testable import Sitegen

/// The entity lists (`people.html` … and their pages) are keyed by their inputs: an edit that changes none of
/// the entities a page lists leaves the page's file untouched, and one that changes a name, a count, the order
/// or the letter bar writes it again, the cached site always equal to a fresh build.
@Suite struct EntityListKeysTests {
    /// The list pages (`people*.html`, `places*.html` … and their `page/` pages), by inode and modification time.
    private func listStamps(_ site: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for f in siteFiles(site) where ["people", "places", "organizations"].contains(where: { f.hasPrefix($0) }) && f.hasSuffix(".html") {
            let a = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(f).path)
            out[f] = "\(a[.systemFileNumber] ?? 0)@\((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return out
    }

    /// `buildMatchingFresh` with list sizes (both builds).
    private func build(_ input: TempDir, _ site: URL, _ cache: BuildCache, _ sizes: ListSizes,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = try buildSite(input: input.url, output: site, sizes: sizes, cache: cache)
        let scratch = TempDir()
        let fresh = scratch.url.appendingPathComponent("site")
        _ = try buildSite(input: input.url, output: fresh, sizes: sizes)
        let files = siteFiles(site)
        #expect(files == siteFiles(fresh), sourceLocation: sourceLocation)
        for f in files where FileManager.default.contents(atPath: site.appendingPathComponent(f).path)
            != FileManager.default.contents(atPath: fresh.appendingPathComponent(f).path) {
            Issue.record("\(f) differs from a build without the cache", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [1, 2, 100]) func entityListsFollowWhatTheyShow(perPage: Int) throws {
        var sizes = ListSizes()
        sizes.entities = perPage
        let input = editCorpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        try build(input, site, cache, sizes)
        let lists = try listStamps(site)
        #expect(!lists.isEmpty)
        // a paragraph naming no one: no list is written
        input.write("c.md", "---\ntitle: أسواق\ndate: 2021-05-06\n---\nارتفعت أسعار الخضار في الأسواق.\n\nوانخفضت أسعار الفواكه.\n")
        try build(input, site, cache, sizes)
        #expect(try listStamps(site) == lists)
        // more mentions of a place (its count, maybe its place in the list), then a new place (a new row, a letter)
        input.write("c.md", "---\ntitle: أسواق\ndate: 2021-05-06\n---\nارتفعت أسعار الخضار في أسواق الموصل.\n\nوفي الموصل أيضا.\n")
        try build(input, site, cache, sizes)
        #expect(try listStamps(site) != lists)
        input.write("d.md", "---\ntitle: زيارة\ndate: 2021-05-07\n---\nوصل وزير الخارجية فؤاد حسين إلى أربيل قادما من طهران.\n")
        try build(input, site, cache, sizes)
        // a name that differs, and one gone
        input.write("d.md", "---\ntitle: زيارة\ndate: 2021-05-07\n---\nوصل وزير الخارجية فؤاد حسين إلى دهوك قادما من طهران.\n")
        try build(input, site, cache, sizes)
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("b.md"))
        try build(input, site, cache, sizes)
    }
}
