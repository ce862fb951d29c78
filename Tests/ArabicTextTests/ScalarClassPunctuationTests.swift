import Testing
@testable import ArabicText

@Suite struct ScalarClassPunctuationTests {
    /// `ScalarClass.ofOther` before Arabic punctuation was listed (its default read the scalar's properties).
    static func ofOtherByProperties(_ s: Unicode.Scalar) -> ScalarClass {
        let v = s.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .letter }
            if v >= 0x30 && v <= 0x39 { return .digit }
            if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C { return .space }
            return .other
        }
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED: return .mark
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
             0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFB, 0xFE70...0xFEFC:
            return .letter
        case 0x00A0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x0085: return .space
        case 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: return .invisible
        default:
            let p = s.properties
            if p.isAlphabetic { return .letter }
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            case .decimalNumber: return .digit
            case .spaceSeparator: return .space
            default: return .other
            }
        }
    }

    /// Every scalar of the Basic Multilingual Plane and the next plane has the class it had.
    @Test func punctuationListedGivesTheClassOfItsProperties() {
        var differ: [UInt32] = []
        for v in UInt32(0)...0x1FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if ScalarClass.ofOther(s) != Self.ofOtherByProperties(s) { differ.append(v) }
        }
        #expect(differ.isEmpty, "\(differ.prefix(10).map { String($0, radix: 16) })")
        for v: UInt32 in [0x060C, 0x061B, 0x061F, 0x2026, 0x00AB, 0x2013] {
            #expect(ScalarClass.ofOther(Unicode.Scalar(v)!) == .other)
        }
    }
}
