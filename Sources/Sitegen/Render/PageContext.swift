import Foundation

/// The parts every page template receives: paths back to the root, site name, navigation,
/// breadcrumbs and the meta data of the page. Page generators add their own keys.
struct PageContext {
    /// Sections shown in the navigation, in order; a section appears only when its page exists.
    struct Section {
        let key: String
        let title: String
        let path: SitePath
    }

    static func sections(for site: SiteModel, available: Set<String>) -> [Section] {
        let all = [
            Section(key: "home", title: "الرئيسية", path: .home),
            Section(key: "chronology", title: "التسلسل الزمني", path: SitePath("chronology")),
            Section(key: "index", title: "الفهرس", path: IndexPage.path),
            Section(key: "people", title: "الأشخاص", path: SitePath("people")),
            Section(key: "organizations", title: "المنظمات", path: SitePath("organizations")),
            Section(key: "places", title: "الأماكن", path: SitePath("places")),
            Section(key: "articles", title: "المقالات", path: SitePath("articles")),
            Section(key: "graph", title: "شبكة العلاقات", path: SitePath("graph")),
            Section(key: "search", title: "البحث", path: SitePath("search")),
        ]
        return all.filter { available.contains($0.key) }
    }

    /// Base context for page `path`. `crumbs` are (title, path) pairs between home and this page.
    static func make(site: SiteModel, path: SitePath, title: String, description: String? = nil,
                     section: String, crumbs: [(String, SitePath)] = [], sections: [Section],
                     navigation: NavigationLinks? = nil) -> [String: Any] {
        var ctx: [String: Any] = [
            "root": path.rootPrefix,
            "site_title": site.config.title,
            "page_title": title,
            "full_title": path == .home ? site.config.title : title + " | " + site.config.title,
            "description": description ?? site.config.description,
            "home_link": path.link(to: .home),
            "is_home": path == .home,
            "is_search": section == "search",
        ]
        ctx["nav"] = navigation?.links(sections, from: path, section: section) ?? navigationLinks(sections, from: path, section: section)
        ctx["breadcrumbs"] = [[String: Any]]()
        if let search = sections.first(where: { $0.key == "search" }) {
            ctx["search_href"] = path.link(to: search.path)
        }
        if let base = site.config.baseURL {
            ctx["feed_href"] = path.link(toFile: Feeds.file)
            ctx["feed_url"] = base + Feeds.file
        }
        if path != .home {
            var items: [[String: Any]] = [["title": "الرئيسية", "href": path.link(to: .home)]]
            for (t, p) in crumbs { items.append(["title": t, "href": path.link(to: p)]) }
            ctx["breadcrumbs"] = items
        }
        if let base = site.config.baseURL {
            // The 404 page sets <base href> to the site's address; the CSP must allow that origin.
            if let url = URL(string: base), let scheme = url.scheme, let host = url.host {
                ctx["base_origin"] = scheme + "://" + host + (url.port.map { ":\($0)" } ?? "")
            }
            ctx["canonical"] = path.absoluteURL(base: base)
            ctx["og_url"] = path.absoluteURL(base: base)
        }
        return ctx
    }
}

extension PageContext {
    /// `make` as a typed context (`PageFields`): the same keys and values, for the article and entity pages.
    /// Keep the two in step (`PageFieldsTests` compares them).
    static func fields(site: SiteModel, path: SitePath, title: String, description: String? = nil,
                       section: String, crumbs: [(String, SitePath)] = [], sections: [Section],
                       navigation: NavigationLinks? = nil) -> PageFields {
        let home = path == .home
        if let navigation {
            // the parts every page of the depth and section shares, made once (`NavigationLinks.base`), and the page's own
            var ctx = navigation.base(site: site, sections, from: path, section: section)
            ctx.reserveCapacity(ctx.count + 7)  // (the shared entries copied once, with room for the page's)
            ctx[.page_title] = .string(title)
            ctx[.full_title] = .string(home ? site.config.title : title + " | " + site.config.title)
            ctx[.description] = .string(description ?? site.config.description)
            ctx[.is_home] = .bool(home)
            var items: [PageFields] = []
            if !home {
                items.reserveCapacity(crumbs.count + 1)
                items.append(navigation.homeCrumb(from: path))
                for (t, p) in crumbs { items.append([.title: .string(t), .href: .string(path.link(to: p))]) }
            }
            ctx[.breadcrumbs] = .list(items)
            if let base = site.config.baseURL {
                ctx[.canonical] = .string(path.absoluteURL(base: base))
                ctx[.og_url] = .string(path.absoluteURL(base: base))
            }
            return ctx
        }
        var ctx: PageFields = [
            .root: .string(path.rootPrefix),
            .site_title: .string(site.config.title),
            .page_title: .string(title),
            .full_title: .string(home ? site.config.title : title + " | " + site.config.title),
            .description: .string(description ?? site.config.description),
            .home_link: .string(path.link(to: .home)),
            .is_home: .bool(home),
            .is_search: .bool(section == "search"),
        ]
        ctx[.nav] = .list(navigation?.fields(sections, from: path, section: section) ?? navigationFields(sections, from: path, section: section))
        if let search = sections.first(where: { $0.key == "search" }) {
            ctx[.search_href] = .string(path.link(to: search.path))
        }
        if let base = site.config.baseURL {
            ctx[.feed_href] = .string(path.link(toFile: Feeds.file))
            ctx[.feed_url] = .string(base + Feeds.file)
        }
        var items: [PageFields] = []
        if !home {
            items.reserveCapacity(crumbs.count + 1)
            items.append([.title: "الرئيسية", .href: .string(path.link(to: .home))])
            for (t, p) in crumbs { items.append([.title: .string(t), .href: .string(path.link(to: p))]) }
        }
        ctx[.breadcrumbs] = .list(items)
        if let base = site.config.baseURL {
            if let url = URL(string: base), let scheme = url.scheme, let host = url.host {
                ctx[.base_origin] = .string(scheme + "://" + host + (url.port.map { ":\($0)" } ?? ""))
            }
            ctx[.canonical] = .string(path.absoluteURL(base: base))
            ctx[.og_url] = .string(path.absoluteURL(base: base))
        }
        return ctx
    }

    /// `navigationLinks` as typed contexts.
    static func navigationFields(_ sections: [Section], from path: SitePath, section: String) -> [PageFields] {
        sections.map { s -> PageFields in
            [.title: .string(s.title), .href: .string(path.link(to: s.path)), .current: .bool(s.key == section)]
        }
    }

    /// The navigation of page `path` in `section`: `{title, href, current}` per section.
    static func navigationLinks(_ sections: [Section], from path: SitePath, section: String) -> [[String: Any]] {
        sections.map { s -> [String: Any] in
            ["title": s.title, "href": path.link(to: s.path), "current": s.key == section]
        }
    }

    /// The navigation links of every page of a build, made once for each depth and section they depend on
    /// (nine dictionaries and links made and freed for every page were a tenth of an entity page's cost).
    final class NavigationLinks: @unchecked Sendable {
        private struct Key: Hashable {
            let depth: Int
            let section: String
        }
        private let lock = NSLock()
        private var made: [Key: [[String: Any]]] = [:]
        private var madeFields: [Key: [PageFields]] = [:]
        private var madeBases: [Key: PageFields] = [:]
        private var madeHomeCrumbs: [Int: PageFields] = [:]

        init() {}

        func links(_ sections: [Section], from path: SitePath, section: String) -> [[String: Any]] {
            let key = Key(depth: path.depth, section: section)
            return lock.withLock { Self.value(in: &made, key) { PageContext.navigationLinks(sections, from: path, section: section) } }
        }

        /// The parts of `PageContext.fields` that depend only on the page's depth and section: root, site title, home
        /// link, `is_search`, navigation, search and feed links, base origin (a tenth of an article page's
        /// instructions went to making them for every page).
        func base(site: SiteModel, _ sections: [Section], from path: SitePath, section: String) -> PageFields {
            let key = Key(depth: path.depth, section: section)
            return lock.withLock {
                Self.value(in: &madeBases, key) {
                    var ctx: PageFields = [
                        .root: .string(path.rootPrefix),
                        .site_title: .string(site.config.title),
                        .home_link: .string(path.link(to: .home)),
                        .is_search: .bool(section == "search"),
                        .nav: .list(PageContext.navigationFields(sections, from: path, section: section)),
                    ]
                    if let search = sections.first(where: { $0.key == "search" }) {
                        ctx[.search_href] = .string(path.link(to: search.path))
                    }
                    if let base = site.config.baseURL {
                        ctx[.feed_href] = .string(path.link(toFile: Feeds.file))
                        ctx[.feed_url] = .string(base + Feeds.file)
                        if let url = URL(string: base), let scheme = url.scheme, let host = url.host {
                            ctx[.base_origin] = .string(scheme + "://" + host + (url.port.map { ":\($0)" } ?? ""))
                        }
                    }
                    return ctx
                }
            }
        }

        /// The first breadcrumb of a page at `path`'s depth (home).
        func homeCrumb(from path: SitePath) -> PageFields {
            let depth = path.depth
            return lock.withLock {
                if let made = madeHomeCrumbs[depth] { return made }
                let crumb: PageFields = [.title: "الرئيسية", .href: .string(path.link(to: .home))]
                madeHomeCrumbs[depth] = crumb
                return crumb
            }
        }

        /// `links` as typed contexts.
        func fields(_ sections: [Section], from path: SitePath, section: String) -> [PageFields] {
            let key = Key(depth: path.depth, section: section)
            return lock.withLock { Self.value(in: &madeFields, key) { PageContext.navigationFields(sections, from: path, section: section) } }
        }

        /// `table[key]`, made and kept the first time it is asked for (the caller holds the lock).
        private static func value<T>(in table: inout [Key: T], _ key: Key, _ make: () -> T) -> T {
            if let made = table[key] { return made }
            let value = make()
            table[key] = value
            return value
        }
    }
}

/// Small formatting helpers for page text.
enum Format {
    /// Arabic plural-aware count: "مقال واحد", "مقالان", "3 مقالات", "11 مقالًا".
    static func count(_ n: Int, one: String, two: String, few: String, many: String) -> String {
        switch n {
        case 0: return "لا \(few)"
        case 1: return "\(one) واحد"
        case 2: return two
        case 3...10: return "\(n) \(few)"
        default: return "\(n) \(many)"
        }
    }

    static func articles(_ n: Int) -> String { count(n, one: "مقال", two: "مقالان", few: "مقالات", many: "مقالًا") }
    static func entities(_ n: Int) -> String { count(n, one: "كيان", two: "كيانان", few: "كيانات", many: "كيانًا") }
    static func events(_ n: Int) -> String { count(n, one: "حدث", two: "حدثان", few: "أحداث", many: "حدثًا") }
    static func sentences(_ n: Int) -> String { count(n, one: "جملة", two: "جملتان", few: "جمل", many: "جملة") }
    static func mentions(_ n: Int) -> String { count(n, one: "ذكر", two: "ذكران", few: "مرات ذكر", many: "مرة ذكر") }
}
