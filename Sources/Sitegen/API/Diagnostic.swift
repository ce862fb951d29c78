/// A problem found while building, tied to a file (and line when there is one).
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable { case warning, error }

    public var severity: Severity
    /// Path as the user gave it or relative to the input folder.
    public var file: String?
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String? = nil, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    public static func error(_ message: String, file: String? = nil, line: Int? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, message)
    }

    public static func warning(_ message: String, file: String? = nil, line: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, message)
    }

    /// "file:line: error: message", the form compilers use, so editors can jump to it.
    public var description: String {
        var s = ""
        if let file {
            s += file
            if let line { s += ":\(line)" }
            s += ": "
        }
        return s + "\(severity.rawValue): \(message)"
    }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file ?? "", a.line ?? 0, a.message) < (b.file ?? "", b.line ?? 0, b.message)
    }
}

/// An error that stops the build.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ d: Diagnostic) { self.diagnostics = [d] }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
