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

/// `UTF8Key` hashes its bytes itself (FNV-1a and a finalizer, not `Hasher`): sets and dictionaries of keys still
/// find every key and only equal ones, whatever the table's size, and keys that differ in one byte or in length
/// spread over the buckets.
@Test func utf8KeyTablesFindEveryKey() {
    var words: [String] = []
    let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهويءة")
    for a in letters { for b in letters { words.append("ال\(a)\(b)ي") } }
    words += (0..<2_000).map { "w\($0)" } + ["", "a", "ab", "ﻻ", "e\u{301}", "é"]
    var set = Set<UTF8Key>()
    var dict: [UTF8Key: Int] = [:]
    for (i, w) in words.enumerated() {
        set.insert(UTF8Key(w))
        dict[UTF8Key(w)] = i
    }
    #expect(set.count == words.count)  // "e\u{301}" and "é" differ in bytes: two keys
    for (i, w) in words.enumerated() {
        #expect(set.contains(UTF8Key(w)))
        #expect(dict[UTF8Key(w)] == i)
        #expect(!set.contains(UTF8Key(w + "x")))
    }
    // equal keys hash alike; near keys rarely collide in the low bits a table uses
    let copied = String(decoding: Array("الجيش".utf8), as: UTF8.self)
    #expect(UTF8Key("الجيش")._rawHashValue(seed: 7) == UTF8Key(copied)._rawHashValue(seed: 7))
    #expect(UTF8Key("الجيش")._rawHashValue(seed: 7) != UTF8Key("الجيش")._rawHashValue(seed: 8))
    let buckets = Set(words.map { UTF8Key($0)._rawHashValue(seed: 1) & 4095 })
    #expect(buckets.count > words.count * 6 / 10)
}
