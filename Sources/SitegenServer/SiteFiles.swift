import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps request paths to files of the output folder, never outside it.
///
/// Paths are taken decoded ("/مقالات/x/"); a `..` segment, a NUL, a hidden segment (".cache") or a
/// symbolic link leading outside the folder is refused. Pages are files (`articles/x.html`), so a
/// path without its extension is served the page's file (`/articles/x` → `articles/x.html`: the
/// same folder, so relative links keep working); a folder is served as its `index.html` (the root)
/// and asked without its trailing slash is redirected to it; a trailing slash on a page's address
/// (`/articles/x/`, as a folder-per-page layout wrote it) is redirected to its file.
public struct SiteFiles: Sendable {
    public enum Resolution: Equatable, Sendable {
        case file(URL)
        /// Ask again at this path (a folder with its trailing slash, or a page's file).
        case redirect(String)
        case notFound
        case forbidden
    }

    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    public func resolve(_ requestPath: String) -> Resolution {
        let path = requestPath.hasPrefix("/") ? requestPath : "/" + requestPath
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." || part.contains("\0") || part.contains("\\") { return .forbidden }
            if part == "." { continue }
            if part.hasPrefix(".") { return .notFound }
            parts.append(part)
        }
        var candidate = root.path
        for p in parts { candidate += "/" + p }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: candidate, isDirectory: &isDir)
        // "/articles" is the page articles.html beside the folder articles/ (which has no index.html);
        // "/articles/x/" is redirected to "/articles/x.html" unless the folder has its own index.html.
        let page = candidate + ".html"
        let isFolderPage = exists && isDir.boolValue && fm.fileExists(atPath: candidate + "/index.html")
        if !parts.isEmpty, !(exists && !isDir.boolValue), !isFolderPage, Self.isFile(page) {
            if path.hasSuffix("/") { return .redirect(String(path.dropLast()) + ".html") }
            candidate = page
        } else {
            guard exists else { return .notFound }
            if isDir.boolValue {
                if !path.hasSuffix("/") { return .redirect(path + "/") }
                candidate += "/index.html"
            }
        }
        // Symbolic links: the real file must lie inside the real root.
        guard let realRoot = Self.realPath(root.path), let real = Self.realPath(candidate) else { return .notFound }
        guard real.hasPrefix(realRoot + "/") else { return .forbidden }
        var st = stat()
        guard stat(real, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return .notFound }
        return .file(URL(fileURLWithPath: real))
    }

    private static func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// The Content-Type of a file, by extension; text types say UTF-8.
    public static func contentType(for path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "geojson": return "application/geo+json; charset=utf-8"
        case "xml", "rss": return "application/xml; charset=utf-8"
        case "atom": return "application/atom+xml; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "ttf": return "font/ttf"
        case "otf": return "font/otf"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
