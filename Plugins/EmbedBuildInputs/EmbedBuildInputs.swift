import Foundation
import PackagePlugin

/// Embeds what the `sitegen` binary must carry with it, so an installed copy works in any folder:
/// - in the `BuiltinTheme` target, every file of the package's `Templates/` folder;
/// - in the `sitegen` target, the commit the binary was built from (`sitegen --version`).
///
/// `scripts/embed-build-inputs` writes the Swift sources. How the theme stays in step with
/// `Templates/`: the theme command lists every file of the folder as an input, so an edited file
/// makes it run again; `Sources/BuiltinTheme/Templates` is a symbolic link to the folder (excluded
/// from the target's sources), so SwiftPM sees a file added to or removed from it as a change of the
/// package's structure and runs this plugin again, which lists the files anew. The commit command
/// depends on git's HEAD and its log, which every commit, checkout or reset rewrites.
@main
struct EmbedBuildInputs: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let script = package.appending(path: "scripts/embed-build-inputs").path
        let shell = URL(fileURLWithPath: "/bin/sh")
        let work = context.pluginWorkDirectoryURL
        switch target.name {
        case "BuiltinTheme":
            let templates = package.appending(path: "Templates")
            let output = work.appending(path: "BuiltinThemeFiles.swift")
            return [.buildCommand(displayName: "Embedding the Templates folder as the built-in theme", executable: shell,
                                  arguments: [script, "theme", templates.path, output.path],
                                  inputFiles: Self.files(under: templates), outputFiles: [output])]
        case "sitegen":
            let output = work.appending(path: "BuildCommit.swift")
            return [.buildCommand(displayName: "Recording the commit", executable: shell,
                                  arguments: [script, "commit", package.path, output.path],
                                  inputFiles: Self.gitFilesChangedByCommits(package), outputFiles: [output])]
        default:
            return []
        }
    }

    /// Every regular file under `folder` (hidden ones left out), sorted.
    static func files(under folder: URL) -> [URL] {
        let fm = FileManager.default
        guard let names = fm.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) else { return [] }
        return names.sorted().filter { name in
            var isDir: ObjCBool = false
            return !name.split(separator: "/").contains { $0.hasPrefix(".") }
                && fm.fileExists(atPath: folder.appending(path: name).path, isDirectory: &isDir) && !isDir.boolValue
        }.map { folder.appending(path: $0) }
    }

    /// git's HEAD and HEAD log of the checkout (of its worktree, for a linked worktree); none outside git.
    static func gitFilesChangedByCommits(_ folder: URL) -> [URL] {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", folder.path, "rev-parse", "--path-format=absolute", "--git-path", "HEAD", "--git-path", "logs/HEAD"]
        let pipe = Pipe()
        git.standardOutput = pipe
        git.standardError = FileHandle.nullDevice
        do { try git.run() } catch { return [] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        git.waitUntilExit()
        guard git.terminationStatus == 0 else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { FileManager.default.fileExists(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }
}
