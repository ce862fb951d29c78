import Foundation

/// `trimmingCharacters(in:)` of the whitespace sets, on the string's scalars.
///
/// Foundation's (on Linux) makes an `NSString` of the string and walks its UTF-16 units: 40,000
/// instructions or more a call, several calls an article (its title, URL and metadata fields). The
/// same set is asked about the same scalars from each end (the sets hold only scalars of the Basic
/// Multilingual Plane, one UTF-16 unit each), so the result is the same string.
enum Trimming {
    static let whitespaces = CharacterSet.whitespaces
    static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines

    static func trimmed(_ s: Substring.UnicodeScalarView, _ set: CharacterSet) -> String {
        var a = s.startIndex, b = s.endIndex
        while a < b, set.contains(s[a]) { s.formIndex(after: &a) }
        while a < b {
            let p = s.index(before: b)
            guard set.contains(s[p]) else { break }
            b = p
        }
        return String(s[a..<b])
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)` (see `Trimming`).
    var trimmingWhitespaces: String { Trimming.trimmed(Substring(self).unicodeScalars, Trimming.whitespaces) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (see `Trimming`).
    var trimmingWhitespacesAndNewlines: String {
        Trimming.trimmed(Substring(self).unicodeScalars, Trimming.whitespacesAndNewlines)
    }
}
