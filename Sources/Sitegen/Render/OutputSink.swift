/// Where generators put what they make; counts pages (HTML files) apart from other files.
public final class OutputSink: @unchecked Sendable {
    let staged: StagedOutput
    let templates: TemplateSet
    let site: SiteModel
    let sections: [PageContext.Section]
    private let lock = NSLockBox()
    private(set) var pages = 0
    /// The folders of the pages written so far, in no particular order (the sitemap sorts them).
    private(set) var pagePaths: [SitePath] = []

    init(staged: StagedOutput, templates: TemplateSet, site: SiteModel, sections: [PageContext.Section]) {
        self.staged = staged
        self.templates = templates
        self.site = site
        self.sections = sections
    }

    /// Renders `template` with the base context of `path` plus `extra`, and writes `path/index.html`
    /// (or `file`, for a page such as `404.html` that is not a folder of the site and not in the sitemap).
    func page(_ path: SitePath, template: String, title: String, description: String? = nil, section: String,
              crumbs: [(String, SitePath)] = [], file: String? = nil, _ extra: [String: Any]) throws(Diagnostic) {
        var ctx = PageContext.make(site: site, path: path, title: title, description: description,
                                   section: section, crumbs: crumbs, sections: sections)
        for (k, v) in extra { ctx[k] = v }
        // Incremental builds: a page made from the same template and context is kept as it was.
        let target = file ?? path.file
        let key = staged.reuse.map { ContextFingerprint.hash(template: template, context: ctx, seed: $0.pageSeed) }
        if !(key.map { staged.reuseUnchanged(target, key: $0) } ?? false) {
            for (k, v) in ctx { if let deferred = v as? DeferredValue { ctx[k] = deferred.make() } }
            try staged.write(target, templates.render(template, ctx), key: key)
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
        guard let reuse = staged.reuse else { return try staged.write(path, make()) }
        var h = ContentHasher()
        h.combine(reuse.pageSeed)
        h.combine(key)
        let full = h.finalize()
        if staged.reuseUnchanged(path, key: full) { return }
        try staged.write(path, make(), key: full)
    }
    func file(_ path: String, _ bytes: [UInt8]) throws(Diagnostic) { try staged.write(path, bytes) }
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
