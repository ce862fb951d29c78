import Foundation

/// Reads `.csv` files: a header row naming the fields (see `RecordFields`), then one article per row.
///
/// RFC 4180: fields are separated by commas (or by semicolons or tabs, when the header has more of
/// those), a field in double quotes may hold separators, line breaks and doubled quotes (`""`).
/// A row with a different number of fields than the header is an error naming its line, and the
/// other rows are read; a quote never closed ends the file with an error naming the line it opened on.
enum CSVReader {
    struct Row {
        var fields: [String]
        /// 1-based line the row starts on.
        var line: Int
    }

    static func records(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> [ArticleRecord] {
        let bytes = Array(text.utf8)
        let (rows, unclosed) = rows(bytes, separator: separator(bytes))
        var records: [ArticleRecord] = []
        if let header = rows.first {
            let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            for row in rows.dropFirst() {
                guard row.fields.count == names.count else {
                    diagnostics.append(.error("row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"), the header \(names.count); skipped",
                                              file: file, line: row.line))
                    continue
                }
                var values: [String: RecordValue] = [:]
                for (name, value) in zip(names, row.fields) where !name.isEmpty && values[name] == nil { values[name] = .text(value) }
                records.append(ArticleRecord(values: values, line: row.line))
            }
        }
        if let unclosed {
            diagnostics.append(.error("a quoted field opened on this line is never closed; the rest of the file is skipped", file: file, line: unclosed))
        }
        return records
    }

    /// The separator of the header row: the most frequent of `,` `;` and tab outside quotes (`,` on a tie).
    static func separator(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var quoted = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if b == UInt8(ascii: "\n") && !quoted { break }
            if !quoted, counts[b] != nil { counts[b]! += 1 }
        }
        let comma = counts[UInt8(ascii: ",")]!
        return counts.filter { $0.value > comma }.max { $0.value < $1.value }?.key ?? UInt8(ascii: ",")
    }

    /// The rows of a CSV text; blank lines are skipped. `unclosed` is the line of a quote never closed.
    static func rows(_ bytes: [UInt8], separator: UInt8) -> (rows: [Row], unclosed: Int?) {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, rowLine = 1, quoteLine = 0
        var inQuotes = false, wasQuoted = false
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRow() {
            endField()
            if fields.count > 1 || !fields[0].trimmingCharacters(in: .whitespaces).isEmpty {
                rows.append(Row(fields: fields, line: rowLine))
            }
            fields.removeAll()
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote { field.append(quote); i += 1 } else { inQuotes = false }
                } else {
                    if b == newline { line += 1 }
                    field.append(b)
                }
            } else if b == quote && field.allSatisfy({ $0 == 0x20 }) && !wasQuoted {
                field.removeAll()
                inQuotes = true
                wasQuoted = true
                quoteLine = line
            } else if b == separator {
                endField()
            } else if b == newline {
                endRow()
                line += 1
                rowLine = line
            } else {
                field.append(b)
            }
            i += 1
        }
        if inQuotes {
            fields.removeAll()
            return (rows, quoteLine)
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
        return (rows, nil)
    }
}
