import Testing
@testable import Sitegen

@Suite struct SearchShardBytesTests {
    /// The shard writer's pairs as `entriesBytes` wrote them before `appendPostings`: a byte at a time.
    static func postingsByBytes(_ post: [Int32], _ pairs: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        func addNumber(_ n: Int32) {
            var v = Int(n)
            if v < 0 { out.append(0x2D); v = -v }
            var unit = 1
            while unit * 10 <= v { unit *= 10 }
            repeat {
                out.append(0x30 + UInt8(truncatingIfNeeded: v / unit % 10))
                unit /= 10
            } while unit > 0
        }
        var previous: Int32 = 0
        for i in pairs {
            if i > pairs.lowerBound { out.append(0x2C) }
            addNumber(post[2 * i] - previous)
            previous = post[2 * i]
            if post[2 * i + 1] != 1 {
                out.append(0x2C)
                out.append(0x2D)
                addNumber(post[2 * i + 1])
            }
        }
        return out
    }

    @Test func postingsAreWrittenAsBeforeForAnyNumbers() {
        var generator = SystemRandomNumberGenerator()
        // every width of number, the edges of Int32, weights of 1 (left out) and not, gaps of 0
        let edges: [Int32] = [0, 1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, Int32.max, -1, -10, Int32.min]
        for round in 0..<400 {
            let count = round == 0 ? 0 : Int.random(in: 1...300, using: &generator)
            var post: [Int32] = []
            var doc: Int32 = 0
            for _ in 0..<count {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: doc = edges.randomElement(using: &generator)! // any gap, negative or not
                case 1: break
                default: doc = doc &+ Int32.random(in: 1...2_000, using: &generator)
                }
                post.append(doc)
                post.append(Bool.random(using: &generator) ? 1 : (Bool.random(using: &generator)
                    ? edges.randomElement(using: &generator)! : Int32.random(in: 2...12, using: &generator)))
            }
            let pairs = count == 0 ? 0..<0 : Int.random(in: 0..<count, using: &generator)..<count
            // (gaps that overflow `Int32` are no posting list's: the index's doc ids are ascending and ≥ 0)
            func overflows(_ range: Range<Int>) -> Bool {
                var previous: Int32 = 0
                for i in range {
                    if post[2 * i].subtractingReportingOverflow(previous).overflow { return true }
                    previous = post[2 * i]
                }
                return false
            }
            for range in [0..<count, pairs] where !overflows(range) {
                var got: [UInt8] = Array("x:[".utf8)
                post.withUnsafeBufferPointer { SearchIndex.appendPostings($0, range, to: &got) }
                #expect(got == Array("x:[".utf8) + Self.postingsByBytes(post, range), "round \(round)")
            }
        }
    }
}
