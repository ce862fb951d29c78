import Foundation
import Testing
@testable import Sitegen

/// The fast text helpers of rendering give what the straightforward versions gave.
@Suite struct RenderTextTests {
    static let samples = [
        "", "a", "نص عربي قصير", "بسم  الله   الرحمن", " مسافة في البداية والنهاية ",
        "عَرَبِيّ مع تشكيل ّ وعلامة بعد مسافة", "emoji 👩‍👩‍👧 وعلم 🇮🇶 و\u{0600} 123 رقم", "سطر\nسطر آخر\r\nثالث",
        String(repeating: "كلمة ", count: 90) + "نهاية", "\u{0301} يبدأ بعلامة",
        // spaces a joiner, a spacing mark or a prepended mark glue to, a space after a carriage return
        "كلمة \u{200D}بعد وصل", "नमस्ते \u{093F}ि शब्द", "\u{0605} رقم \u{06DD}", "سطر\r \nبعد", " \u{0651}",
        // punctuation the fast path knows, beside marks it does not
        "قال، ثم «سكت» ؟ نعم؛ لا … ٣٠٪ — \u{201C}quoted\u{201D} ، \u{064B} ، \u{06DD} \u{0670}",
    ]

    @Test func byteCountsAndSearchesMatchTheViews() {
        for text in Self.samples + ["|", "a|b", "\r", "سطر\r\n", String(repeating: "ع", count: 5000) + "|"] {
            #expect(UTF8Scalars.count(text) == text.unicodeScalars.count, "\(text.debugDescription)")
            for byte in [UInt8(ascii: "|"), UInt8(ascii: "\r"), 0, 0xD8] {
                #expect(UTF8Scalars.contains(text, byte) == text.utf8.contains(byte), "\(text.debugDescription) \(byte)")
            }
            var out: [UInt8] = []
            Escape.appendMarkup(text + "<&\"'>" + text, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == Escape.markup(text + "<&\"'>" + text))
        }
    }

    @Test func scalarsJoiningNoSpaceStandApartFromSpaces() {
        var checked = 0
        for v in UInt32(0)...0x2FFF where ArticlePages.joinsNoSpace(v) {
            guard let s = Unicode.Scalar(v) else { continue }
            for (a, b) in [(s, Unicode.Scalar(" ")), (Unicode.Scalar(" "), s)] {
                var pair = String.UnicodeScalarView()
                pair.append(a)
                pair.append(b)
                #expect(String(pair).count == 2, "U+\(String(v, radix: 16))")
            }
            checked += 1
        }
        #expect(checked > 900)
    }

    @Test func scalarOffsetsSliceLikeScalarIndexing() {
        for text in Self.samples {
            let offsets = ScalarOffsets(text)
            let scalars = Array(text.unicodeScalars)
            #expect(offsets.count == scalars.count)
            for start in stride(from: -1, through: scalars.count + 1, by: 1) {
                for end in [start - 1, start, start + 1, start + 7, start + 40, scalars.count, scalars.count + 1] {
                    let expected = start >= 0 && end <= scalars.count && start < end
                        ? String(String.UnicodeScalarView(scalars[start..<end])) : ""
                    #expect(offsets.slice(text, start, end) == expected, "\(text) \(start)..<\(end)")
                }
            }
        }
    }

    @Test func blockOffsetsMadeOnFirstUseSliceLikeTheirTables() {
        // the samples as the blocks of three articles (one without blocks), sliced from several threads
        let bodies = [ArticleBody(markdown: "", blocks: Array(Self.samples.prefix(6))), ArticleBody(markdown: "", blocks: []),
                      ArticleBody(markdown: "", blocks: Array(Self.samples.dropFirst(6)))]
        let lazy = BlockOffsets(bodies: bodies)
        let cases = bodies.indices.flatMap { a in bodies[a].blocks.indices.flatMap { b in (-1...12).map { (a, b, $0) } } }
        let got = parallelMap(cases.count, jobs: 4) { i in
            let (a, b, start) = cases[i]
            return lazy.slice(article: a, block: b, start, start + 5)
        }
        for (i, (a, b, start)) in cases.enumerated() {
            #expect(got[i] == ScalarOffsets(bodies[a].blocks[b]).slice(bodies[a].blocks[b], start, start + 5))
        }
    }

    @Test func wordCutsMatchSplitting() {
        func lastWords(_ t: String, _ n: Int) -> String {
            let parts = t.split(separator: " ", omittingEmptySubsequences: false)
            return parts.count > n + 1 ? "… " + parts.suffix(n + 1).joined(separator: " ") : t
        }
        func firstWords(_ t: String, _ n: Int) -> String {
            let parts = t.split(separator: " ", omittingEmptySubsequences: false)
            return parts.count > n + 1 ? parts.prefix(n + 1).joined(separator: " ") + " …" : t
        }
        func summary(_ blocks: [String], _ limit: Int) -> String {
            var words: [Substring] = []
            for b in blocks {
                for w in b.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                    words.append(w)
                    if words.count == limit { return words.joined(separator: " ") + "…" }
                }
            }
            return words.joined(separator: " ")
        }
        for text in Self.samples {
            for n in [0, 1, 2, 5, 18, 100] {
                #expect(SiteModel.lastWords(text, n) == lastWords(text, n), "\(text) \(n)")
                #expect(SiteModel.firstWords(text, n) == firstWords(text, n), "\(text) \(n)")
                #expect(ArticlePages.summary(of: [text, text], words: n + 1) == summary([text, text], n + 1), "\(text) \(n)")
            }
        }
    }

    @Test func jsonBytesMatchJSONSerialization() throws {
        let tricky = ["", "\"quoted\" \\ back/slash", "tab\tnew\nline\r\u{8}\u{c}", "\u{0}\u{1}\u{1f}\u{7f}",
                      "\u{2028}\u{2029} عربي 👩‍👩‍👧", "</script>", "نص\"\"\n", "\\"]
        for s in tricky {
            var j = JSONBytes()
            j.strings([s])
            let expected = try JSONSerialization.data(withJSONObject: [s], options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(j.bytes == [UInt8](expected), "\(s.debugDescription): \(String(decoding: j.bytes, as: UTF8.self))")
        }
    }

    @Test func dataExportsAreWhatJSONSerializationWrites() throws {
        let out = TempDir()
        let site = out.url.appendingPathComponent("site")
        _ = try buildSite(input: Repo.seeds, output: site)
        for name in ["entities", "events", "articles"] {
            let data = try Data(contentsOf: site.appendingPathComponent("data/\(name).json"))
            let parsed = try JSONSerialization.jsonObject(with: data)
            let records = try #require(parsed as? [[String: Any]])
            #expect(!records.isEmpty, "\(name)")
            let again = try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys, .withoutEscapingSlashes]) + Data([0x0A])
            #expect(data == again, "data/\(name).json is not in JSONSerialization's form")
        }
    }
}
