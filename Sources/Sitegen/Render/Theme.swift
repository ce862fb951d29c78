import Foundation
import BuiltinTheme

/// The files a site is rendered with: the built-in theme (the `Templates/` folder `sitegen` was built
/// with), with the files of a `--templates` folder laid over it. A file the folder has replaces the
/// built-in file of the same path; a file it lacks is taken from the built-in theme, so a folder only
/// needs the templates or assets it changes.
public struct Theme: Sendable {
    /// One file of the theme and where it came from.
    public struct File: Sendable {
        public var bytes: [UInt8]
        /// Name for messages: the path inside the `--templates` folder ("home.mustache"), or the path
        /// followed by "(built-in)".
        public var displayName: String
        public var isBuiltin: Bool
        /// True for a built-in file, and for a folder's file with the same bytes as the built-in file
        /// it replaces (a copy left as `sitegen init --templates` wrote it): its template is compiled.
        public var hasBuiltinBytes: Bool
    }

    /// Path inside the theme ("article.mustache", "partials/nav.mustache", "assets/style.css") → file.
    public let files: [String: File]
    /// The folder laid over the built-in theme, if any.
    public let folder: URL?

    /// The built-in theme with the files of `folder` (when given) laid over it.
    public init(overriding folder: URL?) throws(Diagnostic) {
        var files = Self.builtinFiles
        if let folder {
            let fm = FileManager.default
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
                throw .error("templates folder not found", file: folder.path)
            }
            for rel in Self.visibleFiles(in: folder) {
                guard let data = fm.contents(atPath: folder.appendingPathComponent(rel).path) else {
                    throw .error("cannot read the file", file: rel)
                }
                let bytes = [UInt8](data)
                let unchanged = files[rel].map { $0.isBuiltin && $0.bytes == bytes } ?? false
                files[rel] = File(bytes: bytes, displayName: rel, isBuiltin: false, hasBuiltinBytes: unchanged)
            }
        }
        self.init(files: files, folder: folder)
    }

    private init(files: [String: File], folder: URL?) {
        self.files = files
        self.folder = folder
    }

    private static let builtinFiles: [String: File] = BuiltinTheme.files.reduce(into: [:]) { out, entry in
        out[entry.key] = File(bytes: entry.value, displayName: entry.key + " (built-in)", isBuiltin: true, hasBuiltinBytes: true)
    }

    /// Mustache templates: name (path without ".mustache") → file, by name.
    var templates: [(name: String, file: File)] {
        files.keys.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix("assets/") }.sorted()
            .map { (String($0.dropLast(".mustache".count)), files[$0]!) }
    }

    /// Static files copied to the output: path inside `assets/` → bytes, by path.
    var assets: [(path: String, bytes: [UInt8])] {
        files.keys.filter { $0.hasPrefix("assets/") }.sorted().map { (String($0.dropFirst("assets/".count)), files[$0]!.bytes) }
    }

    /// Fingerprint of the templates (not the assets, which are compared by content when written).
    var templatesFingerprint: ContentHash {
        var h = ContentHasher()
        for (name, file) in templates {
            h.combine(name)
            h.combine(file.bytes)
        }
        return h.finalize()
    }

    /// Files under `folder`, relative, sorted; hidden files and folders left out.
    static func visibleFiles(in folder: URL) -> [String] {
        let fm = FileManager.default
        let names = fm.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return names.sorted().filter { rel in
            var isDir: ObjCBool = false
            return !rel.split(separator: "/").contains { $0.hasPrefix(".") }
                && fm.fileExists(atPath: folder.appendingPathComponent(rel).path, isDirectory: &isDir) && !isDir.boolValue
        }
    }

    /// Writes every built-in file under `folder` (for `sitegen init --templates`), never replacing a
    /// file that exists; returns the paths written and the paths left as they were.
    public static func writeBuiltin(to folder: URL) throws(Diagnostic) -> (written: [String], kept: [String]) {
        try ProjectScaffold.writeFiles(BuiltinTheme.files.map { ($0.key, $0.value) }, into: folder)
    }
}
