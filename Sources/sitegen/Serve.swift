import ArgumentParser
import Foundation
import Sitegen
import SitegenServer

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it locally and rebuild and reload open pages on every change.",
        discussion: """
        Watches the input folder, the templates and the config file. A rebuild that fails is shown in \
        the terminal and over the open pages, and the last good site stays served. The reload script is \
        added to pages as they are served; the files in the output folder never contain it.
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(name: .long, help: "Address to listen on (loopback by default; 0.0.0.0 exposes the site to your network).")
    var host: String = "127.0.0.1"

    func run() throws {
        let server = DevServer(options: site.buildOptions(), host: host, port: port, log: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) })
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        var sources: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                print("\nStopping.")
                Task { await server.stop() }
            }
            source.resume()
            sources.append(source)
        }
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await server.run() } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            printErr("Cannot serve on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
    }
}

/// Carries an error out of the server task.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
