/// A page's place in the output, relative to the site root: "" for home, "articles/qasm-slymany" for
/// an article. Pages are flat files: `<folder>.html` ("articles/qasm-slymany.html"), home `index.html`.
/// (A folder per page, `<folder>/index.html`, doubled the inodes a build creates, which on ext4 right
/// after removing the previous site cost more than the rest of writing it: BENCHMARKS.md, issue 16.)
/// A page's continuations and sub-lists live in the folder of its name beside it
/// ("entities/x.html", "entities/x/events.html", "entities/x/page/2.html").
public struct SitePath: Hashable, Sendable, Comparable {
    public var folder: String

    public init(_ folder: String) { self.folder = folder }

    public static let home = SitePath("")

    /// The HTML file to write.
    public var file: String { folder.isEmpty ? "index.html" : folder + ".html" }

    /// How many folders deep the page's file is: the "/" in its path.
    /// (counted on the contiguous bytes: `reduce` over the UTF-8 view walked it through its iterator,
    /// and every link of every page asks)
    public var depth: Int {
        let counted: Int? = folder.utf8.withContiguousStorageIfAvailable { bytes in
            var n = 0
            for b in bytes where b == UInt8(ascii: "/") { n += 1 }
            return n
        }
        return counted ?? folder.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
    }

    /// Prefix that leads from this page back to the site root ("", "../", "../../").
    public var rootPrefix: String { String(repeating: "../", count: depth) }

    /// A relative link from this page to `target` that works on any host path and from disk
    /// (it names the page's file, "../entities/x.html": a browser opening files looks for nothing else).
    public func link(to target: SitePath, fragment: String? = nil) -> String {
        // (made in one string of the exact size it needs, its bytes copied in: the prefix, the file name and their
        // sums were a string each, and then a string appended piece by piece cost ~1,400 instructions a link;
        // every link of every page is made here)
        var folder = target.folder, fragment = fragment
        let up = depth
        let count = 3 * up + (folder.isEmpty ? 10 : folder.utf8.count + 5) + (fragment.map { $0.utf8.count + 1 } ?? 0)
        return String(unsafeUninitializedCapacity: count) { out in
            var n = 0
            for _ in 0..<up { Self.copy("../", to: out, at: &n) }
            if folder.isEmpty {
                Self.copy("index.html", to: out, at: &n)
            } else {
                folder.withUTF8 { Self.copy($0, to: out, at: &n) }
                Self.copy(".html", to: out, at: &n)
            }
            if fragment != nil {
                Self.copy("#", to: out, at: &n)
                fragment!.withUTF8 { Self.copy($0, to: out, at: &n) }
            }
            return n
        }
    }

    /// `link(to: target)`'s bytes appended to `out`, for a page `depth` folders deep (this page's `depth`, worked out
    /// once by the caller): no string made for a link written into a page's bytes.
    func appendLink<Out: ByteAppending>(to target: SitePath, depth up: Int, into out: inout Out) {
        let parent: StaticString = "../", html: StaticString = ".html", index: StaticString = "index.html"
        for _ in 0..<up { out.appendBytes(UnsafeBufferPointer(start: parent.utf8Start, count: parent.utf8CodeUnitCount)) }
        if target.folder.isEmpty {
            out.appendBytes(UnsafeBufferPointer(start: index.utf8Start, count: index.utf8CodeUnitCount))
        } else {
            var folder = target.folder
            folder.withUTF8 { out.appendBytes($0) }
            out.appendBytes(UnsafeBufferPointer(start: html.utf8Start, count: html.utf8CodeUnitCount))
        }
    }

    @inline(__always)
    private static func copy(_ text: StaticString, to out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        copy(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), to: out, at: &n)
    }

    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
        guard let from = bytes.baseAddress, bytes.count > 0 else { return }
        (out.baseAddress! + n).initialize(from: from, count: bytes.count)
        n += bytes.count
    }

    /// A relative link to a file (asset, data) given by its path from the root.
    public func link(toFile path: String) -> String { rootPrefix + path }

    /// The URL of this page under a base URL ("https://x.org/sub/articles/slug.html"; home: the base).
    public func absoluteURL(base: String) -> String { folder.isEmpty ? base : base + file }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.folder < b.folder }
}
