import Foundation
import Testing
import ArabicDates
@testable import Sitegen

/// Builds `input` with `cache` into `site`, then without any cache into a fresh folder (both with list `sizes`),
/// and expects both sites to be byte for byte the same (incremental builds must never differ from fresh ones).
/// Returns the cached build's report.
@discardableResult
func buildMatchingFresh(_ input: TempDir, _ site: URL, cache: BuildCache, sizes: ListSizes = ListSizes(),
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildReport {
    let report = try buildSite(input: input.url, output: site, sizes: sizes, cache: cache)
    let scratch = TempDir()
    let fresh = scratch.url.appendingPathComponent("site")
    _ = try buildSite(input: input.url, output: fresh, sizes: sizes)
    let files = siteFiles(site)
    #expect(files == siteFiles(fresh), sourceLocation: sourceLocation)
    for f in files where FileManager.default.contents(atPath: site.appendingPathComponent(f).path)
        != FileManager.default.contents(atPath: fresh.appendingPathComponent(f).path) {
        Issue.record("\(f) differs from a build without the cache", sourceLocation: sourceLocation)
    }
    return report
}

/// The files of a built site, relative to it, sorted (folders left out).
func siteFiles(_ site: URL) -> [String] {
    let root = site.standardizedFileURL.path + "/"
    return (FileManager.default.enumerator(atPath: site.path)?.compactMap { $0 as? String } ?? []).filter {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: root + $0, isDirectory: &isDir) && !isDir.boolValue
    }.sorted()
}

/// The inode and modification time of each file of `site` (relative path) that `include` accepts: a file a cached
/// build left untouched keeps its stamp.
func fileStamps(_ site: URL, where include: (String) -> Bool) throws -> [String: String] {
    var out: [String: String] = [:]
    for f in siteFiles(site) where include(f) {
        let a = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(f).path)
        out[f] = "\(a[.systemFileNumber] ?? 0)@\((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
    }
    return out
}

/// Every file of a built site by its path under the site folder, with its bytes (memo tests compare two sites whole).
func siteContents(_ site: URL) -> [String: Data] {
    Dictionary(uniqueKeysWithValues: siteFiles(site).map { ($0, FileManager.default.contents(atPath: site.appendingPathComponent($0).path) ?? Data()) })
}

/// The articles the publishing fixture's sites are made of: title, date, paragraphs.
typealias FixtureArticles = [(title: String, date: PartialDate, blocks: [String])]
