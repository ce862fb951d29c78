import Foundation
import Testing
@testable import Sitegen
import TestSupport

/// Byte writers of the search data and the entity graphs, each against the code it replaced, on random input:
/// JSON strings scanned eight bytes at a time (`JSONText.append`), shard keys cut on the bytes
/// (`SearchIndex.shardKey`), the graphs' numbers written in one piece into a page buffer (`GraphSVG`), links made in
/// one string of their size (`SitePath.link`), CSV fields looked into only when they have a byte to quote for.
@Suite struct ByteWritersTests {

    /// `JSONText.append(bytes:to:)` as it was: every byte looked at on its own.
    static func jsonByteByByte(_ s: String) -> [UInt8] {
        let src = Array(s.utf8)
        var out: [UInt8] = [0x22]
        var plain = 0
        var i = 0
        func escape(_ replacement: String) {
            out.append(contentsOf: src[plain..<i])
            out.append(contentsOf: replacement.utf8)
        }
        while i < src.count {
            let b = src[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 { i += 1; continue }
            switch b {
            case 0x22: escape("\\\"")
            case 0x5C: escape("\\\\")
            case 0x0A: escape("\\n")
            case 0x0D: escape("\\r")
            case 0x09: escape("\\t")
            case 0..<0x20: escape("\\u" + String(repeating: "0", count: 4 - String(b, radix: 16).utf8.count) + String(b, radix: 16))
            case 0xE2 where i + 2 < src.count && src[i + 1] == 0x80 && (src[i + 2] == 0xA8 || src[i + 2] == 0xA9):
                escape(src[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default:
                i += 1
                continue
            }
            i += 1
            plain = i
        }
        out.append(contentsOf: src[plain...])
        out.append(0x22)
        return out
    }

    /// `SearchIndex.shardKey` as it was: the first scalars appended to a scalar view.
    static func shardKeyByScalars(_ term: String) -> String {
        var it = term.unicodeScalars.makeIterator()
        guard let first = it.next() else { return "" }
        var key = String.UnicodeScalarView()
        key.append(first)
        guard let second = it.next() else { return String(key) }
        key.append(second)
        if first == "ا" && second == "ل", let third = it.next() { key.append(third) }
        return String(key)
    }

    /// Random strings of pieces: plain Arabic and Latin runs, and every byte the JSON escaping looks at
    /// (quotes, backslashes, controls, U+2028/2029 and other scalars starting with 0xE2, 3- and 4-byte scalars).
    static func randomText(_ rng: inout SplitMix64, pieces: Int) -> String {
        let parts = ["نص عربي", "ك", "ا", "ل", "abc", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1f}", "\u{7f}", "\u{2028}",
                     "\u{2029}", "\u{2014}", "…", "\u{2027}", "\u{20AC}", "😀", "\u{E000}", "é", " ", "12345678"]
        var s = ""
        for _ in 0..<Int.random(in: 0...pieces, using: &rng) { s += parts.randomElement(using: &rng)! }
        return s
    }

    @Test func jsonStringsScannedByWordsAsByteByByte() {
        var rng = SplitMix64(seed: 41)
        for n in 0..<6_000 {
            let s = Self.randomText(&rng, pieces: n % 40)
            var out: [UInt8] = [0x41]
            JSONText.append(s, to: &out)
            #expect(out == [0x41] + Self.jsonByteByByte(s), "\(s.unicodeScalars.map(\.value))")
            #expect(SearchIndex.jsonSize(s) == out.count - 1)
        }
        // every special byte at every offset of a word, in a text long enough for several words
        for special in ["\"", "\\", "\n", "\u{1}", "\u{2028}", "\u{2029}", "\u{2014}"] {
            for offset in 0..<24 {
                let s = String(repeating: "a", count: offset) + special + String(repeating: "ب", count: 20) + special
                #expect(JSONText.string(s) == String(decoding: Self.jsonByteByByte(s), as: UTF8.self))
            }
        }
    }

    @Test func shardKeysCutOnTheBytesAsByScalars() {
        var rng = SplitMix64(seed: 16)
        let scalars = ["ا", "ل", "ب", "ع", "a", "é", "😀", "\u{E000}", "\u{800}", " "]
        var terms = ["", "ا", "ال", "الع", "العراق", "ل", "لا", "a", "😀😀😀"]
        for _ in 0..<5_000 {
            terms.append((0..<Int.random(in: 0...6, using: &rng)).map { _ in scalars.randomElement(using: &rng)! }.joined())
        }
        for term in terms {
            let key = SearchIndex.shardKey(term)
            #expect(key == Self.shardKeyByScalars(term), "\(term.unicodeScalars.map(\.value))")
            #expect(Array(key.utf8) == Array(Self.shardKeyByScalars(term).utf8))
        }
    }

    /// `SitePath.link(to:fragment:)` as it was: a string appended piece by piece.
    static func linkByAppends(from page: SitePath, to target: SitePath, fragment: String?) -> String {
        var s = ""
        for _ in 0..<page.depth { s += "../" }
        if target.folder.isEmpty {
            s += "index.html"
        } else {
            s += target.folder
            s += ".html"
        }
        if let fragment {
            s += "#"
            s += fragment
        }
        return s
    }

    @Test func linksMadeInOneStringAsByAppends() {
        var rng = SplitMix64(seed: 2026)
        let parts = ["articles", "entities", "x", "قاسم-سليماني", "page", "2", "😀", "a b", "événement", "e\u{301}"]
        func folder() -> String {
            (0..<Int.random(in: 0...4, using: &rng)).map { _ in parts.randomElement(using: &rng)! }.joined(separator: "/")
        }
        let fragments: [String?] = [nil, "", "b12", "مقطع", "s-3-😀", String(repeating: "ح", count: 40)]
        for _ in 0..<4_000 {
            let page = SitePath(folder()), target = SitePath(folder())
            let fragment = fragments.randomElement(using: &rng)!
            let link = page.link(to: target, fragment: fragment)
            let expected = Self.linkByAppends(from: page, to: target, fragment: fragment)
            #expect(link == expected)
            #expect(Array(link.utf8) == Array(expected.utf8), "\(page.folder) → \(target.folder) # \(fragment ?? "nil")")
        }
        #expect(SitePath.home.link(to: .home) == "index.html")
        #expect(SitePath("a/b").link(to: SitePath("c"), fragment: "d") == "../c.html#d")
    }

    /// `DataExports.csvField` as it was: every field's characters walked.
    static func csvFieldByCharacters(_ s: String) -> String {
        var v = s
        if let f = v.unicodeScalars.first, "=+-@".unicodeScalars.contains(f) { v = "'" + v }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }

    @Test func csvFieldsQuotedAsByCharacters() {
        var rng = SplitMix64(seed: 4180)
        // (a comma, quote or line break followed by a combining mark, and "\r\n", are characters of their own: not quoted)
        let parts = ["نص", "a", ",", "\"", "\n", "\r", "\r\n", "\u{301}", "\u{650}", "=", "+", "-", "@", " ", "😀", "'"]
        var fields = ["", ",", "\r\n", ",\u{301}", "\"\u{650}", "=1+2", "@x,y"]
        for _ in 0..<5_000 {
            fields.append((0..<Int.random(in: 0...6, using: &rng)).map { _ in parts.randomElement(using: &rng)! }.joined())
        }
        for field in fields {
            #expect(Array(DataExports.csvField(field).utf8) == Array(Self.csvFieldByCharacters(field).utf8),
                    "\(field.unicodeScalars.map(\.value))")
        }
    }

    @Test func graphNumbersIntoAPageBufferAsStrings() {
        var rng = SplitMix64(seed: 7)
        var page = PageBytes(capacity: 4)
        defer { page.deallocate() }
        var expected: [UInt8] = []
        var ints = [0, 1, -1, 9, 10, -10, Int.max, Int.min] + Array(0...1_010)  // (below 1,000: written digit by digit)
        for _ in 0..<3_000 { ints.append(Int.random(in: -100_000...100_000, using: &rng)) }
        for n in ints {
            GraphSVG.appendDecimal(n, to: &page)
            expected += Array(String(n).utf8)
        }
        var doubles: [Double] = [0, -0.0, -0.04, 0.05, 1.25, 4.75, 999_999_999_999_999.9, 1e15, .infinity, -.infinity]
        for _ in 0..<3_000 { doubles.append(Double.random(in: -1_000...1_000, using: &rng)) }
        for v in doubles {
            GraphSVG.appendOneDecimal(v, to: &page)
            expected += Array(String(format: "%.1f", v).utf8)
        }
        #expect(page.bytes == expected)
    }
}
