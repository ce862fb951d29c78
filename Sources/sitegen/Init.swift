import ArgumentParser
import Foundation
import Sitegen

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a project: sitegen.yml with every key explained, an example article, entities/ and events/ with an example each, .gitignore.",
        discussion: "Never replaces a file that exists (it is listed as kept). Then run `sitegen build` (or `sitegen serve`) in the folder."
    )

    @Argument(help: "Folder to create the project in (made if missing).")
    var folder: String = "."

    @Flag(name: .long, help: "Also write the built-in templates and assets to templates/, for editing (a build uses templates/ when it is there).")
    var templates = false

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        do {
            let result = try ProjectScaffold.create(in: url, templates: templates)
            for path in result.written { print("created  \(path)") }
            for path in result.kept { print("kept     \(path) (it exists)") }
            let cd = folder == "." ? "" : "cd \(folder) && "
            print("\nNext: \(cd)sitegen build   (or sitegen serve, to see the site while you edit)")
        } catch {
            printErr(error.description)
            throw ExitCode(1)
        }
    }
}
