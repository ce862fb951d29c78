import Foundation

/// Whether a name has a space, answered on its bytes where the answer is sure.
enum NameSpacing {
    /// `name.contains(" ")` (Foundation's search, ~7,500 instructions a name): false without a space byte, true when a
    /// space stands between two scalars that are ASCII or Arabic letters (U+0621…U+064A, no combining mark nor prepended
    /// sign, so the space is a character of its own however the search compares), else Foundation's answer.
    static func hasSpace(_ name: String) -> Bool {
        var text = name
        let answer: Bool? = text.withUTF8 { b in
            var sawSpace = false
            for i in b.indices where b[i] == 0x20 {
                sawSpace = true
                if isLetterBefore(b, i) && isLetterAfter(b, i + 1) { return true }
            }
            return sawSpace ? nil : false
        }
        return answer ?? name.contains(" ")
    }

    /// The scalar ending before byte `end` of UTF-8 `b` is ASCII or a letter U+0621…U+064A (the start counts as one).
    private static func isLetterBefore(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end > 0 else { return true }
        if b[end - 1] < 0x80 { return true }
        guard end >= 2 else { return false }
        let v = UInt32(b[end - 2]) << 8 | UInt32(b[end - 1])
        return isArabicLetterPair(v)
    }

    /// The scalar starting at byte `start` of UTF-8 `b` is ASCII or a letter U+0621…U+064A (the end counts as one).
    private static func isLetterAfter(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start < b.count else { return true }
        if b[start] < 0x80 { return true }
        guard start + 1 < b.count else { return false }
        return isArabicLetterPair(UInt32(b[start]) << 8 | UInt32(b[start + 1]))
    }

    /// Two bytes `v` (first byte high) are the UTF-8 of U+0621…U+064A: D8 A1…D8 BF or D9 80…D9 8A.
    @inline(__always)
    private static func isArabicLetterPair(_ v: UInt32) -> Bool {
        (v >= 0xD8A1 && v <= 0xD8BF) || (v >= 0xD980 && v <= 0xD98A)
    }
}
