import Foundation
@testable import Sitegen

/// A temporary folder with helpers to write files; removed when the value goes away.
final class TempDir {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ path: String, _ text: String) -> URL {
        write(path, Data(text.utf8))
    }

    @discardableResult
    func write(_ path: String, _ data: Data) -> URL {
        let f = url.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: f)
        return f
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path) }
}

extension TempDir {
    /// Three short articles: one naming a place, one a person arriving there, one naming neither a person nor that place
    /// (the incremental-build tests edit them one at a time).
    static func threeArticleCorpus() -> TempDir {
        let input = TempDir()
        input.write("a.md", "---\ntitle: تقرير أمني\ndate: 2021-03-01\n---\nقالت مصادر أمنية إن الوضع في بغداد هادئ.\n")
        input.write("b.md", "---\ntitle: وصول إلى بغداد\ndate: 2021-03-02\n---\nوصل الجنرال قاسم سليماني إلى بغداد مساء أمس في زيارة غير معلنة.\n")
        input.write("c.md", "---\ntitle: أسعار النفط\ndate: 2021-03-03\n---\nارتفعت أسعار النفط في الولايات المتحدة.\n")
        return input
    }
}

enum Repo {
    /// The repository root (two folders above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")
    static let seeds = root.appendingPathComponent("seeds")
}

/// Builds `input` with the repository's templates into `output`.
func buildSite(input: URL, output: URL, strict: Bool = false, jobs: Int = 2, baseURL: String? = nil,
               sizes: ListSizes = ListSizes(), cache: BuildCache? = nil) throws -> BuildReport {
    var o = BuildOptions(input: input, output: output, templates: Repo.templates, configFile: nil)
    o.strict = strict
    o.jobs = jobs
    o.baseURL = baseURL
    o.listSizes = sizes
    return try SiteBuilder(options: o, cache: cache).build()
}

/// Every internal href/src of an HTML page, resolved against the page's file URL.
func internalLinks(in html: String, page: URL) -> [URL] {
    var out: [URL] = []
    for attr in ["href=\"", "src=\""] {
        var rest = html[...]
        while let r = rest.range(of: attr) {
            let after = rest[r.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            let value = String(after[..<end])
            rest = after[end...]
            if value.hasPrefix("http") || value.hasPrefix("mailto:") || value.hasPrefix("#") || value.isEmpty { continue }
            let noFragment = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
            let decoded = noFragment.removingPercentEncoding ?? noFragment
            out.append(URL(fileURLWithPath: decoded, relativeTo: page.deletingLastPathComponent()).standardizedFileURL)
        }
    }
    return out
}

/// Three articles for one-article-edit tests: an attack in a town (an event with a date), a meeting (persons and
/// places), and one that names no one.
func editCorpus() -> TempDir {
    let input = TempDir()
    input.write("a.md", "---\ntitle: هجوم\ndate: 2021-05-04\n---\nقتل ثلاثة جنود في هجوم على حاجز في مدينة الموصل يوم الاثنين 3 مايو 2021.\n")
    input.write("b.md", "---\ntitle: لقاء\ndate: 2021-05-05\n---\nالتقى الرئيس برهم صالح وفدا من الموصل في بغداد.\n")
    input.write("c.md", "---\ntitle: أسواق\ndate: 2021-05-06\n---\nارتفعت أسعار الخضار في الأسواق.\n")
    return input
}
