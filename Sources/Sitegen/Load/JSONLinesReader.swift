import Foundation

/// Reads `.jsonl` (JSON Lines) files: one JSON object per line, each one article (see `RecordFields`).
/// Blank lines are skipped; a line that is not a JSON object is an error naming its line, and the
/// other lines are read.
enum JSONLinesReader {
    static func records(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> [ArticleRecord] {
        var records: [ArticleRecord] = []
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
            } catch {
                diagnostics.append(.error("line is not valid JSON (JSON Lines: one object per line); skipped", file: file, line: lineNumber))
                continue
            }
            guard let fields = object as? [String: Any] else {
                diagnostics.append(.error("line is JSON but not an object ({\"title\": …, \"text\": …}); skipped", file: file, line: lineNumber))
                continue
            }
            var values: [String: RecordValue] = [:]
            for (key, value) in fields {
                if let v = recordValue(value) { values[key.lowercased()] = values[key.lowercased()] ?? v }
            }
            records.append(ArticleRecord(values: values, line: lineNumber))
        }
        return records
    }

    /// A JSON value as a record value: strings and numbers as text, lists of them as lists, an object
    /// by its "name" (an author or publisher object); null and other objects are left out.
    static func recordValue(_ value: Any) -> RecordValue? {
        switch value {
        case let s as String: return .text(s)
        case let list as [Any]: return .list(list.compactMap { recordValue($0)?.text })
        case let object as [String: Any]: return (object["name"] as? String).map { .text($0) }
        case let n as NSNumber: return .text(n.stringValue)
        default: return nil
        }
    }
}
