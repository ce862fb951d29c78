import Foundation

/// Turns file bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM; line ends unified to "\n".
enum TextDecoding {
    enum Failure: Error, Equatable {
        case binary
        case invalidUTF8(line: Int)
    }

    static func decode(_ data: Data) -> Result<String, Failure> {
        let bytes = [UInt8](data)
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let s = String(data: data, encoding: .utf16) else { return .failure(.binary) }
            text = s
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            if body.contains(0) { return .failure(.binary) }
            guard let s = String(validating: body, as: UTF8.self) else {
                return .failure(.invalidUTF8(line: firstInvalidLine(body)))
            }
            text = s
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    /// 1-based line of the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int {
        for (n, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where String(validating: line, as: UTF8.self) == nil {
            return n + 1
        }
        return 1
    }
}
