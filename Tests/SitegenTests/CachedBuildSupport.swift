import Foundation
import Testing
@testable import Sitegen

/// Builds `input` with `cache` into `site`, then without any cache into a fresh folder, and expects both
/// sites to be byte for byte the same (incremental builds must never differ from fresh ones). Returns
/// the cached build's report.
@discardableResult
func buildMatchingFresh(_ input: TempDir, _ site: URL, cache: BuildCache,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildReport {
    let report = try buildSite(input: input.url, output: site, cache: cache)
    let scratch = TempDir()
    let fresh = scratch.url.appendingPathComponent("site")
    _ = try buildSite(input: input.url, output: fresh)
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
