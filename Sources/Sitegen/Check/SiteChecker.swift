import Foundation

/// `sitegen check`: checks a built site as a reader would find it.
///
/// - every internal link (href/src) leads to a file of the site, and every `#fragment` to an element
///   with that id (`#p3` on article pages);
/// - every page is `dir="rtl"` and has a non-empty `<title>`;
/// - no entity page is empty;
/// - no article failed to load, and possible duplicate entities are listed (both from `data/build.json`).
public struct SiteChecker: Sendable {
    /// The outcome: problems (any error makes `sitegen check` exit non-zero) and counts.
    public struct Report: Sendable {
        public var problems: [Diagnostic] = []
        public var pages = 0
        public var links = 0
        public var errors: [Diagnostic] { problems.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { problems.filter { $0.severity == .warning } }

        /// "Checked 61 pages and 1204 links: 0 errors, 1 warning."
        public var summary: String {
            "Checked \(pages) pages and \(links) links: \(errors.count) error\(errors.count == 1 ? "" : "s"), "
                + "\(warnings.count) warning\(warnings.count == 1 ? "" : "s")."
        }
    }

    public let root: URL
    public var jobs: Int

    public init(root: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.root = root.standardizedFileURL
        self.jobs = jobs
    }

    public func run() -> Report {
        var report = Report()
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            report.problems.append(.error("site folder not found (build it first with `sitegen build`)", file: root.path))
            return report
        }
        let files = Set((fm.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? [])
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } })
        let pages = files.filter { $0.hasSuffix(".html") }.sorted()
        let scans = parallelMap(pages.count, jobs: jobs) { i -> PageScan in
            PageScan([UInt8](fm.contents(atPath: root.appendingPathComponent(pages[i]).path) ?? Data()))
        }
        let idsByPage = Dictionary(uniqueKeysWithValues: zip(pages, scans.map(\.ids)))
        let perPage = parallelMap(pages.count, jobs: jobs) { i -> (problems: [Diagnostic], links: Int) in
            check(page: pages[i], scans[i], files: files, idsByPage: idsByPage)
        }
        for p in perPage {
            report.problems += p.problems
            report.links += p.links
        }
        report.pages = pages.count
        report.problems += buildInfoProblems()
        return report
    }

    private func check(page: String, _ scan: PageScan, files: Set<String>,
                       idsByPage: [String: Set<String>]) -> (problems: [Diagnostic], links: Int) {
        var problems: [Diagnostic] = []
        if scan.htmlDir?.lowercased() != "rtl" { problems.append(.error("page is not dir=\"rtl\"", file: page)) }
        if scan.title.isEmpty { problems.append(.error("page has no <title>", file: page)) }
        if page.hasPrefix("entities/"), !scan.mainHasItems, scan.mainTextBesidesHeading.isEmpty {
            problems.append(.error("entity page is empty", file: page))
        }
        var count = 0
        for link in scan.links {
            guard let target = Self.resolve(link, from: page) else { continue }
            count += 1
            if target.escapes {
                problems.append(.error("link '\(link)' leads outside the site", file: page))
                continue
            }
            var file = target.path
            if file.isEmpty || file.hasSuffix("/") || (!files.contains(file) && files.contains(file + "/index.html")) {
                file = file.isEmpty ? "index.html" : (file.hasSuffix("/") ? file : file + "/") + "index.html"
            }
            guard files.contains(file) else {
                problems.append(.error("broken link '\(link)' (no file \(file))", file: page))
                continue
            }
            if let fragment = target.fragment, !fragment.isEmpty, let ids = idsByPage[file], !ids.contains(fragment) {
                problems.append(.error("broken anchor '\(link)' (\(file) has no id \"\(fragment)\")", file: page))
            }
        }
        return (problems, count)
    }

    /// An internal link resolved against its page's folder.
    struct ResolvedLink: Equatable {
        /// From the site root; ends with "/" when the link names a folder.
        var path: String
        var fragment: String?
        /// The link climbs above the site root.
        var escapes: Bool
        init(_ path: String, _ fragment: String?, _ escapes: Bool) {
            self.path = path
            self.fragment = fragment
            self.escapes = escapes
        }
    }

    /// Resolves `link` found on `page`; nil for external links (any scheme, protocol-relative) and empty ones.
    static func resolve(_ link: String, from page: String) -> ResolvedLink? {
        let trimmed = link.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix("//") { return nil }
        if let colon = trimmed.firstIndex(of: ":"),
           !trimmed[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return nil }
        var rest = Substring(trimmed)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...]).removingPercentEncoding
            rest = rest[..<hash]
        }
        if let q = rest.firstIndex(of: "?") { rest = rest[..<q] }
        let decoded = String(rest).removingPercentEncoding ?? String(rest)
        if decoded.isEmpty { return ResolvedLink(page, fragment, false) }  // "#p3": this page
        var parts: [Substring] = decoded.hasPrefix("/") ? [] : page.split(separator: "/").dropLast()
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty { return ResolvedLink(decoded, fragment, true) }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        var path = parts.joined(separator: "/")
        if decoded.hasSuffix("/") && !path.isEmpty { path += "/" }
        return ResolvedLink(path, fragment, false)
    }

    /// Failed articles (errors) and possible duplicate entities (warnings) recorded by the build.
    private func buildInfoProblems() -> [Diagnostic] {
        guard let info = BuildInfo.read(siteRoot: root) else {
            return [.warning("no readable build report; failed articles and duplicates cannot be listed", file: BuildInfo.path)]
        }
        var out: [Diagnostic] = info.failedArticles.map {
            .error("article was not loaded and is missing from the site: \($0.message)", file: $0.file, line: $0.line)
        }
        out += info.possibleDuplicates.map {
            .warning("possible duplicate entities '\($0.first)' (\($0.firstPage)) and '\($0.second)' (\($0.secondPage)): \($0.reason)")
        }
        return out
    }
}
