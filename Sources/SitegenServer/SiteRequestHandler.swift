import FlyingFox
import Foundation

/// Answers every request of `sitegen serve`: files of the output folder with their content types,
/// a page's file at its address without ".html", `index.html` for folders (see `SiteFiles`), the
/// site's `404.html` (status 404) for anything missing, and the live-reload endpoint. HTML responses get the reload script (and error overlay) added on the way out.
public struct SiteRequestHandler: HTTPHandler {
    public let files: SiteFiles
    public let state: LiveState
    /// How long the reload endpoint holds a request open when nothing changes.
    public var reloadWait: TimeInterval = 10

    public init(root: URL, state: LiveState) {
        files = SiteFiles(root: root)
        self.state = state
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([.allow: "GET, HEAD"]))
        }
        if request.path == LiveReload.scriptPath || request.path == LiveReload.stylePath {
            let js = request.path == LiveReload.scriptPath
            return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: js ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
                                                                       .cacheControl: "no-store"]),
                                body: Data((js ? LiveReload.scriptSource : LiveReload.styleSource).utf8))
        }
        if request.path == LiveReload.endpoint {
            let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) } ?? -1
            let s = await state.wait(after: since, timeout: reloadWait)
            var json: [String: Any] = ["generation": s.generation]
            if let e = s.error { json["error"] = e }
            let body = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
            return HTTPResponse(statusCode: .ok, headers: HTTPHeaders([.contentType: "application/json; charset=utf-8",
                                                                       .cacheControl: "no-store"]), body: body)
        }
        // The raw target: FlyingFox's `path` is standardized, which drops a folder's trailing slash.
        switch files.resolve(request.target.path(percentEncoded: false)) {
        case .file(let url):
            return respond(file: url, status: .ok, head: request.method == .HEAD)
        case .redirect(let to):
            let location = to.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? to
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
        case .forbidden:
            return notFound(head: request.method == .HEAD, status: .forbidden)
        case .notFound:
            return notFound(head: request.method == .HEAD, status: .notFound)
        }
    }

    private func respond(file url: URL, status: HTTPStatusCode, head: Bool) -> HTTPResponse {
        guard var data = FileManager.default.contents(atPath: url.path) else {
            return HTTPResponse(statusCode: .notFound)
        }
        let type = SiteFiles.contentType(for: url.path)
        if type.hasPrefix("text/html") {
            let s = state.snapshot
            data = LiveReload.inject(into: data, generation: s.generation, error: s.error)
        }
        var headers = HTTPHeaders([.contentType: type, .cacheControl: "no-store"])
        if head {
            headers[.contentLength] = String(data.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: data)
    }

    /// The site's own `404.html` when it has one, else a short Arabic page; status 404 (or 403).
    private func notFound(head: Bool, status: HTTPStatusCode) -> HTTPResponse {
        if case .file(let page) = files.resolve("/404.html") {
            return respond(file: page, status: status, head: head)
        }
        let html = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الصفحة غير موجودة</title></head>
        <body><main><h1>الصفحة غير موجودة</h1><p><a href="/index.html">العودة إلى الصفحة الرئيسية</a></p></main></body></html>
        """
        let s = state.snapshot
        let data = LiveReload.inject(into: Data(html.utf8), generation: s.generation, error: s.error)
        return HTTPResponse(statusCode: status, headers: HTTPHeaders([.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]),
                            body: head ? Data() : data)
    }
}

extension HTTPHeader {
    static let allow = HTTPHeader("Allow")
}
