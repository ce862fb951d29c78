/// The pager of a paged list (`partials/pager.mustache`): previous and next, the current page and its
/// neighbours, and jumps, so that any page is a few clicks from any other.
///
/// The coarsest jumps are every multiple of the smallest power of ten T that leaves at most
/// `maxJumps` of them (T = 10 up to 250 pages, 100 up to 2,500); then, for each smaller power of ten
/// s, the multiples of s in the block of 10·s pages around the current page. On page 1 of 204 that is
/// 1–10, 20, 30 … 200, 204. Any page is then at most one click per power of ten up to T away from
/// page 1: two clicks up to 250 pages, three up to 2,500.
enum Pager {
    static let maxJumps = 25

    /// The page numbers shown on page `page` of `count`, ascending.
    static func numbers(page: Int, of count: Int) -> [Int] {
        guard count > 1 else { return [1] }
        var shown: Set<Int> = [1, count]
        for n in (page - 2)...(page + 2) where (1...count).contains(n) { shown.insert(n) }
        var top = 1
        while count / top > maxJumps { top *= 10 }
        for n in stride(from: top, through: count, by: top) { shown.insert(n) }
        var step = 1
        while step < top {
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
        fields(pagination, page: page, from: path, label: label)?.dictionary
    }

    /// `context` as a typed context (`PageFields`).
    static func fields(_ pagination: Pagination, page: Int, from path: SitePath, label: String) -> PageFields? {
        let count = pagination.pageCount
        guard count > 1 else { return nil }
        var items: [PageFields] = []
        var previous = 0
        for n in numbers(page: page, of: count) {
            if n > previous + 1 { items.append([.gap: true]) }
            items.append([.number: .int(n), .href: .string(path.link(to: pagination.path(n))), .current: .bool(n == page)])
            previous = n
        }
        var ctx: PageFields = [
            .label: .string(label), .items: .list(items), .page: .int(page), .count: .int(count),
            .status: .string("الصفحة \(page) من \(count)"),
        ]
        if page > 1 { ctx[.prev_href] = .string(path.link(to: pagination.path(page - 1))) }
        if page < count { ctx[.next_href] = .string(path.link(to: pagination.path(page + 1))) }
        return ctx
    }

    /// The page-level keys of a paged page: `pager` for the templates, `rel_prev`/`rel_next` for
    /// `<link rel>` in the head (base template). Empty when the list has one page.
    static func pageKeys(_ pagination: Pagination, page: Int, from path: SitePath, label: String) -> [String: Any] {
        pageFields(pagination, page: page, from: path, label: label).dictionary
    }

    /// `pageKeys` as a typed context.
    static func pageFields(_ pagination: Pagination, page: Int, from path: SitePath, label: String) -> PageFields {
        guard let pager = fields(pagination, page: page, from: path, label: label) else { return [:] }
        var keys: PageFields = [.pager: .fields(pager)]
        if let p = pager[.prev_href] { keys[.rel_prev] = p }
        if let n = pager[.next_href] { keys[.rel_next] = n }
        return keys
    }

    /// A page title with its page number after page 1 ("المقالات (الصفحة 3)").
    static func title(_ title: String, page: Int) -> String {
        page == 1 ? title : title + " (الصفحة \(page))"
    }
}
