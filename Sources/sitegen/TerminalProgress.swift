import Foundation
import Sitegen

/// Draws "load 4096/10161" on one terminal line, at most ten times a second; silent when stderr is not a terminal.
final class TerminalProgress: BuildProgress, @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw: UInt64 = 0
    private var drawn = false
    private let isTTY = isatty(STDERR_FILENO) != 0

    func update(stage: String, done: Int, total: Int) {
        guard isTTY else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        guard now - lastDraw > 100_000_000 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(stage) \(done)/\(total)".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
