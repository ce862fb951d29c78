import Testing
@testable import ArabicText

/// `Gazetteer.isOneKeyWord` read on the UTF-8 bytes accepts what the scalar test it replaces accepts.
@Suite struct OneKeyWordTests {
    static func byScalars(_ name: String) -> Bool {
        var empty = true
        for s in name.unicodeScalars {
            switch s.value {
            case 0x61...0x7A, 0x0621, 0x0627, 0x0628, 0x062A...0x063A, 0x0641...0x0648, 0x064A: empty = false
            default: return false
            }
        }
        return !empty
    }

    @Test func bytesAnswerAsScalars() {
        var scalars: [String] = (0x0600...0x06FF).compactMap { Unicode.Scalar($0).map { String($0) } }
        scalars += (0x20...0x7E).compactMap { Unicode.Scalar($0).map { String($0) } }
        scalars += ["\u{0750}", "\u{08A0}", "\u{FB50}", "\u{200D}", "中", "😀", "é", "e\u{0301}"]
        var names = [""] + scalars
        for a in scalars { names.append("ك" + a + "ب"); names.append(a + "z") }
        names += ["الحكومه", "بغداد", "abc", "ABC", "ال حكومه", "مدينة", "أحمد", "سيدي بوزيد"]
        for name in names {
            #expect(Gazetteer<Int>.isOneKeyWord(name) == Self.byScalars(name), "\(name.unicodeScalars.map(\.value))")
        }
    }
}
