import Testing
@testable import Sitegen

/// Page addresses, page contents and the pager's links.
@Suite struct PaginationTests {
    @Test func pageOneIsTheListItselfAndLaterPagesAreNumberedBelowIt() {
        let p = Pagination(base: SitePath("articles"), count: 101, perPage: 50)
        #expect(p.pageCount == 3)
        #expect(p.path(1) == SitePath("articles"))
        #expect(p.path(2) == SitePath("articles/page/2"))
        #expect(p.path(3).file == "articles/page/3.html")
        #expect(p.items(1) == 0..<50)
        #expect(p.items(3) == 100..<101)
        #expect(p.page(of: 0) == 1 && p.page(of: 49) == 1 && p.page(of: 50) == 2 && p.page(of: 100) == 3)
        let empty = Pagination(base: SitePath("x"), count: 0, perPage: 10)
        #expect(empty.pageCount == 1 && empty.items(1).isEmpty && !empty.isPaged)
    }

    @Test func weightedPagesEndBeforeTheItemThatWouldPassEitherLimit() {
        // at most 3 items and a weight of 10 a page; an item heavier than the limit gets a page of its own
        let p = Pagination(base: SitePath("e"), weights: [4, 4, 4, 1, 1, 1, 1, 25, 2], maxItems: 3, maxWeight: 10)
        #expect((1...p.pageCount).map { p.items($0) } == [0..<2, 2..<5, 5..<7, 7..<8, 8..<9])
        for k in 1...p.pageCount { #expect(p.page(of: p.items(k).lowerBound) == k) }
    }

    @Test func pagerShowsNeighboursEndsAndJumpsInOrder() {
        let n = Pager.numbers(page: 157, of: 204)
        #expect(n == n.sorted() && Set(n).count == n.count)
        for must in [1, 204, 155, 156, 157, 158, 159, 150, 160, 10, 100, 110, 190, 200] { #expect(n.contains(must), "\(must)") }
        #expect(!n.contains(161) && !n.contains(149))
        #expect(n.count <= 2 * Pager.maxJumps, "a pager of at most two rows: \(n.count) numbers")
        #expect(Pager.numbers(page: 1, of: 1) == [1])
        #expect(Pager.numbers(page: 3, of: 7) == Array(1...7))
    }

    /// Clicks needed to reach every page from page 1 following the pager's links, by breadth-first search.
    private func clicks(_ count: Int) -> Int {
        var depth = [1: 0]
        var queue = [1]
        while !queue.isEmpty {
            let p = queue.removeFirst()
            var links = Pager.numbers(page: p, of: count)
            if p > 1 { links.append(p - 1) }
            if p < count { links.append(p + 1) }
            for q in links where depth[q] == nil {
                depth[q] = depth[p]! + 1
                queue.append(q)
            }
        }
        #expect(depth.count == count, "every page of \(count) is reachable")
        return depth.values.max() ?? 0
    }

    @Test func anyPageIsTwoClicksFromPageOneUpTo250PagesAndThreeUpTo2500() {
        for count in [2, 9, 10, 11, 55, 99, 204, 250] { #expect(clicks(count) <= 2, "\(count) pages") }
        for count in [251, 999, 2033, 2500] { #expect(clicks(count) <= 3, "\(count) pages") }
        #expect(clicks(25_000) <= 4)
    }

    @Test func pagerContextLinksPreviousAndNextAndMarksGaps() throws {
        let p = Pagination(base: SitePath("people"), count: 1000, perPage: 10)
        let from = p.path(37)
        let keys = Pager.pageKeys(p, page: 37, from: from, label: "الأشخاص")
        #expect(keys["rel_prev"] as? String == "../../people/page/36.html")
        #expect(keys["rel_next"] as? String == "../../people/page/38.html")
        let pager = try #require(keys["pager"] as? [String: Any])
        let items = try #require(pager["items"] as? [[String: Any]])
        #expect(items.first?["href"] as? String == "../../people.html")
        #expect(items.contains { $0["gap"] as? Bool == true })
        #expect(items.filter { $0["current"] as? Bool == true }.count == 1)
        #expect(Pager.pageKeys(Pagination(base: SitePath("x"), count: 5, perPage: 10), page: 1, from: SitePath("x"), label: "").isEmpty)
        #expect(Pager.title("المقالات", page: 1) == "المقالات")
        #expect(Pager.title("المقالات", page: 3) == "المقالات (الصفحة 3)")
    }

    @Test func articleSlugsKeepClearOfTheListsOwnFolders() {
        let slugs = Slugs.assign(titles: ["Page", "2016", "Undated", "2016 عام"], keys: ["a", "b", "c", "d"], fallbackPrefix: "article",
                                 reserved: { $0 == "page" || $0 == "undated" || $0.utf8.allSatisfy { (48...57).contains($0) } })
        #expect(slugs[0].hasPrefix("page-") && slugs[1].hasPrefix("2016-") && slugs[2].hasPrefix("undated-"))
        #expect(slugs[3] == "2016-am")
    }
}
