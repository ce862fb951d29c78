import Foundation

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
    let checkpoints: [Int32]
    /// Number of scalars in the text.
    let count: Int

    init(_ text: String) {
        var marks: [Int32] = []
        marks.reserveCapacity(text.utf8.count / (2 * Self.stride) + 1)
        var scalars = 0
        // (on the contiguous bytes: the UTF-8 view's iterator cost several times as much a byte)
        var text = text
        // (eight bytes at a time, their scalars counted at once, unless a checkpoint falls among them: the test of
        // every byte was most of the cost of a snippet's block; `PageGeneratorPiecesTests` keeps that loop)
        text.withUTF8 { utf8 in
            let raw = UnsafeRawBufferPointer(utf8)
            var offset = 0
            while offset < utf8.count {
                if offset + 8 <= utf8.count {
                    let w = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    // continuation bytes (10xxxxxx): the top bit set and the next one clear; counted by a multiply that
                    // sums the bytes' flags into the top byte (`nonzeroBitCount` is a dozen instructions without POPCNT)
                    let continuations = (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
                    let starts = 8 - Int((continuations &* 0x0101_0101_0101_0101) >> 56)
                    let r = scalars & (Self.stride - 1)
                    if starts == 0 || (r != 0 && r + starts <= Self.stride) {
                        scalars += starts
                        offset += 8
                        continue
                    }
                    for o in offset..<(offset + 8) where utf8[o] & 0xC0 != 0x80 {  // a scalar starts here
                        if scalars & (Self.stride - 1) == 0 { marks.append(Int32(o)) }
                        scalars += 1
                    }
                    offset += 8
                    continue
                }
                if utf8[offset] & 0xC0 != 0x80 {
                    if scalars & (Self.stride - 1) == 0 { marks.append(Int32(offset)) }
                    scalars += 1
                }
                offset += 1
            }
        }
        checkpoints = marks
        count = scalars
    }

    /// The UTF-8 offset of scalar `n` of `utf8` (the bytes this table was made from); `n` may be `count`.
    func utf8Offset(of n: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        if n >= count { return utf8.count }
        var cursor = ScalarCursor(byte: Int(checkpoints[n >> Self.strideShift]))
        return cursor.advance(to: n & (Self.stride - 1), in: utf8)
    }

    /// The scalars `start..<end` of `text` (empty when the range is empty or out of bounds).
    /// (Cut from the string's scalars, not decoded from its bytes: a copy of bytes known valid is not validated again,
    /// ~11 instructions a byte of the search documents' sentences.)
    func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        guard start >= 0, end <= count, start < end else { return "" }
        var text = text
        let (a, b) = text.withUTF8 { utf8 in (utf8Offset(of: start, in: utf8), utf8Offset(of: end, in: utf8)) }
        let bytes = text.utf8
        let lo = bytes.index(bytes.startIndex, offsetBy: a), hi = bytes.index(lo, offsetBy: b - a)
        return String(Substring(text.unicodeScalars[lo..<hi]))
    }
}

/// The `ScalarOffsets` of every block of every article, each made the first time a slice of its block
/// is asked for: a cached rebuild cuts snippets out of a few thousand blocks only (the search
/// documents' sentences, the changed pages), and making the tables of all 10k articles' blocks up
/// front was a tenth of its instructions. Safe to use from several threads (a lock per stripe of
/// articles guards the tables).
final class BlockOffsets: @unchecked Sendable {
    private let bodies: [ArticleBody]
    /// `firstSlot[a]` is the slot of block 0 of article a.
    private let firstSlot: [Int]
    private let tables: LazySlots<ScalarOffsets>

    init(bodies: [ArticleBody]) {
        self.bodies = bodies
        var first: [Int] = []
        first.reserveCapacity(bodies.count)
        var n = 0
        for b in bodies {
            first.append(n)
            n += b.blockCount  // (a cached article's blocks are not made `String`s for this)
        }
        firstSlot = first
        tables = LazySlots(count: n)
    }

    /// The scalars `start..<end` of block `block` of article `article`.
    func slice(article: Int, block: Int, _ start: Int, _ end: Int) -> String {
        let text = bodies[article].blocks[block]
        return table(article: article, block: block, text).slice(text, start, end)
    }

    /// `body` with the table of block `block` of article `article` and the block's UTF-8 bytes.
    func withBlock<R>(article: Int, block: Int, _ body: (ScalarOffsets, UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = bodies[article].blocks[block]
        let table = table(article: article, block: block, text)
        return text.withUTF8 { body(table, $0) }
    }

    private func table(article: Int, block: Int, _ text: String) -> ScalarOffsets {
        tables.value(firstSlot[article] + block, stripe: article) { ScalarOffsets(text) }
    }
}
