import Foundation

/// Turns file bytes into text: UTF-8 (with or without BOM) or UTF-16 with a BOM; line ends unified to "\n".
///
/// Characters no page, feed or data file may carry are removed on the way in: C0 controls other than
/// tab and line feed, DEL, C1 controls and the noncharacters U+FFFE/U+FFFF (they make XML ill-formed
/// and HTML parsers report errors). `Decoded.removedControls` counts them so the loader can warn.
enum TextDecoding {
    enum Failure: Error, Equatable {
        case binary
        case invalidUTF8(line: Int)
        case invalidUTF16(line: Int)
    }

    /// Decoded text and what was removed from it.
    struct Decoded: Equatable {
        var text: String
        /// Number of control characters removed.
        var removedControls = 0
        /// 1-based line of the first removed control character.
        var firstControlLine: Int?
    }

    static func decode(_ data: Data) -> Result<String, Failure> {
        decodeReporting(data).map(\.text)
    }

    static func decodeReporting(_ data: Data) -> Result<Decoded, Failure> {
        var text: String
        let isUTF16LE = data.starts(with: [0xFF, 0xFE]), isUTF16BE = data.starts(with: [0xFE, 0xFF])
        if isUTF16LE || isUTF16BE {
            switch decodeUTF16(data.dropFirst(2), bigEndian: isUTF16BE) {
            case .success(let s): text = s
            case .failure(let f): return .failure(f)
            }
            if text.utf8.contains(0) { return .failure(.binary) }
        } else {
            let bytes = [UInt8](data)
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            // (memchr: `contains` compared byte by byte)
            if body.withUnsafeBufferPointer({ $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }) { return .failure(.binary) }
            guard let s = String(validating: body, as: UTF8.self) else {
                return .failure(.invalidUTF8(line: firstInvalidLine(body)))
            }
            text = s
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if UTF8Scalars.contains(text, UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(removingControls(text))
    }

    /// True for scalars that are removed from input text.
    @inline(__always)
    static func isRemovedControl(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Removes control characters; the fast path scans UTF-8 bytes and copies nothing when there are none.
    static func removingControls(_ text: String) -> Decoded {
        // (on the contiguous bytes: the `utf8` view's iterator cost ~50 instructions a byte)
        let suspicious = text.utf8.withContiguousStorageIfAvailable { mayHoldControls($0) } ?? mayHoldControls(Array(text.utf8))
        guard suspicious else { return Decoded(text: text) }
        var out = String.UnicodeScalarView()
        var removed = 0
        var line = 1
        var firstLine: Int?
        for s in text.unicodeScalars {
            if s == "\n" { line += 1 }
            if isRemovedControl(s.value) {
                removed += 1
                if firstLine == nil { firstLine = line }
                continue
            }
            out.append(s)
        }
        return Decoded(text: String(out), removedControls: removed, firstControlLine: firstLine)
    }

    /// Whether `bytes` may hold a removed control (`isRemovedControl`): C0/DEL are single bytes; C1 starts with 0xC2;
    /// U+FFFE/U+FFFF start with 0xEF 0xBF. True for a byte below 0x20 other than tab and line feed, DEL, 0xC2 before a
    /// byte below 0xA0, 0xBF before one of 0xBE or more (a superset: `removingControls` then reads the scalars).
    /// Eight bytes at a time: a word with no byte below 0x20 nor 0x7F, 0xC2 or 0xBF (most words of a text) is
    /// skipped whole; the others, and the bytes of the last partial word, byte by byte.
    static func mayHoldControls(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func trigger(_ previous: UInt8, _ b: UInt8) -> Bool {
            (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F || (previous == 0xC2 && b < 0xA0) || (previous == 0xBF && b >= 0xBE)
        }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// Some byte of `x` is zero.
        @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        var previous: UInt8 = 0
        var i = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i + 8 <= bytes.count, let raw {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // a byte below 0x20 (exact for a bound of 0x80 or less), 0x7F, 0xC2 or 0xBF, or the last word ended on 0xC2
            // or 0xBF (a pair across the two words)
            let low = (x &- ones &* 0x20) & ~x & highs != 0
            if low || hasZero(x ^ (ones &* 0x7F)) || hasZero(x ^ (ones &* 0xC2)) || hasZero(x ^ (ones &* 0xBF))
                || previous == 0xC2 || previous == 0xBF {
                for k in i..<(i + 8) {
                    if trigger(previous, bytes[k]) { return true }
                    previous = bytes[k]
                }
            } else {
                // (no 0xC2 nor 0xBF in the word: its last byte makes no pair with the next word's first)
                previous = 0
            }
            i += 8
        }
        while i < bytes.count {
            if trigger(previous, bytes[i]) { return true }
            previous = bytes[i]
            i += 1
        }
        return false
    }

    static func mayHoldControls(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { mayHoldControls($0) } }

    /// Strict UTF-16 (no unpaired surrogates, even byte count); the failure names the line.
    static func decodeUTF16(_ bytes: Data, bigEndian: Bool) -> Result<String, Failure> {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1 }
                scalars.append(s)
            case .emptyInput: break loop
            case .error: return .failure(.invalidUTF16(line: line))
            }
        }
        if bytes.count % 2 != 0 { return .failure(.invalidUTF16(line: line)) }
        return .success(String(scalars))
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
