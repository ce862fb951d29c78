/// Finds the UTF-8 position of a Unicode scalar offset in a text in constant time.
///
/// Extraction reports spans as scalar offsets; `String.unicodeScalars.index(_:offsetBy:)` walks the
/// text from its start, so cutting thousands of keyword-in-context snippets out of long paragraphs
/// was quadratic. This table keeps the UTF-8 offset of every `stride`-th scalar, so a position is
/// found by walking at most `stride - 1` scalars from the nearest checkpoint.
struct ScalarOffsets: Sendable {
    static let strideShift = 5
    static let stride = 1 << strideShift

    /// `checkpoints[k]` is the UTF-8 offset of scalar `k * stride`.
    private let checkpoints: [Int32]
    /// Number of scalars in the text.
    let count: Int

    init(_ text: String) {
        var marks: [Int32] = []
        marks.reserveCapacity(text.utf8.count / (2 * Self.stride) + 1)
        var scalars = 0
        var offset = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 {  // a scalar starts here
                if scalars & (Self.stride - 1) == 0 { marks.append(Int32(offset)) }
                scalars += 1
            }
            offset += 1
        }
        checkpoints = marks
        count = scalars
    }

    /// The UTF-8 offset of scalar `n` of `utf8` (the bytes this table was made from); `n` may be `count`.
    func utf8Offset(of n: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        if n >= count { return utf8.count }
        var offset = Int(checkpoints[n >> Self.strideShift])
        var left = n & (Self.stride - 1)
        while left > 0 {
            offset += 1
            while offset < utf8.count && utf8[offset] & 0xC0 == 0x80 { offset += 1 }
            left -= 1
        }
        return offset
    }

    /// The scalars `start..<end` of `text` (empty when the range is empty or out of bounds).
    func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        guard start >= 0, end <= count, start < end else { return "" }
        var text = text
        return text.withUTF8 { utf8 in
            let a = utf8Offset(of: start, in: utf8), b = utf8Offset(of: end, in: utf8)
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[a..<b]), as: UTF8.self)
        }
    }
}
