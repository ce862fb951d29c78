import FlyingFox
import FlyingSocks
import Foundation
import Sitegen

/// `sitegen serve`: builds the site, serves the output folder over HTTP (FlyingFox), watches the
/// input, templates and config, rebuilds on change and tells open pages to reload.
///
/// A failed rebuild leaves the last good site in place (the build swaps its output in only on
/// success); the error goes to the terminal and, as an overlay, to the open pages.
public final class DevServer: @unchecked Sendable {
    public let options: BuildOptions
    public let host: String
    public let port: UInt16
    public let state = LiveState()
    /// Where messages go (the terminal).
    public let log: @Sendable (String) -> Void
    /// How often the watcher looks for changes.
    public var pollInterval: TimeInterval = 0.1
    private let cache: BuildCache
    private let watcher: FileWatcher
    private var server: HTTPServer?
    private let stopping = NSLock()
    private var stopped = false

    public init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000,
                log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.log = log
        cache = BuildCache(output: options.output)
        var watched = [options.input] + (options.templates.map { [$0] } ?? [])
        if let config = options.configFile { watched.append(config) }
        watcher = FileWatcher(paths: watched, skip: [options.output, cache.folder])
    }

    /// Builds once; returns the error text when the build failed (the server starts anyway).
    @discardableResult
    public func rebuild(reason: String? = nil) -> String? {
        let started = Date()
        do {
            let report = try SiteBuilder(options: options, cache: cache).build()
            for d in report.errors { log(d.description) }
            state.rebuilt(error: nil)
            let ms = Int(Date().timeIntervalSince(started) * 1000)
            log((reason.map { "Changed: \($0). " } ?? "") + report.summary + " (\(ms) ms)")
            return nil
        } catch {
            let text = error.description
            state.rebuilt(error: text)
            log(text)
            log("Build failed; still serving the last good site.")
            return text
        }
    }

    /// Rebuilds when a watched file changed since the last call; returns whether it did.
    @discardableResult
    public func rebuildIfChanged() -> Bool {
        let changed = watcher.changes()
        guard !changed.isEmpty else { return false }
        let names = changed.prefix(3).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        rebuild(reason: names + (changed.count > 3 ? " and \(changed.count - 3) more" : ""))
        return true
    }

    /// Builds, starts serving and watching, and returns when `stop()` is called.
    public func run() async throws {
        rebuild()
        let address: any SocketAddress
        if host.contains(":") {
            address = try sockaddr_in6.inet6(ip6: host, port: port)
        } else {
            address = try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port)
        }
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled,
                                handler: SiteRequestHandler(root: options.output, state: state))
        stopping.withLock { self.server = server }
        let watch = Thread { [self] in
            while !stopping.withLock({ stopped }) {
                rebuildIfChanged()
                Thread.sleep(forTimeInterval: pollInterval)
            }
        }
        watch.start()
        defer { stopping.withLock { stopped = true } }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                try await server.waitUntilListening()
                log("Serving \(options.output.path) at \(await self.url(of: server)) (Ctrl-C to stop)")
                try await group.waitForAll()
            }
        } catch {
            if !stopping.withLock({ stopped }) { throw error }  // stopping cancels the server task: not an error
        }
    }

    /// The URL the server listens on (the real port when 0 was asked for).
    func url(of server: HTTPServer) async -> String {
        switch await server.listeningAddress {
        case .ip4(let h, let p)?: return "http://\(h):\(p)/"
        case .ip6(let h, let p)?: return "http://[\(h)]:\(p)/"
        default: return "http://\(host):\(port)/"
        }
    }

    /// The URL once listening (for tests and the benchmark).
    public func listeningURL() async -> String? {
        guard let server = stopping.withLock({ server }) else { return nil }
        return await url(of: server)
    }

    /// Stops watching and serving; `run()` then returns.
    public func stop() async {
        let server = stopping.withLock { () -> HTTPServer? in
            stopped = true
            return self.server
        }
        await server?.stop(timeout: 1)
    }
}
