import Foundation
import Testing
@testable import ArabicText

@Suite struct WordMemoTests {
    @Test func computesEachWordOnceAndGivesItsValue() {
        let memo = WordMemo<Int>(limit: 10_000)
        var calls = 0
        let words = ["العراق", "بالعراق", "Viacom", "ق", "العراق", "بالعراق"]
        let values = words.map { w in memo.value(of: w) { calls += 1; return $0.utf8.count } }
        #expect(values == words.map(\.utf8.count))
        #expect(calls == 4)
    }

    @Test func sharedByThreadsGivesTheSameValues() {
        let memo = WordMemo<[String]>(limit: 10_000)
        let words = (0..<2_000).map { "كلمة\($0 % 500)" }
        let results = UnsafeSendableBox([[String]](repeating: [], count: words.count))
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for i in stride(from: t, to: words.count, by: 8) {
                let v = memo.value(of: words[i]) { [$0, String($0.reversed())] }
                results.lock.withLock { results.value[i] = v }
            }
        }
        #expect(results.value == words.map { [$0, String($0.reversed())] })
    }

    @Test func staysWithinItsLimit() {
        let memo = WordMemo<Int>(limit: 640)
        for i in 0..<20_000 { _ = memo.value(of: "w\(i)") { $0.count } }
        let held = memo.stripes.reduce(0) { sum, stripe in sum + stripe.lock.withLock { stripe.known.count } }
        #expect(held <= 640)
        #expect(held > 0)
    }
}

private final class UnsafeSendableBox<T>: @unchecked Sendable {
    let lock = NSLock()
    var value: T
    init(_ value: T) { self.value = value }
}

/// `UTF8Key.hasPrefix` and the one-word look-up of `Gazetteer` answer as the `String` and token paths do.
@Suite struct BytePathTests {
    @Test func bytePrefixIsStringPrefix() {
        let texts = ["الحكومة", "ال", "ا", "", "للعراق", "الx", "ال1", "ال\u{064E}حكومة", "ال\u{0653}", "ا\u{0653}ل", "آلاف",
                     "الٓ", "اللجنة", "ال حكومة", "abc", "لل\u{200D}ا"]
        for s in texts {
            for p in ["ال", "لل", "ا", "آ", "ab", "ال\u{064E}"] {
                #expect(UTF8Key.hasPrefix(s, p) == s.hasPrefix(p), "\(s) \(p)")
            }
        }
    }

    @Test func oneKeyWordsAreTheirOwnKeyParts() {
        for name in ["الحكومه", "مجلس", "abc", "ء", "بغداد", "عبدالله"] {
            #expect(Gazetteer<Int>.isOneKeyWord(name), "\(name)")
            #expect(Gazetteer<Int>.keyParts(name) == [name], "\(name)")
        }
        for name in ["الحكومة", "أحمد", "عبد الله", "Abc", "بغداد2", "", "مجلس\u{064E}"] {
            #expect(!Gazetteer<Int>.isOneKeyWord(name), "\(name)")
        }
        var g = Gazetteer<Int>()
        g.insert("مجلس النواب", value: 1)
        g.insert("بغداد", value: 2)
        #expect(g.lookup("بغداد") == 2)
        #expect(g.lookup("مجلسالنواب") == 1)
        #expect(g.lookup("مجلس النواب") == 1)
        #expect(g.lookup("بغدا") == nil)
        #expect(g.lookup("بَغداد") == 2)
    }
}
