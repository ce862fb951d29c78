/// The pager of a paged list (`partials/pager.mustache`): previous and next, the current page and its
/// neighbours, and jumps, so that any page is a few clicks from any other.
///
/// For each power of ten s below the page count, the pager shows the multiples of s in the block of
/// 10·s pages around the current page: on page 1 of 204 that is 1–10, 20, 30 … 100, 200 (and 204,
/// the last). Reaching any page from page 1 takes at most one click per digit of the page count (two
/// up to 99 pages, three up to 999).
enum Pager {
    /// The page numbers shown on page `page` of `count`, ascending.
    static func numbers(page: Int, of count: Int) -> [Int] {
        guard count > 1 else { return [1] }
        var shown: Set<Int> = [1, count]
        for n in (page - 2)...(page + 2) where (1...count).contains(n) { shown.insert(n) }
        var step = 1
        while step < count {
            let block = page / (10 * step) * (10 * step)
            for n in stride(from: block, through: block + 10 * step, by: step) where (1...count).contains(n) {
                shown.insert(n)
            }
            step *= 10
        }
        return shown.sorted()
    }

    /// Pager context for page `page` of `pagination`, seen from `path`; nil when the list has one page.
    /// `label` names what is paged ("المقالات"), for the navigation's accessible name.
    static func context(_ pagination: Pagination, page: Int, from path: SitePath, label: String) -> [String: Any]? {
        let count = pagination.pageCount
        guard count > 1 else { return nil }
        var items: [[String: Any]] = []
        var previous = 0
        for n in numbers(page: page, of: count) {
            if n > previous + 1 { items.append(["gap": true]) }
            items.append(["number": n, "href": path.link(to: pagination.path(n)), "current": n == page])
            previous = n
        }
        var ctx: [String: Any] = [
            "label": label, "items": items, "page": page, "count": count,
            "status": "الصفحة \(page) من \(count)",
        ]
        if page > 1 { ctx["prev_href"] = path.link(to: pagination.path(page - 1)) }
        if page < count { ctx["next_href"] = path.link(to: pagination.path(page + 1)) }
        return ctx
    }

    /// The page-level keys of a paged page: `pager` for the templates, `rel_prev`/`rel_next` for
    /// `<link rel>` in the head (base template). Empty when the list has one page.
    static func pageKeys(_ pagination: Pagination, page: Int, from path: SitePath, label: String) -> [String: Any] {
        guard let pager = context(pagination, page: page, from: path, label: label) else { return [:] }
        var keys: [String: Any] = ["pager": pager]
        if let p = pager["prev_href"] { keys["rel_prev"] = p }
        if let n = pager["next_href"] { keys["rel_next"] = n }
        return keys
    }

    /// A page title with its page number after page 1 ("المقالات (الصفحة 3)").
    static func title(_ title: String, page: Int) -> String {
        page == 1 ? title : title + " (الصفحة \(page))"
    }
}
