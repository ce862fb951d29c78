/// A page's place in the output: a folder path relative to the site root ("" for home,
/// "articles/qasm-slymany" for an article). Files are written as `<folder>/index.html`.
public struct SitePath: Hashable, Sendable, Comparable {
    public var folder: String

    public init(_ folder: String) { self.folder = folder }

    public static let home = SitePath("")

    /// The HTML file to write.
    public var file: String { folder.isEmpty ? "index.html" : folder + "/index.html" }

    /// How many folders deep the page is.
    /// (counted on the contiguous bytes: `reduce` over the UTF-8 view walked it through its iterator,
    /// and every link of every page asks)
    public var depth: Int {
        if folder.isEmpty { return 0 }
        let counted: Int? = folder.utf8.withContiguousStorageIfAvailable { bytes in
            var n = 1
            for b in bytes where b == UInt8(ascii: "/") { n += 1 }
            return n
        }
        return counted ?? folder.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
    }

    /// Prefix that leads from this page back to the site root ("", "../", "../../").
    public var rootPrefix: String { String(repeating: "../", count: depth) }

    /// A relative link from this page to `target` that works on any host path and from disk
    /// (it names `index.html`, since a browser opening files does not look for it).
    public func link(to target: SitePath, fragment: String? = nil) -> String {
        var s = rootPrefix + target.file
        if let fragment { s += "#" + fragment }
        return s
    }

    /// A relative link to a file (asset, data) given by its path from the root.
    public func link(toFile path: String) -> String { rootPrefix + path }

    /// The pretty URL of this page under a base URL ("https://x.org/sub/articles/slug/").
    public func absoluteURL(base: String) -> String { folder.isEmpty ? base : base + folder + "/" }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.folder < b.folder }
}
