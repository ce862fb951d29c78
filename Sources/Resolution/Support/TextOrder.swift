import ArabicText
import Foundation

// Swift hashes and compares non-ASCII strings by canonical equivalence, normalizing on every call,
// which dominated resolution on large corpora. These helpers hash and compare UTF-8 bytes instead,
// where that gives the same answer as `String`'s `==`, `hash` and `<`.

/// A string hashed and compared by its UTF-8 bytes (no Unicode normalization).
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) { hasher.combine(ArabicText.UTF8Key(text).bytesHash) }

    /// As `ArabicText.UTF8Key`'s: FNV-1a of the bytes mixed with the table's seed, without `Hasher`.
    func _rawHashValue(seed: Int) -> Int { ArabicText.UTF8Key(text)._rawHashValue(seed: seed) }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool { TextOrder.sameBytes(a.text, b.text) }
}

/// Byte-wise string comparisons that agree with `String`'s when both sides are `TextOrder.isPlain`.
enum TextOrder {
    /// True when every scalar of `text` is a starter (combining class 0) that NFC keeps as it is:
    /// ASCII, Latin-1, Arabic letters, digits and punctuation (no tashkeel or other marks), joiners and
    /// directional marks, general punctuation. Such a string is in NFC, so `String` equality is byte
    /// equality and `String` order is byte order (UTF-8 preserves scalar order).
    static func isPlain(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            switch s.value {
            case 0x00...0xFF, 0x0600...0x060F, 0x061B...0x064A, 0x0660...0x066F, 0x0671...0x06D5,
                 0x06EE...0x06FF, 0x200C...0x200F, 0x2010...0x2027:
                continue
            default:
                return false
            }
        }
        return true
    }

    /// (`ArabicText.UTF8Key.sameBytes`: the lengths first, then the bytes borrowed; `withUTF8` on copies of both
    /// strings retained and released them for each of the 84,000 comparisons of a 1,000-article build, where
    /// nearly three in four are of keys of other lengths)
    static func sameBytes(_ a: String, _ b: String) -> Bool { ArabicText.UTF8Key.sameBytes(a, b) }

    /// `a < b` by UTF-8 bytes.
    static func bytesLess(_ a: String, _ b: String) -> Bool {
        var x = a, y = b
        return x.withUTF8 { p in
            y.withUTF8 { q in
                let n = min(p.count, q.count)
                if n > 0 {
                    let c = memcmp(p.baseAddress!, q.baseAddress!, n)
                    if c != 0 { return c < 0 }
                }
                return p.count < q.count
            }
        }
    }

    /// `a < b` as `String` orders them; byte order when both are plain.
    static func less(_ a: String, _ b: String, plain: Bool) -> Bool {
        plain ? bytesLess(a, b) : a < b
    }

    /// `a == b` as `String` compares them.
    static func equal(_ a: String, _ b: String) -> Bool {
        isPlain(a) && isPlain(b) ? sameBytes(a, b) : a == b
    }

    /// `strings` without repeats (by `String` equality), first occurrences kept, in order.
    static func uniqued(_ strings: [String]) -> [String] {
        if strings.count < 2 { return strings }
        if strings.allSatisfy(isPlain) {
            var seen = Set<UTF8Key>()
            return strings.filter { seen.insert(UTF8Key($0)).inserted }
        }
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }
}
