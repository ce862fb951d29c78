import Foundation
import Testing
@testable import Sitegen

/// The search index cut into files under a byte budget (SearchIndexFiles.swift).
@Suite struct SearchIndexFilesTests {
    static func docs(_ n: Int, text: (Int) -> String) -> [SearchDocument] {
        (0..<n).map { SearchDocument(title: "عنوان \($0)", kind: .article, label: "مقال", path: SitePath("articles/a\($0)"), text: text($0)) }
    }

    /// The object a data script passes to `sitegenSearchLoaded(name, object)`.
    func payload(_ script: String) throws -> (name: String, object: Any) {
        let open = try #require(script.range(of: "sitegenSearchLoaded("))
        let body = script[open.upperBound...].dropLast(3)  // ");\n"
        let comma = try #require(body.range(of: "\","))
        let name = try #require(try JSONSerialization.jsonObject(with: Data((body[..<comma.lowerBound] + "\"").utf8), options: .fragmentsAllowed) as? String)
        return (name, try JSONSerialization.jsonObject(with: Data(body[comma.upperBound...].utf8)))
    }

    /// `[doc, weight…]` pairs of a gap-encoded posting list (gaps from 0, `-w` after a doc whose weight is not 1).
    func decode(_ list: [Int]) -> [[Int]] {
        var out: [[Int]] = []
        var d = 0
        for v in list {
            if v < 0 { out[out.count - 1][1] = -v } else { d += v; out.append([d, 1]) }
        }
        return out
    }

    @Test func aLargeShardIsCutIntoPartsUnderTheBudgetThatTogetherHoldEveryPosting() throws {
        // every document holds العراق, many hold one of 40 other words of the same shard
        let docs = Self.docs(400) { i in "العراق العراقي " + (i % 3 == 0 ? "العراق " : "") + "العرب\(i % 40)" }
        let budget = 600
        let index = SearchIndex(documents: docs, fileBudget: budget)
        let key = SearchIndex.shardKey("العراق")
        let files = index.shardFiles(key)
        #expect(files.count > 3, "a stub and parts")
        #expect(files[0].name == "t/" + SearchIndex.shardFileName(key) + ".js")
        let stub = try payload(String(decoding: files[0].make(), as: UTF8.self))
        #expect(stub.name == "t:" + key)
        let ranges = try #require((stub.object as? [String: Any])?["$parts"] as? [[String]])
        #expect(ranges.count == files.count - 1)
        var merged: [String: [[Int]]] = [:]
        var order: [String] = []
        for (n, file) in files.dropFirst().enumerated() {
            let script = String(decoding: file.make(), as: UTF8.self)
            #expect(script.utf8.count <= budget, "\(file.name): \(script.utf8.count) bytes")
            #expect(file.name == "t/" + SearchIndex.shardFileName(key) + ".\(n + 1).js")
            let part = try payload(script)
            #expect(part.name == "t:\(key).\(n + 1)")
            // JSONSerialization loses the key order: read the suffixes in file order from the text
            let suffixes = script.components(separatedBy: "\":[").dropLast().map { String($0.split(separator: "\"").last ?? "") }
            #expect(suffixes.first == ranges[n][0] && suffixes.last == ranges[n][1], "part \(n + 1) range")
            let object = try #require(part.object as? [String: [Int]])
            for s in suffixes {
                if order.last != s { order.append(s) }
                merged[s, default: []] += decode(object[s]!)
            }
        }
        #expect(order == order.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }, "terms in UTF-16 order across parts")
        #expect(Set(order).count == order.count, "a term split over parts continues in the next one")
        for (term, postings) in try #require(index.shards[key]) {
            let expected = stride(from: 0, to: postings.count, by: 2).map { [postings[$0], postings[$0 + 1]] }
            let suffix = String(String.UnicodeScalarView(term.unicodeScalars.dropFirst(key.unicodeScalars.count)))
            #expect(merged[suffix] == expected, "\(term)")
        }
        // a shard that fits stays one file in the old format
        let small = SearchIndex(documents: Self.docs(3) { _ in "بغداد" })
        #expect(small.shardFiles(SearchIndex.shardKey("بغداد")).count == 1)
    }

    @Test func documentChunksEndBeforeTheirTextWouldPassTheBudget() throws {
        let long = String(repeating: "كلمة ", count: 300)  // about 3 KB of JSON
        let docs = Self.docs(30) { i in i % 4 == 0 ? long : "نص قصير \(i)" }
        let index = SearchIndex(documents: docs, fileBudget: 8_000)
        #expect(index.chunkCount > 2)
        var covered = 0
        for k in 0..<index.chunkCount {
            let range = index.chunkRange(k)
            #expect(range.lowerBound == covered && !range.isEmpty)
            covered = range.upperBound
            let script = index.documentChunkScript(k, from: SitePath("search"))
            #expect(script.utf8.count <= 8_000 || range.count == 1, "chunk \(k): \(script.utf8.count) bytes")
            let chunk = try payload(script)
            #expect(chunk.name == "c:\(k)" && (chunk.object as? [Any])?.count == range.count)
        }
        #expect(covered == docs.count)
        let sizes = (0..<index.chunkCount).map { String(index.chunkRange($0).count) }.joined(separator: ",")
        #expect(index.manifestScript().contains("\"chunks\":[\(sizes)]"))
        // a huge text keeps only its first maxTextScalars in the chunk
        let huge = SearchIndex(documents: Self.docs(1) { _ in String(repeating: "ب", count: SearchIndex.maxTextScalars + 500) })
        #expect(huge.documentChunkScript(0, from: SitePath("search")).utf8.count < 2 * SearchIndex.maxTextScalars + 500)
    }

    @Test func jsonSizeIsTheLengthOfTheEncodedString() {
        for s in ["", "عربي", "a\"b\\c\nd\te\r", "x\u{2028}y\u{2029}z\u{1}", "🙂 ك"] {
            #expect(SearchIndex.jsonSize(s) == JSONText.string(s).utf8.count, "\(s)")
        }
        // (eight bytes are checked at once: every escape at every offset of a longer text, and a
        // U+2028 split across two words)
        for special in ["\"", "\\", "\n", "\u{1f}", "\u{0}", "\u{2028}", "\u{2029}", "…", "\u{7f}", " "] {
            for offset in 0..<17 {
                let s = String(repeating: "ك", count: offset / 2) + String(repeating: "a", count: offset % 2) + special + "نص عربي طويل"
                #expect(SearchIndex.jsonSize(s) == JSONText.string(s).utf8.count, "\(offset) \(special.unicodeScalars.map(\.value))")
            }
        }
        for n in [0, 7, 10, 99, 100, 12345, -3, -10] { #expect(SearchIndex.digits(n) == String(n).count) }
    }

    /// Terms sort as JavaScript compares strings (UTF-16 units), also where that is not scalar order:
    /// U+E000…U+FFFF after supplementary scalars, prefixes, Arabic and Latin, one- to four-byte scalars.
    @Test func termsSortInUTF16Order() {
        let words = ["", "a", "ab", "b", "العراق", "العراقي", "العرب", "عراق", "\u{E000}", "\u{FFFD}x", "\u{FF21}",
                     "😀", "😀a", "\u{10000}", "\u{D7FF}", "é", "e\u{301}", "\u{7FF}", "\u{800}", "ا\u{E000}", "ا😀", "اب"]
        for a in words {
            for b in words {
                #expect(SearchIndex.precedesInUTF16(a, b) == a.utf16.lexicographicallyPrecedes(b.utf16), "\(a) \(b)")
            }
        }
    }

    /// A shard's terms sorted through one buffer of their bytes come in the order that comparing the names
    /// as strings gives: random names of 1- to 4-byte scalars (U+E000 and above among them), many sharing
    /// prefixes, some repeated, in random subsets of ids, with and without a shared prefix.
    @Test func shardTermsSortThroughOneBufferAsByNames() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["a", "b", "ا", "ل", "ع", "ر", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}",
                                          "\u{FF21}", "\u{10000}", "😀", "\u{1F600}", "\u{10FFFF}", "é"]
        for round in 0..<300 {
            var names: [String] = []
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                if let prior = names.randomElement(using: &rng), Bool.random(using: &rng) {
                    // a prefix of, an extension of, or the same name as, an earlier one
                    var s = String(prior.unicodeScalars.prefix(Int.random(in: 0...prior.unicodeScalars.count, using: &rng)).map(Character.init))
                    for _ in 0..<Int.random(in: 0...2, using: &rng) { s.unicodeScalars.append(alphabet.randomElement(using: &rng)!) }
                    names.append(s)
                } else {
                    var s = String.UnicodeScalarView()
                    for _ in 0..<Int.random(in: 0...6, using: &rng) { s.append(alphabet.randomElement(using: &rng)!) }
                    names.append(String(s))
                }
            }
            // a shard's terms share its key (the sort's integer keys start after the shared bytes)
            if round % 2 == 1 { names = names.map { ["العر", "ع", "a", "\u{E000}"][round % 8 / 2] + $0 } }
            let ids = names.indices.filter { _ in round % 3 == 0 || Bool.random(using: &rng) }.shuffled(using: &rng)
            #expect(SearchIndex.sortedInUTF16(ids, names: names) == SearchIndex.sortedInUTF16ByNames(ids, names: names), "\(names)")
        }
    }
}
