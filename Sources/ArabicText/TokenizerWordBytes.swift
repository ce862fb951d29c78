extension Tokenizer {
    /// `forEachWordRange` on a text's UTF-8 bytes: calls `body` with the byte range of every word and number token,
    /// in order, the same tokens `forEachWordRange` gives on the text's scalars (the same `scan` rules, a scalar
    /// decoded where it is read and classed by a table below U+0800). A reader that keys words by their bytes needs
    /// no array of scalars (making it and scanning it cost ≈ 60 instructions a scalar of the search index's texts).
    public static func forEachWordRange(utf8 b: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        ScalarClass.codes.withUnsafeBufferPointer { table in
            let n = b.count
            // The scalar at byte i: its value, its class code and the byte after it.
            @inline(__always) func read(_ i: Int) -> (v: UInt32, cls: UInt8, next: Int) {
                let c = b[i]
                if c < 0x80 { return (UInt32(c), table[Int(c)], i + 1) }
                if c < 0xE0 {
                    let v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    return (v, table[Int(v)], i + 2)
                }
                let (s, next) = ScalarString.decode(b, at: i)
                return (s.value, ScalarClass.of(s).code, next)
            }
            let letter = ScalarClass.letter.code, mark = ScalarClass.mark.code, digit = ScalarClass.digit.code
            let space = ScalarClass.space.code, invisible = ScalarClass.invisible.code
            var i = 0
            while i < n {
                let (v, cls, after) = read(i)
                if cls == space || cls == invisible {
                    i = after
                } else if cls == letter || cls == mark {
                    var j = after
                    var hasLetter = cls == letter  // (marks alone, a tatweel used as a dash, are no word)
                    while j < n {
                        let (w, c, next) = read(j)
                        if c == letter {
                            hasLetter = true
                        } else if !(c == mark || (c == invisible && isJoiner(w))) {
                            break
                        }
                        j = next
                    }
                    if hasLetter { body(i, j) }
                    i = j
                } else if cls == digit {
                    var j = after
                    while j < n {
                        let (w, c, next) = read(j)
                        if c == digit { j = next; continue }
                        if w == 0x2E || w == 0x2C || w == 0x066B || w == 0x066C, next < n {
                            let (_, c2, next2) = read(next)
                            if c2 == digit { j = next2; continue }
                        }
                        break
                    }
                    body(i, j)
                    i = j
                } else {
                    // other: a symbol keeps its variation selectors, ZWJ sequences and combining marks (no word)
                    var j = after
                    while j < n {
                        let (w, c, next) = read(j)
                        if (0xFE00...0xFE0F).contains(w) || (0x1F3FB...0x1F3FF).contains(w) || w == 0x20E3
                            || (0xE0020...0xE007F).contains(w) {
                            j = next
                        } else if w == 0x200D, next < n {
                            j = read(next).next
                        } else if c == mark && v > 0x2000 {
                            j = next
                        } else { break }
                    }
                    i = j
                }
            }
        }
    }
}

extension ScalarClass {
    /// A small number per class (`codes`' entries).
    var code: UInt8 {
        switch self {
        case .letter: return 0
        case .mark: return 1
        case .digit: return 2
        case .space: return 3
        case .invisible: return 4
        case .other: return 5
        }
    }

    /// `of(v).code` of every scalar value below U+0800 (the one- and two-byte UTF-8 scalars).
    static let codes: [UInt8] = (0..<0x800).map { ScalarClass.of(Unicode.Scalar(UInt32($0))!).code }
}
