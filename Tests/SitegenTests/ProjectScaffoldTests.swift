import Foundation
import Testing
@testable import Sitegen

/// `sitegen init`, `--version` and building a folder that holds only articles, with the real binary.
@Suite struct ProjectScaffoldTests {
    @Test func initThenBuildInAnEmptyFolder() throws {
        let dir = TempDir()
        let created = try SitegenCLI.run(["init", "project"], cwd: dir.url)
        #expect(created.status == 0, "\(created.stderr)")
        for file in ["sitegen.yml", ".gitignore", "articles/example-book-fair.md", "entities/samer-al-khatib.md", "events/book-fair-opening.md"] {
            #expect(dir.exists("project/" + file), "\(file) missing")
        }
        let project = dir.url.appendingPathComponent("project")
        let built = try SitegenCLI.run(["build", "--quiet"], cwd: project)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("Built 1 articles") && built.stdout.contains("0 warnings"))
        #expect(dir.read("project/site/index.html")?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        let people = try #require(dir.read("project/site/data/entities.json"))
        #expect(people.contains("سامر الخطيب"))
        #expect(try #require(dir.read("project/site/data/events.json")).contains("افتتاح معرض الموصل الدولي للكتاب"))
        // every key of the config is there, commented, and the file as written is a valid config
        var warnings: [Diagnostic] = []
        _ = try SiteConfig.load(project.appendingPathComponent("sitegen.yml"), warnings: &warnings)
        #expect(warnings.isEmpty)
        let config = try #require(dir.read("project/sitegen.yml"))
        for key in SiteConfig.knownKeys { #expect(config.contains("# \(key):"), "\(key) is not in sitegen.yml") }
        for key in RecordFields.keys { #expect(config.contains("#   \(key):"), "fields: \(key) is not in sitegen.yml") }
    }

    @Test func initNeverOverwritesAndWritesTheTemplatesOnRequest() throws {
        let dir = TempDir()
        dir.write("sitegen.yml", "title: عنواني\n")
        let r = try SitegenCLI.run(["init", "--templates"], cwd: dir.url)
        #expect(r.status == 0)
        #expect(r.stdout.contains("kept     sitegen.yml (it exists)"))
        #expect(dir.read("sitegen.yml") == "title: عنواني\n")
        #expect(dir.exists("templates/article.mustache") && dir.exists("templates/assets/style.css"))
        dir.write("templates/home.mustache", "changed")
        _ = try SitegenCLI.run(["init", "--templates"], cwd: dir.url)
        #expect(dir.read("templates/home.mustache") == "changed")
    }

    /// A folder holding only articles builds into site/ with the built-in theme; a templates/ folder
    /// there is laid over it.
    @Test func aFolderOfArticlesBuildsWithTheBuiltinTheme() throws {
        let dir = TempDir()
        dir.write("one.txt", "خبر أول\nوصل وفد إلى أربيل صباح اليوم.\n")
        dir.write("sub/two.md", "---\ntitle: خبر ثان\n---\nغادر الوفد أربيل مساء.\n")
        let r = try SitegenCLI.run(["build", "--quiet"], cwd: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Built 2 articles"))
        #expect(dir.exists("site/assets/style.css"))
        dir.write("templates/partials/nav.mustache", "<nav class=\"mine\"></nav>\n")
        #expect(try SitegenCLI.run(["build", "--quiet"], cwd: dir.url).status == 0)
        #expect(dir.read("site/index.html")?.contains("<nav class=\"mine\">") == true)
    }

    @Test func versionNamesTheCommit() throws {
        let r = try SitegenCLI.run(["--version"], cwd: FileManager.default.temporaryDirectory)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("sitegen \(SitegenVersion.number) (commit "))
    }
}
