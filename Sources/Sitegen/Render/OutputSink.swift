/// Where generators put what they make; counts pages (HTML files) apart from other files.
public final class OutputSink: @unchecked Sendable {
    let staged: StagedOutput
    let templates: TemplateSet
    let site: SiteModel
    let sections: [PageContext.Section]
    private let lock = NSLockBox()
    private(set) var pages = 0
    /// The addresses of the pages written so far, in no particular order (the sitemap sorts them).
    private(set) var pagePaths: [SitePath] = []

    /// The site-wide parts of every page's context: site title and description, base URL, month
    /// names and the navigation sections (for keyed pages).
    private let siteDigest: ContentHash
    /// Every page's navigation links, made once per depth and section.
    private let navigation = PageContext.NavigationLinks()

    init(staged: StagedOutput, templates: TemplateSet, site: SiteModel, sections: [PageContext.Section]) {
        self.staged = staged
        self.templates = templates
        self.site = site
        self.sections = sections
        var h = ContentHasher()
        h.combine(site.config.title)
        h.combine(site.config.description)
        h.combine(site.config.baseURL ?? "\u{0}")
        h.combine(String(describing: site.config.months))
        for s in sections { h.combine(s.key); h.combine(s.title); h.combine(s.path.folder) }
        site.sizes.combine(into: &h)
        siteDigest = h.finalize()
    }

    /// Renders `template` with the base context of `path` plus `extra`, and writes `path.file`
    /// (or `file`, for a page such as `404.html` that has no address of its own and is not in the sitemap).
    func page(_ path: SitePath, template: String, title: String, description: String? = nil, section: String,
              crumbs: [(String, SitePath)] = [], file: String? = nil, _ extra: [String: Any]) throws(Diagnostic) {
        try render(path, template: template, PageSpec(title: title, description: description, section: section,
                                                      crumbs: crumbs, context: extra), file: file, key: nil)
    }

    /// Whether pages are kept by their keys (a build with the cache): a key shared by many pages is made only then.
    var keysPages: Bool { staged.reuse != nil }

    /// What every key of a keyed page starts from besides its own inputs: the tool, the templates and the site-wide
    /// parts (nil in a build that keeps no keys).
    var keySeed: ContentHash? {
        staged.reuse.map { reuse in
            var h = ContentHasher()
            h.combine(reuse.pageSeed)
            h.combine(siteDigest)
            return h.finalize()
        }
    }

    /// The key this build recorded for the page at `path` (kept or written), if any.
    func recordedKey(_ path: SitePath) -> ContentHash? { staged.reuse?.recordedKey(path.file) }

    /// Keeps the previous build's `pages` when every one was recorded under its key and is untouched, as
    /// `page(_:template:inputs:make:)` keeps each of them; keeps none and returns false otherwise.
    func keepPages(_ pages: [(path: SitePath, key: ContentHash)]) -> Bool {
        if pages.count == 1 { return keepPage(pages[0].path, key: pages[0].key) }
        guard let reuse = staged.reuse, reuse.keepAllIfRecorded(pages.map { ($0.path.file, $0.key) }) else { return false }
        lock.withLock {
            self.pages += pages.count
            pagePaths.append(contentsOf: pages.lazy.map(\.path))
        }
        return true
    }

    /// `keepPages` of one page (no arrays made for it: an edit keeps 10k article pages so).
    func keepPage(_ path: SitePath, key: ContentHash) -> Bool {
        guard let reuse = staged.reuse, reuse.keepIfRecorded(path.file, key: key) else { return false }
        lock.withLock {
            pages += 1
            pagePaths.append(path)
        }
        return true
    }

    /// What a page is made of besides the site-wide parts: for `page(_:template:inputs:make:)`.
    struct PageSpec {
        var title: String
        var description: String? = nil
        var section: String
        var crumbs: [(String, SitePath)] = []
        var context: [String: Any]
        /// A typed context, rendered instead of `context` (which is then empty) with a typed base context.
        var fields: PageFields? = nil

        /// A page of a typed context (`PageFields`).
        init(title: String, description: String? = nil, section: String, crumbs: [(String, SitePath)] = [], fields: PageFields) {
            self.init(title: title, description: description, section: section, crumbs: crumbs, context: [:], fields: fields)
        }

        init(title: String, description: String? = nil, section: String, crumbs: [(String, SitePath)] = [],
             context: [String: Any], fields: PageFields? = nil) {
            self.title = title
            self.description = description
            self.section = section
            self.crumbs = crumbs
            self.context = context
            self.fields = fields
        }
    }

    /// A page whose inputs the generator fingerprints itself, so that an unchanged page costs only
    /// that key: `make` runs (and the page is rendered) only when the previous build did not record
    /// the same key for it. `inputs` must fingerprint everything `make` reads; the template, the page's
    /// path, the tool, the templates and the site-wide parts (config, navigation) are added here.
    /// `inputs` is worked out only by a build that keeps its outputs' keys (a `--no-cache` build
    /// writes every page and records no key: hashing an article's Markdown or an entity's mentions for it was waste).
    func page(_ path: SitePath, template: String, inputs: @autoclosure () -> ContentHash,
              make: () -> PageSpec) throws(Diagnostic) {
        guard let reuse = staged.reuse else { return try render(path, template: template, make(), file: nil, key: nil) }
        var h = ContentHasher()
        h.combine(reuse.pageSeed)
        h.combine("keyed page")
        h.combine(template)
        h.combine(path.folder)
        h.combine(siteDigest)
        h.combine(inputs())
        let key = h.finalize()
        if staged.reuseUnchanged(path.file, key: key) {
            lock.withLock {
                pages += 1
                pagePaths.append(path)
            }
            return
        }
        try render(path, template: template, make(), file: nil, key: key)
    }

    /// Builds the context and writes the page, unless an incremental build finds it unchanged (by
    /// `key`, or else by the fingerprint of the context).
    private func render(_ path: SitePath, template: String, _ spec: PageSpec, file: String?, key given: ContentHash?) throws(Diagnostic) {
        // Incremental builds: a page made from the same template and context is kept as it was. The
        // context is the base context of `PageContext.make` with the generator's keys laid over it, so
        // the base's inputs stand for it (they are fewer than its navigation and breadcrumbs).
        let target = file ?? path.file
        let key = given ?? staged.reuse.map { reuse in
            var base = ContentHasher()
            base.combine(siteDigest)
            base.combine(path.folder)
            base.combine(spec.title)
            base.combine(spec.description ?? "\u{0}")
            base.combine(spec.description == nil ? 0 : 1)
            base.combine(spec.section)
            base.combine(spec.crumbs.count)
            for (title, crumb) in spec.crumbs { base.combine(title); base.combine(crumb.folder) }
            return ContextFingerprint.hash(template: template, context: spec.fields?.dictionary ?? spec.context, seed: reuse.pageSeed, base: base.finalize())
        }
        let changed = given != nil || !(key.map { staged.reuseUnchanged(target, key: $0) } ?? false)
        if changed, let fields = spec.fields {
            var ctx = PageContext.fields(site: site, path: path, title: spec.title, description: spec.description,
                                         section: spec.section, crumbs: spec.crumbs, sections: sections, navigation: navigation)
            ctx.merge(fields)
            try templates.withPageBytes(template, fields: ctx) { (page) throws(Diagnostic) in try staged.write(target, page, key: key) }
        } else if changed {
            var ctx = PageContext.make(site: site, path: path, title: spec.title, description: spec.description,
                                       section: spec.section, crumbs: spec.crumbs, sections: sections, navigation: navigation)
            // (deferred values are the generators' own, told by their exact type: `as?` on every value of
            // the context was a dynamic cast each; room for them made at once, not by growing the table twice)
            ctx.reserveCapacity(ctx.count + spec.context.count)
            for (k, v) in spec.context {
                ctx[k] = type(of: v) == DeferredValue.self ? (v as! DeferredValue).make() : v
            }
            try templates.withPageBytes(template, ctx) { (page) throws(Diagnostic) in try staged.write(target, page, key: key) }
        }
        lock.withLock {
            pages += 1
            if file == nil { pagePaths.append(path) }
        }
    }

    func file(_ path: String, _ text: String) throws(Diagnostic) { try staged.write(path, text) }

    /// Writes the file `make` produces, unless the previous build recorded the same `key` for `path`
    /// and left the file untouched: then `make` is not called at all. `key` must fingerprint
    /// everything the bytes are made from (the tool and templates are added here).
    func file(_ path: String, key: ContentHash, make: () -> String) throws(Diagnostic) {
        try file(path, key: key) { Array(make().utf8) }
    }
    func file(_ path: String, _ bytes: [UInt8]) throws(Diagnostic) { try staged.write(path, bytes) }

    /// `file(_:key:make:)` for a maker of UTF-8 bytes (no `String` made and taken apart again).
    func file(_ path: String, key: ContentHash, make: () -> [UInt8]) throws(Diagnostic) {
        guard let reuse = staged.reuse else { return try staged.write(path, make()) }
        let full = Self.fullKey(key, reuse)
        if staged.reuseUnchanged(path, key: full) { return }
        try staged.write(path, make(), key: full)
    }

    /// `file(_:key:make:)` with a key worked out only when the build can reuse files (a build without the cache
    /// writes every file and needs no key).
    func file(_ path: String, key: () -> ContentHash, make: () -> [UInt8]) throws(Diagnostic) {
        guard staged.reuse != nil else { return try staged.write(path, make()) }
        try file(path, key: key(), make: make)
    }

    /// A file's key with the tool and templates (`OutputReuse.pageSeed`) added.
    private static func fullKey(_ key: ContentHash, _ reuse: OutputReuse) -> ContentHash {
        var h = ContentHasher()
        h.combine(reuse.pageSeed)
        h.combine(key)
        return h.finalize()
    }

    /// Keeps a series of files `path(0)`, `path(1)` … that the previous build wrote under `key(0)`,
    /// `key(1)` … (keys as for `file(_:key:make:)`), when all are untouched: the series ends at the
    /// first path the previous build did not write. Returns false, keeping nothing, when the first file
    /// or any recorded one does not match (the caller then writes the series itself; a file changed
    /// on disk between the two looks at it is then counted twice among the unchanged).
    /// For files whose keys fix how many there are, so that the count need not be worked out.
    func keepSeries(_ path: (Int) -> String, keys: (Int) -> ContentHash) -> Bool {
        guard let reuse = staged.reuse else { return false }
        func full(_ key: ContentHash) -> ContentHash { Self.fullKey(key, reuse) }
        var series: [(String, ContentHash)] = []
        while true {
            let p = path(series.count), k = full(keys(series.count))
            if reuse.isRecordedUnchanged(p, key: k) {
                series.append((p, k))
            } else if series.isEmpty || reuse.wasRecorded(p) {
                return false
            } else {
                break
            }
        }
        for (p, k) in series where !reuse.keepIfRecorded(p, key: k) { return false }
        return true
    }
}

import Foundation

final class NSLockBox: @unchecked Sendable {
    private let lock = NSLock()
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
