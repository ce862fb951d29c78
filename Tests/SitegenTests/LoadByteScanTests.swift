import Foundation
import Testing
import TestSupport
@testable import Sitegen

/// The loader's byte scans against the loops they replace (kept here): `TextDecoding.mayHoldControls` (eight bytes at
/// a time) and `removingControls`, `FrontMatter.lineNestedTooDeeply` (on the contiguous bytes), and the quoted front
/// matter values copied only from their first escape (`FrontMatterLines`), against Yams.
@Suite struct LoadByteScanTests {
    /// The byte loop `mayHoldControls` replaces.
    static func oldScan(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            if (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x7F || (previous == 0xC2 && b < 0xA0) || (previous == 0xBF && b >= 0xBE) {
                return true
            }
            previous = b
        }
        return false
    }

    /// `removingControls` as it was: the old scan, then the scalars.
    static func oldRemovingControls(_ text: String) -> TextDecoding.Decoded {
        guard oldScan(Array(text.utf8)) else { return TextDecoding.Decoded(text: text) }
        var out = String.UnicodeScalarView()
        var removed = 0, line = 1
        var firstLine: Int?
        for s in text.unicodeScalars {
            if s == "\n" { line += 1 }
            if TextDecoding.isRemovedControl(s.value) {
                removed += 1
                if firstLine == nil { firstLine = line }
                continue
            }
            out.append(s)
        }
        return TextDecoding.Decoded(text: String(out), removedControls: removed, firstControlLine: firstLine)
    }

    static let pieces = ["a", "Z", " ", "ب", "الحكومة ", "\n", "\t", "\r", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}",
                         "\u{9F}", "\u{A0}", "¢", "é", "ؿ", "ڿ", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFBF}", "👍🏽",
                         "كلمات عربية طويلة بما يكفي "]

    @Test func controlScanAnswersAsTheByteLoop() {
        var random = SeededRandom(seed: 43)
        var answers = Set<Bool>()
        for round in 0..<20_000 {
            // mostly clean text (the common case), sometimes one suspicious piece anywhere
            var text = random.text(of: Array(Self.pieces[0..<5]) + ["\n"], maxPieces: 40)
            if round % 2 == 0 {
                let piece = Self.pieces[random.below(Self.pieces.count)]
                let at = random.below(text.unicodeScalars.count + 1)
                var scalars = Array(text.unicodeScalars)
                scalars.insert(contentsOf: piece.unicodeScalars, at: at)
                text = String(String.UnicodeScalarView(scalars))
            }
            let bytes = Array(text.utf8)
            let old = Self.oldScan(bytes)
            #expect(TextDecoding.mayHoldControls(bytes) == old, "\(bytes)")
            #expect(TextDecoding.removingControls(text) == Self.oldRemovingControls(text), "\(bytes)")
            answers.insert(old)
        }
        // any bytes, not only UTF-8 (pairs across the eight-byte words included)
        for _ in 0..<20_000 {
            let bytes = (0..<random.below(40)).map { _ in
                random.below(4) == 0 ? [0xC2, 0xBF, 0xBE, 0x7F, 0x1F, 0x0A, 0x09, 0xA0][random.below(8)] : UInt8(0x20 + random.below(0xE0))
            }
            #expect(TextDecoding.mayHoldControls(bytes) == Self.oldScan(bytes), "\(bytes)")
            answers.insert(Self.oldScan(bytes))
        }
        #expect(answers == [true, false])
    }

    /// The `for b in yaml.utf8` loop `lineNestedTooDeeply` replaces: the line where the nesting passes the limit, or nil.
    static func oldNestedLine(_ yaml: String, firstLine: Int) -> Int? {
        var depth = 0, line = firstLine, quote: UInt8 = 0, lineStart = true, dashes = 0, dash = false
        for b in yaml.utf8 {
            if dash {
                dash = false
                if b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") { dashes += 1 } else { lineStart = false }
            }
            if b == UInt8(ascii: "\n") { line += 1; quote = 0; lineStart = true; dashes = 0; continue }
            if quote != 0 { if b == quote { quote = 0 }; continue }
            switch b {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): quote = b; lineStart = false
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; lineStart = false
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1); lineStart = false
            case UInt8(ascii: "-") where lineStart: dash = true
            case UInt8(ascii: " "): break
            default: lineStart = false
            }
            if depth > FrontMatter.maxNesting || dashes > FrontMatter.maxNesting { return line }
        }
        return nil
    }

    @Test func nestingCheckAnswersAsTheUTF8ViewLoop() {
        var random = SeededRandom(seed: 4_343)
        var answers = Set<Bool>()
        let pieces = ["- ", "-", "- - - - - - - - ", "[", "[[[[[[[[", "]", "{", "{{{{", "}", "\"", "'", "\n", " ", "a", "ب", "title: "]
        for _ in 0..<6_000 {
            let yaml = random.text(of: pieces, maxPieces: 60)
            let firstLine = 1 + random.below(5)
            var copy = yaml
            let new = copy.withUTF8 { FrontMatter.lineNestedTooDeeply($0, firstLine: firstLine) }
            let old = Self.oldNestedLine(yaml, firstLine: firstLine)
            #expect(new == old, "\(yaml)")
            answers.insert(old != nil)
        }
        #expect(answers == [true, false])
    }

    /// Titles of letters, escaped quotes and backslashes, marks and emoji: read as Yams reads them (or left to it).
    @Test func quotedValuesReadAsYamsReadsThem() throws {
        var random = SeededRandom(seed: 434_343)
        let pieces = ["آبل", " ", "\\\"", "\\\\", "a", "#", ":", "ـ", "👍🏽", "\u{00A0}", "é", "الحكومة", "لـ", "%D8%A7", "\\n", "\t"]
        var read = 0, escaped = 0
        for _ in 0..<800 {
            let title = random.text(of: pieces, maxPieces: 12)
            let yaml = "title: \"\(title)\"\ndate: 2017-01-09\nsource: \"\(random.text(of: pieces, maxPieces: 4))\"\n"
            guard let fast = FrontMatterLines.parse(yaml) else { continue }
            var w: [Diagnostic] = []
            let slow = try FrontMatter.composed(yaml, firstLine: 2, warnings: &w)
            #expect(fast == slow, "\(yaml)")
            read += 1
            if title.contains("\\") { escaped += 1 }
        }
        #expect(read > 100 && escaped > 50)
    }
}

/// `MetadataCleaning.singleLine` with its byte pre-check answers as the scalar loop alone, kept here.
@Suite struct MetadataByteCheckTests {
    static func oldSingleLine(_ text: String) -> String {
        var needsWork = false
        for s in text.unicodeScalars where MetadataCleaning.isBidiControl(s.value) || s == "\n" || s == "\t" {
            needsWork = true
            break
        }
        if !needsWork { return text.trimmingWhitespaces }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if MetadataCleaning.isBidiControl(s.value) { continue }
            out.append(s == "\n" || s == "\t" ? " " : s)
        }
        return String(out).trimmingWhitespaces
    }

    @Test func singleLineAnswersAsTheScalarLoop() {
        var random = SeededRandom(seed: 0x3E7A_43)
        let pieces = ["عنوان", " ", "  ", "\n", "\t", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{200F}", "“", "”", "—",
                      "a", "\u{00A0}", "\u{2029}", "€"]
        var changed = 0
        for _ in 0..<10_000 {
            let text = random.text(of: pieces, maxPieces: 10)
            let old = Self.oldSingleLine(text)
            #expect(Array(MetadataCleaning.singleLine(text).utf8) == Array(old.utf8), "\(text)")
            if old != text { changed += 1 }
        }
        #expect(changed > 1_000)
    }
}
