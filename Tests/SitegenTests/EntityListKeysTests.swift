import Foundation
import Testing
@testable import Sitegen

/// The entity lists (`people.html` … and their pages) are keyed by their inputs: an edit that changes none of
/// the entities a page lists leaves the page's file untouched, and one that changes a name, a count, the order
/// or the letter bar writes it again, the cached site always equal to a fresh build.
@Suite struct EntityListKeysTests {
    /// The list pages (`people*.html`, `places*.html` … and their `page/` pages), by inode and modification time.
    private func listStamps(_ site: URL) throws -> [String: String] {
        try fileStamps(site) { f in ["people", "places", "organizations"].contains(where: { f.hasPrefix($0) }) && f.hasSuffix(".html") }
    }

    @Test(arguments: [1, 2, 100]) func entityListsFollowWhatTheyShow(perPage: Int) throws {
        var sizes = ListSizes()
        sizes.entities = perPage
        let input = editCorpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        let lists = try listStamps(site)
        #expect(!lists.isEmpty)
        // a paragraph naming no one: no list is written
        input.write("c.md", "---\ntitle: أسواق\ndate: 2021-05-06\n---\nارتفعت أسعار الخضار في الأسواق.\n\nوانخفضت أسعار الفواكه.\n")
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        #expect(try listStamps(site) == lists)
        // more mentions of a place (its count, maybe its place in the list), then a new place (a new row, a letter)
        input.write("c.md", "---\ntitle: أسواق\ndate: 2021-05-06\n---\nارتفعت أسعار الخضار في أسواق الموصل.\n\nوفي الموصل أيضا.\n")
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        #expect(try listStamps(site) != lists)
        input.write("d.md", "---\ntitle: زيارة\ndate: 2021-05-07\n---\nوصل وزير الخارجية فؤاد حسين إلى أربيل قادما من طهران.\n")
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        // a name that differs, and one gone
        input.write("d.md", "---\ntitle: زيارة\ndate: 2021-05-07\n---\nوصل وزير الخارجية فؤاد حسين إلى دهوك قادما من طهران.\n")
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
        try FileManager.default.removeItem(at: input.url.appendingPathComponent("b.md"))
        try buildMatchingFresh(input, site, cache: cache, sizes: sizes)
    }
}
