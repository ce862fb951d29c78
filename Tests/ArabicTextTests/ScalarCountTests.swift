import Foundation
import Testing
@testable import ArabicText

/// `UTF8Key.scalarCount` counts what `unicodeScalars.count` counts, for strings and substrings of every kind of
/// scalar (one to four UTF-8 bytes, marks, joiners, a bridged string's fallback).
@Suite struct ScalarCountTests {
    static let pieces = ["", "ا", "الحكومه", "كتاب", "a", "Zz", "中", "😀", "\u{0600}", "\u{064E}", "ا\u{0653}", "آ",
                         "\u{200D}", "\r\n", "é", "e\u{0301}", "👩‍👩‍👧", "١٢٣", "ﻻ"]

    @Test func countsAsTheScalarView() {
        var texts: [String] = []
        for a in Self.pieces { for b in Self.pieces { texts.append(a + b) } }
        texts.append(String(repeating: "مدينة ", count: 50))
        for text in texts {
            #expect(UTF8Key.scalarCount(text) == text.unicodeScalars.count, "\(text.unicodeScalars.map(\.value))")
            let sub = text.dropFirst(min(1, text.count))
            #expect(UTF8Key.scalarCount(sub) == sub.unicodeScalars.count, "\(text.unicodeScalars.map(\.value))")
        }
        // a string bridged from Foundation (not native UTF-8 storage on every platform) counts alike
        let bridged = NSString(string: "الحكومة التونسية 😀") as String
        #expect(UTF8Key.scalarCount(bridged) == bridged.unicodeScalars.count)
    }
}
