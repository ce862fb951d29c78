import Foundation
import Testing
@testable import Sitegen

/// Entity and event pages are keyed by their inputs (`OutputSink.page(_:template:inputs:make:)`): an edit that
/// changes nothing they show leaves their files untouched, and one that changes what they show writes them
/// again, the cached site always equal to a fresh build.
@Suite struct KeyedPagesTests {
    /// Inode and modification time of every page under `folder` (the same after a build that did not write it).
    private func stamps(_ site: URL, _ folder: String) throws -> [String: String] {
        try fileStamps(site) { f in f.hasPrefix(folder + "/") && f.hasSuffix(".html") }
    }

    @Test func entityAndEventPagesFollowWhatTheyShow() throws {
        let input = editCorpus(), out = TempDir()
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        try buildMatchingFresh(input, site, cache: cache)
        let entities = try stamps(site, "entities"), events = try stamps(site, "events")
        #expect(!entities.isEmpty && !events.isEmpty)
        // a paragraph naming no one in an article no entity or event cites: no entity or event page is written
        input.write("c.md", "---\ntitle: أسواق\ndate: 2021-05-06\n---\nارتفعت أسعار الخضار في الأسواق.\n\nوانخفضت أسعار الفواكه.\n")
        try buildMatchingFresh(input, site, cache: cache)
        #expect(try stamps(site, "entities") == entities)
        #expect(try stamps(site, "events") == events)
        // the words of an event's sentence: its page quotes it (and the pages of the entities it mentions show it)
        input.write("a.md", "---\ntitle: هجوم\ndate: 2021-05-04\n---\nقتل خمسة جنود في هجوم على حاجز في مدينة الموصل يوم الاثنين 3 مايو 2021.\n")
        try buildMatchingFresh(input, site, cache: cache)
        let afterEvent = try stamps(site, "events")
        #expect(afterEvent.contains { events[$0.key] != nil && events[$0.key] != $0.value })
        // a new mention of a place: its page lists it, the event pages stay
        input.write("c.md", "---\ntitle: أسواق\ndate: 2021-05-06\n---\nارتفعت أسعار الخضار في أسواق الموصل.\n")
        let entitiesBefore = try stamps(site, "entities")
        try buildMatchingFresh(input, site, cache: cache)
        #expect(try stamps(site, "entities") != entitiesBefore)
    }
}
