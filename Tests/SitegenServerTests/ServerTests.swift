import FlyingFox
import Foundation
import Sitegen
import Testing
@testable import SitegenServer

/// A temporary folder, removed at the end.
final class Scratch {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ path: String, _ text: String) -> URL {
        let f = url.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: f.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: f)
        return f
    }
}

enum RepoPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")
}

private func get(_ handler: SiteRequestHandler, _ path: String, method: HTTPMethod = .GET) async throws -> HTTPResponse {
    let (p, q) = path.split(separator: "?", maxSplits: 1).map(String.init).splitPathQuery()
    return try await handler.handleRequest(HTTPRequest(method: method, version: .http11, path: p, query: q, headers: [:], body: Data()))
}

private extension Array where Element == String {
    func splitPathQuery() -> (String, [HTTPRequest.QueryItem]) {
        guard count == 2 else { return (self[0], []) }
        let items = self[1].split(separator: "&").map { kv -> HTTPRequest.QueryItem in
            let parts = kv.split(separator: "=", maxSplits: 1).map(String.init)
            return HTTPRequest.QueryItem(name: parts[0], value: parts.count > 1 ? parts[1] : "")
        }
        return (self[0], items)
    }
}

@Suite struct SiteFilesTests {
    @Test func resolvesFilesFoldersAndRefusesEscapes() throws {
        let dir = Scratch()
        let root = dir.url.appendingPathComponent("site")
        dir.write("site/index.html", "<html></html>")
        dir.write("site/articles.html", "<html></html>")
        dir.write("site/articles/x.html", "<html></html>")
        dir.write("site/articles/page/2.html", "<html></html>")
        dir.write("site/old/index.html", "<html></html>")
        dir.write("site/.hidden", "secret")
        dir.write("secret.txt", "outside")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("escape.txt").path,
                                                   withDestinationPath: dir.url.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("inside.html").path,
                                                   withDestinationPath: root.appendingPathComponent("index.html").path)
        let files = SiteFiles(root: root)
        let realRoot = try #require(SiteFiles.realPath(root.path))
        #expect(files.resolve("/") == .file(URL(fileURLWithPath: realRoot + "/index.html")))
        // Pages are files: the address without ".html" is the page; with a folder's slash, a redirect to it.
        #expect(files.resolve("/articles/x.html") == .file(URL(fileURLWithPath: realRoot + "/articles/x.html")))
        #expect(files.resolve("/articles/x") == .file(URL(fileURLWithPath: realRoot + "/articles/x.html")))
        #expect(files.resolve("/articles/x/") == .redirect("/articles/x.html"))
        #expect(files.resolve("/articles") == .file(URL(fileURLWithPath: realRoot + "/articles.html")))
        #expect(files.resolve("/articles/") == .redirect("/articles.html"))
        #expect(files.resolve("/articles/page/2") == .file(URL(fileURLWithPath: realRoot + "/articles/page/2.html")))
        #expect(files.resolve("/articles/page/") == .notFound)
        // A folder with its own index.html is still served as before.
        #expect(files.resolve("/old/") == .file(URL(fileURLWithPath: realRoot + "/old/index.html")))
        #expect(files.resolve("/old") == .redirect("/old/"))
        #expect(files.resolve("/../secret.txt") == .forbidden)
        #expect(files.resolve("/articles/../../secret.txt") == .forbidden)
        #expect(files.resolve("/escape.txt") == .forbidden)
        #expect(files.resolve("/inside.html") == .file(URL(fileURLWithPath: realRoot + "/index.html")))
        #expect(files.resolve("/.hidden") == .notFound)
        #expect(files.resolve("/missing.html") == .notFound)
    }

    @Test func contentTypes() {
        #expect(SiteFiles.contentType(for: "a/index.html") == "text/html; charset=utf-8")
        #expect(SiteFiles.contentType(for: "assets/style.css") == "text/css; charset=utf-8")
        #expect(SiteFiles.contentType(for: "assets/search.js") == "text/javascript; charset=utf-8")
        #expect(SiteFiles.contentType(for: "data/build.json") == "application/json; charset=utf-8")
        #expect(SiteFiles.contentType(for: "assets/favicon.svg") == "image/svg+xml; charset=utf-8")
        #expect(SiteFiles.contentType(for: "feed.xml") == "application/xml; charset=utf-8")
        #expect(SiteFiles.contentType(for: "x.bin") == "application/octet-stream")
    }
}

@Suite struct RequestHandlerTests {
    private func site() -> Scratch {
        let dir = Scratch()
        dir.write("index.html", "<!DOCTYPE html><html dir=\"rtl\"><body><p>الرئيسية</p></body></html>")
        dir.write("assets/style.css", "body{}")
        return dir
    }

    @Test func htmlGetsTheReloadScriptAndOtherFilesDoNot() async throws {
        let dir = site()
        let handler = SiteRequestHandler(root: dir.url, state: LiveState())
        let page = try await get(handler, "/")
        #expect(page.statusCode == .ok)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        let html = String(decoding: try await page.bodyData, as: UTF8.self)
        #expect(html.contains("الرئيسية"))
        #expect(html.contains(LiveReload.endpoint))
        #expect(html.range(of: "data-sitegen-serve")!.lowerBound < html.range(of: "</body>")!.lowerBound)
        // The pages' CSP allows only scripts from files: the reload script is one, served by the server.
        #expect(!html.contains("<script>") && html.contains("<script src=\"\(LiveReload.scriptPath)\""))
        let js = try await get(handler, LiveReload.scriptPath)
        #expect(js.headers[.contentType] == "text/javascript; charset=utf-8")
        #expect(String(decoding: try await js.bodyData, as: UTF8.self).contains(LiveReload.endpoint))
        let css = try await get(handler, "/assets/style.css")
        #expect(String(decoding: try await css.bodyData, as: UTF8.self) == "body{}")
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        // The file on disk is untouched.
        #expect(!(try String(contentsOf: dir.url.appendingPathComponent("index.html"), encoding: .utf8)).contains("script"))
    }

    @Test func missingPagesGetTheSite404WithStatus404() async throws {
        let dir = site()
        let handler = SiteRequestHandler(root: dir.url, state: LiveState())
        let builtIn = try await get(handler, "/nothing/here.html")
        #expect(builtIn.statusCode == .notFound)
        #expect(String(decoding: try await builtIn.bodyData, as: UTF8.self).contains("dir=\"rtl\""))
        dir.write("404.html", "<html><body>صفحة الخطأ الخاصة</body></html>")
        let own = try await get(handler, "/nothing/here.html")
        #expect(own.statusCode == .notFound)
        #expect(String(decoding: try await own.bodyData, as: UTF8.self).contains("صفحة الخطأ الخاصة"))
        #expect(try await get(handler, "/../etc/passwd").statusCode == .forbidden)
        #expect(try await get(handler, "/", method: .POST).statusCode == .methodNotAllowed)
    }

    @Test func errorOverlayIsShownAfterAFailedRebuild() async throws {
        let dir = site()
        let state = LiveState()
        let handler = SiteRequestHandler(root: dir.url, state: state)
        state.rebuilt(error: "a.md:3: error: <bad>")
        let html = String(decoding: try await get(handler, "/").bodyData, as: UTF8.self)
        #expect(html.contains("تعذّر بناء الموقع"))
        #expect(html.contains("a.md:3: error: &lt;bad&gt;"))
        state.rebuilt(error: nil)
        #expect(!String(decoding: try await get(handler, "/").bodyData, as: UTF8.self).contains("تعذّر بناء الموقع"))
    }

    @Test func reloadEndpointAnswersWhenTheGenerationChanges() async throws {
        let state = LiveState()
        var handler = SiteRequestHandler(root: site().url, state: state)
        handler.reloadWait = 5
        let waiting = Task { try await get(handler, LiveReload.endpoint + "?since=0") }
        try await Task.sleep(nanoseconds: 50_000_000)
        state.rebuilt(error: nil)
        let body = try await waiting.value.bodyData
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(json["generation"] as? Int == 1)
        #expect(json["error"] == nil)
    }
}

@Suite struct WatchAndRebuildTests {
    @Test func watcherSeesAddedChangedAndRemovedFiles() throws {
        let dir = Scratch()
        let a = dir.write("in/a.txt", "1")
        let watcher = FileWatcher(paths: [dir.url.appendingPathComponent("in")])
        #expect(watcher.changes().isEmpty)
        dir.write("in/sub/b.txt", "2")
        #expect(watcher.changes().map { ($0 as NSString).lastPathComponent } == ["b.txt"])
        dir.write("in/a.txt", "changed")
        #expect(watcher.changes() == [a.standardizedFileURL.path])
        try FileManager.default.removeItem(at: a)
        #expect(watcher.changes() == [a.standardizedFileURL.path])
        dir.write("in/.a.txt.swp", "editor")
        #expect(watcher.changes().isEmpty)
    }

    @Test func brokenEditKeepsTheLastGoodSiteAndAFixRecovers() throws {
        let dir = Scratch()
        dir.write("in/a.txt", "عنوان أول\nنص.\n")
        let templates = dir.url.appendingPathComponent("T")
        try FileManager.default.copyItem(at: RepoPaths.templates, to: templates)
        var options = BuildOptions(input: dir.url.appendingPathComponent("in"), output: dir.url.appendingPathComponent("site"),
                                   templates: templates)
        options.jobs = 1
        let server = DevServer(options: options, log: { _ in })
        #expect(server.rebuild() == nil)
        let home = dir.url.appendingPathComponent("site/index.html")
        let good = try String(contentsOf: home, encoding: .utf8)
        let base = templates.appendingPathComponent("base.mustache")
        let original = try String(contentsOf: base, encoding: .utf8)
        try (original + "{{#unclosed}}").write(to: base, atomically: true, encoding: .utf8)
        dir.write("in/a.txt", "عنوان ثان\nنص.\n")
        #expect(server.rebuildIfChanged())
        #expect(server.state.snapshot.error?.contains("base.mustache") == true)
        #expect(try String(contentsOf: home, encoding: .utf8) == good)
        try original.write(to: base, atomically: true, encoding: .utf8)
        #expect(server.rebuildIfChanged())
        #expect(server.state.snapshot.error == nil)
        #expect(server.state.snapshot.generation == 3)
        #expect(try String(contentsOf: home, encoding: .utf8).contains("عنوان ثان"))
        #expect(!server.rebuildIfChanged())
    }

    @Test func servesOverLoopbackAndStops() async throws {
        let dir = Scratch()
        dir.write("in/a.txt", "عنوان\nنص.\n")
        var options = BuildOptions(input: dir.url.appendingPathComponent("in"), output: dir.url.appendingPathComponent("site"),
                                   templates: RepoPaths.templates)
        options.jobs = 1
        let server = DevServer(options: options, host: "127.0.0.1", port: 0, log: { _ in })
        let running = Task { try await server.run() }
        var url: String?
        for _ in 0..<100 where url == nil {
            try await Task.sleep(nanoseconds: 50_000_000)
            url = await server.listeningURL()
            if let u = url, !u.hasSuffix(":0/") { break } else { url = nil }
        }
        let base = try #require(url)
        #expect(base.hasPrefix("http://127.0.0.1:"))
        let (data, response) = try await fetch(base)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect((response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type") == "text/html; charset=utf-8")
        #expect(String(decoding: data, as: UTF8.self).contains("dir=\"rtl\""))
        // A page is served at its file, at its address without ".html", and a folder-style address with
        // the trailing slash is redirected to the file (FlyingFox standardizes `path`, which drops the
        // slash: the handler must read the raw target to tell "articles/" from "articles").
        for (asked, served) in [("articles.html", "articles.html"), ("articles", "articles"), ("articles/", "articles.html")] {
            let (page, answer) = try await fetch(base + asked)
            #expect((answer as? HTTPURLResponse)?.statusCode == 200, "\(asked)")
            #expect(answer.url?.absoluteString == base + served, "\(asked)")
            #expect(String(decoding: page, as: UTF8.self).contains("dir=\"rtl\""))
        }
        let (_, missing) = try await fetch(base + "nothing/")
        #expect((missing as? HTTPURLResponse)?.statusCode == 404)
        await server.stop()
        try await running.value
    }

    private func fetch(_ url: String) async throws -> (Data, URLResponse) {
        try await withCheckedThrowingContinuation { c in
            URLSession.shared.dataTask(with: URL(string: url)!) { d, r, e in
                if let e { c.resume(throwing: e) } else { c.resume(returning: (d ?? Data(), r!)) }
            }.resume()
        }
    }
}

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
