/// One output of the site (a kind of page, a data file, the assets).
///
/// Each generator owns its output: it decides its paths and its template. Generators read the
/// shared `SiteModel` and may run their own pages in parallel.
protocol SiteGenerator {
    /// Short name for timings and messages.
    var name: String { get }
    /// Navigation section keys this generator provides a page for.
    var sections: [String] { get }
    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic)
}

extension SiteGenerator {
    var sections: [String] { [] }
}

/// Runs `body` for every index in parallel and rethrows the first error (by index) afterwards.
func parallelPages(_ count: Int, jobs: Int, _ body: (Int) throws(Diagnostic) -> Void) throws(Diagnostic) {
    let errors: [Diagnostic?] = parallelMap(count, jobs: jobs) { i -> Diagnostic? in
        do { try body(i); return nil } catch { return error as? Diagnostic ?? .error("\(error)") }
    }
    if let first = errors.lazy.compactMap({ $0 }).first { throw first }
}
