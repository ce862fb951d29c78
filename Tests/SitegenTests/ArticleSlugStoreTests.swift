import Foundation
import Testing
@testable import Sitegen

/// The article slugs kept between builds: read back only while every title and path is unchanged.
@Suite struct ArticleSlugStoreTests {
    private let titles = ["افتتاح جسر جديد في الموصل", "افتتاح جسر جديد في الموصل", "Page", ""]
    private let files = ["a.md", "b.md", "c.md", "d.md"]

    private func assign(_ titles: [String], _ files: [String]) -> [String] {
        Slugs.assign(titles: titles, keys: files, fallbackPrefix: "article")
    }

    @Test func storedSlugsAreReadBackAsAssigned() {
        let cache = TempDir()
        let first = ArticleSlugStore(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2))
        let made = first.slugs(titles: titles, keys: files) { assign(titles, files) }
        #expect(!first.hit && made == assign(titles, files))
        let second = ArticleSlugStore(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2))
        var computed = false
        let read = second.slugs(titles: titles, keys: files) { computed = true; return [] }
        #expect(second.hit && !computed && read == made)
    }

    @Test func aChangedTitleAPathOrAnotherToolAssignsThemAgain() {
        let cache = TempDir()
        _ = ArticleSlugStore(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2)).slugs(titles: titles, keys: files) { assign(titles, files) }
        var retitled = titles
        retitled[1] = "جسر آخر"
        let afterEdit = ArticleSlugStore(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2))
        #expect(afterEdit.slugs(titles: retitled, keys: files) { assign(retitled, files) } == assign(retitled, files) && !afterEdit.hit)
        let moved = ArticleSlugStore(folder: cache.url, toolIdentity: ContentHash(high: 1, low: 2))
        let movedFiles = ["a.md", "b.md", "c.md", "e.md"]
        #expect(moved.slugs(titles: retitled, keys: movedFiles) { assign(retitled, movedFiles) } == assign(retitled, movedFiles) && !moved.hit)
        let oneToolLater = ArticleSlugStore(folder: cache.url, toolIdentity: ContentHash(high: 3, low: 4))
        _ = oneToolLater.slugs(titles: retitled, keys: movedFiles) { assign(retitled, movedFiles) }
        #expect(!oneToolLater.hit)
    }
}
