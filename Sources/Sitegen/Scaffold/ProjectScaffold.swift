import Foundation

/// `sitegen init`: a ready project in a folder: `sitegen.yml` with every key explained, an example
/// article, `entities/` and `events/` with a commented example each, and a `.gitignore` for the
/// output and the cache. With `templates`, the built-in theme is written to `templates/` for editing
/// (a `templates/` folder is used by `sitegen build` when it is there). No file that exists is replaced.
public enum ProjectScaffold {
    /// Files written by `sitegen init`, relative to the project folder.
    public static let files: [(path: String, text: String)] = [
        ("sitegen.yml", ScaffoldFiles.config),
        ("articles/example-book-fair.md", ScaffoldFiles.article),
        ("entities/samer-al-khatib.md", ScaffoldFiles.entity),
        ("events/book-fair-opening.md", ScaffoldFiles.event),
        (".gitignore", ScaffoldFiles.gitignore),
    ]

    /// The folder `init --templates` writes the built-in theme to, and `build` reads when present.
    public static let templatesFolder = "templates"

    /// `folder/templates` when it is a folder (the templates a build uses without `--templates`).
    public static func templatesFolder(in folder: URL) -> URL? {
        let url = folder.appendingPathComponent(templatesFolder).standardizedFileURL
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue ? url : nil
    }

    /// Creates the project in `folder` (made if missing); returns the paths written and those kept.
    public static func create(in folder: URL, templates: Bool) throws(Diagnostic) -> (written: [String], kept: [String]) {
        var result = try writeFiles(files.map { ($0.path, Array($0.text.utf8)) }, into: folder)
        if templates {
            let theme = try Theme.writeBuiltin(to: folder.appendingPathComponent(templatesFolder))
            result.written += theme.written.map { templatesFolder + "/" + $0 }
            result.kept += theme.kept.map { templatesFolder + "/" + $0 }
        }
        return result
    }

    /// Writes each file under `folder` unless something is already at its path (sorted by path).
    static func writeFiles(_ files: [(String, [UInt8])], into folder: URL) throws(Diagnostic) -> (written: [String], kept: [String]) {
        let fm = FileManager.default
        var written: [String] = [], kept: [String] = []
        for (path, bytes) in files.sorted(by: { $0.0 < $1.0 }) {
            let url = folder.appendingPathComponent(path)
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isDir) || (try? fm.destinationOfSymbolicLink(atPath: url.path)) != nil {
                kept.append(path)
                continue
            }
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // .withoutOverwriting: a file that appeared meanwhile is still not replaced
                try Data(bytes).write(to: url, options: .withoutOverwriting)
            } catch {
                throw .error("cannot write the file: \(error.localizedDescription)", file: url.path)
            }
            written.append(path)
        }
        return (written, kept)
    }
}
