import Testing
@testable import Sitegen
import TestSupport

/// The compiled renderer's page buffer (`PageBytes`) against a `[UInt8]` given the same appends, escaped appends and
/// inserts, at random, through many growths.
@Suite struct PageBytesTests {
    @Test func bufferHoldsWhatAnArrayHolds() {
        var random = SeededRandom(seed: 0xDA94_2042_E4DD_58B5)
        let words = ["", "a", "<b>", "قال \"هو\" & 'هي'", String(repeating: "نص ", count: 200), "\n", "  ", "x>y"]
        for round in 0..<40 {
            var page = PageBytes(capacity: round % 3 == 0 ? 1 : 64)
            defer { page.deallocate() }
            var array: [UInt8] = []
            for _ in 0..<random.below(300) {
                let w = words[random.below(words.count)]
                switch random.below(4) {
                case 0:
                    page.append(w)
                    array.append(contentsOf: w.utf8)
                case 1:
                    page.append(Array(w.utf8))
                    array.append(contentsOf: w.utf8)
                case 2:
                    MarkupBytes.append(w, to: &page)
                    MarkupBytes.append(w, to: &array)
                default:
                    let at = random.below(array.count + 1)
                    page.insert(w, at: at)
                    array.insert(contentsOf: w.utf8, at: at)
                }
                #expect(page.count == array.count)
            }
            #expect(page.bytes == array)
            if let last = array.indices.last { #expect(page[last] == array[last]) }
        }
    }
}
