import ArabicDates
import Foundation
import Testing
import Extraction
@testable import Resolution
@testable import Sitegen
import TestSupport

/// The resolution digests key on what resolution reads around each mention (`MentionReadWindow`), not on whole blocks:
/// an edit of a paragraph that names someone, away from the names, reuses the last build's entities and events; an
/// edit of a name or of what stands beside it resolves again; and whenever the digest stays the same, every reader of
/// the text around a mention reads the same (issue 16, session 41).
@Suite struct ResolutionReuseKeyTests {
    /// A dated article whose one paragraph names a person and a place in its second sentence, after a first sentence
    /// of more than `MentionReadWindow.reach` scalars that names no one, and before more than `reach` scalars naming no one
    /// (an edit within `reach` of a name is read: it resolves again).
    private static let lead = "نشرت الصحف المحلية تقارير مطولة عن الزيارات الرسميية والاجتماعات المتتالية في المنطقة خلال الأسابيع الماضية."
    private static let named = "وصل الجنرال قاسم سليماني إلى بغداد مساء أمس في زيارة غير معلنة استمرت ساعات عدة والتقى خلالها مسؤولين كبارا."

    private func builtOnce() throws -> (input: TempDir, out: TempDir, site: URL, cache: BuildCache) {
        let input = TempDir.threeArticleCorpus(), out = TempDir()
        input.write("d.md", "---\ntitle: زيارة\ndate: 2021-03-04\n---\n\(Self.lead) \(Self.named)\n")
        let site = out.url.appendingPathComponent("site")
        let cache = BuildCache(output: site)
        _ = try buildSite(input: input.url, output: site, cache: cache)
        return (input, out, site, cache)
    }

    /// A sentence naming no one appended to the paragraph that names people (no new paragraph): both reused.
    @Test func sentenceAppendedToANamedParagraphKeepsTheResolution() throws {
        let b = try builtOnce()
        b.input.write("d.md", "---\ntitle: زيارة\ndate: 2021-03-04\n---\n\(Self.lead) \(Self.named) جملة أضيفت للقياس.\n")
        let report = try buildMatchingFresh(b.input, b.site, cache: b.cache)
        #expect(report.extractedArticles == 1)
        #expect(report.reusedEntities && report.reusedEvents)
    }

    /// A typo fixed before the names, in the same paragraph, shifts every name after it by one scalar: both reused
    /// (nothing resolution makes holds an offset), and the site is the one a fresh build makes.
    @Test func typoFixedBeforeTheNamesKeepsTheResolution() throws {
        let b = try builtOnce()
        let fixed = Self.lead.replacingOccurrences(of: "الرسميية", with: "الرسمية")
        b.input.write("d.md", "---\ntitle: زيارة\ndate: 2021-03-04\n---\n\(fixed) \(Self.named)\n")
        let report = try buildMatchingFresh(b.input, b.site, cache: b.cache)
        #expect(report.extractedArticles == 1)
        #expect(report.reusedEntities && report.reusedEvents)
    }

    /// A name changed, or the word right before a name: resolved again (and the site is a fresh build's).
    @Test func nameOrItsNeighbourChangedResolvesAgain() throws {
        let b = try builtOnce()
        for edited in [Self.named.replacingOccurrences(of: "سليماني", with: "سليمان"),
                       Self.named.replacingOccurrences(of: "مساء أمس", with: "الكبرى مساء أمس")] {
            b.input.write("d.md", "---\ntitle: زيارة\ndate: 2021-03-04\n---\n\(Self.lead) \(edited)\n")
            #expect(try buildMatchingFresh(b.input, b.site, cache: b.cache).reusedEntities == false)
        }
    }

    // MARK: the window against the readers, on random text


    /// Words and marks the readers look for: prepositions as written, heads, quote marks, hyphens, digits, commas.
    private static let pieces = ["قال", "على", "إلى", "علي", "وزارة", "جمعية", "صحيفة", "الرياض", "ولاية", "بولاية", "مدينة",
                                 "الكبرى", "بن", "في", "قرب", "العاصمة", "الفرنسية", "الحكومة", "مساء", "أمس", "سيدي", "محمد",
                                 " ", " ", " ", "  ", "،", ",", "\"", "«", "»", "'", "-", "24", "٣", ".", "جدا", "ً"]
    private static let surfaces = ["بغداد", "قاسم سليماني", "تونس", "نابل"]

    /// Everything the readers of the text around each mention make of it (`NameContext`; `EventResolver.setApart`,
    /// `standsWhole`, `namedAsGovernorate`; the 40 scalars `EventMaking.preposition` reads).
    private func readings(_ block: [Unicode.Scalar], _ mentions: [Mention]) -> [String] {
        let text = String(String.UnicodeScalarView(block))
        let doc = Document(id: "a", blocks: [text], date: PartialDate(year: 2021, month: 3, day: 1))
        var ex = DocumentExtraction()
        ex.sentences = [Sentence(span: TextSpan(block: 0, start: 0, end: block.count))]
        ex.mentions = mentions
        let context = NameContext(documents: [doc], extractions: [ex], jobs: 1, surfaceChunk: 1)
        func show(_ n: NameContext.Neighbour?) -> String { n.map { "\($0.key)/\($0.nameWord)/\($0.head)" } ?? "-" }
        return mentions.indices.map { i in
            let m = mentions[i]
            let before = String(String.UnicodeScalarView(block[max(0, m.span.start - 40)..<m.span.start]))
            return [show(context.before[0][i]), show(context.after[0][i]), "\(context.quoted[0][i])", "\(context.cutInQuote[0][i])",
                    "\(context.hyphenJoined[0][i])", "\(context.quotedAfterOrganizationHead[0][i])",
                    "\(EventResolver.setApart(m, in: doc))", "\(EventResolver.standsWhole(m, in: doc))",
                    "\(EventResolver.namedAsGovernorate(m, in: doc))", before].joined(separator: "|")
        }
    }

    /// A random block of `pieces` with mentions of `surfaces` among them.
    private func randomBlock(_ rng: inout SplitMix64) -> ([Unicode.Scalar], [Mention]) {
        var block: [Unicode.Scalar] = [], mentions: [Mention] = []
        for _ in 0..<Int.random(in: 10...60, using: &rng) {
            if Int.random(in: 0..<8, using: &rng) == 0 {
                let s = Self.surfaces.randomElement(using: &rng)!
                let start = block.count
                block.append(contentsOf: s.unicodeScalars)
                mentions.append(Mention(span: TextSpan(block: 0, start: start, end: block.count), sentence: 0, surface: s,
                                        type: .place, key: s, rule: .lexicon))
            } else {
                block.append(contentsOf: Self.pieces.randomElement(using: &rng)!.unicodeScalars)
            }
            if Int.random(in: 0..<3, using: &rng) > 0 { block.append(" ") }
        }
        return (block, mentions)
    }

    /// Random one-scalar edits (insert, delete, replace) anywhere but inside a name: whenever the entity digest stays the
    /// same, every reader reads the same (the window is wide enough); edits far from every name do keep it.
    @Test func sameDigestMeansSameReadings() {
        var rng = SplitMix64(seed: 41)
        let alphabet = Array(Self.pieces.joined().unicodeScalars) + ["x", "5", "\u{064E}"]
        var kept = 0, tried = 0
        for _ in 0..<400 {
            let (block, mentions) = randomBlock(&rng)
            guard !mentions.isEmpty else { continue }
            var ex = DocumentExtraction()
            ex.sentences = [Sentence(span: TextSpan(block: 0, start: 0, end: block.count))]
            ex.mentions = mentions
            let base = EntityResolutionInputs.digest(blocks: [String(String.UnicodeScalarView(block))], extraction: ex)
            let baseReadings = readings(block, mentions)
            for _ in 0..<10 {
                let pos = Int.random(in: 0...block.count, using: &rng)
                let op = Int.random(in: 0..<3, using: &rng)
                // not inside a name (an insertion at a name's start or end stands beside it)
                if mentions.contains(where: { op == 0 ? (pos > $0.span.start && pos < $0.span.end) : (pos >= $0.span.start && pos < $0.span.end) })
                    || (op != 0 && pos == block.count) { continue }
                var edited = block, moved = mentions
                let c = alphabet.randomElement(using: &rng)!
                switch op {
                case 0:
                    edited.insert(c, at: pos)
                    for i in moved.indices where moved[i].span.start >= pos { moved[i].span.start += 1; moved[i].span.end += 1 }
                case 1:
                    edited.remove(at: pos)
                    for i in moved.indices where moved[i].span.start > pos { moved[i].span.start -= 1; moved[i].span.end -= 1 }
                default:
                    edited[pos] = c
                }
                var editedEx = ex
                editedEx.mentions = moved
                editedEx.sentences = [Sentence(span: TextSpan(block: 0, start: 0, end: edited.count))]
                tried += 1
                if EntityResolutionInputs.digest(blocks: [String(String.UnicodeScalarView(edited))], extraction: editedEx) == base {
                    kept += 1
                    #expect(readings(edited, moved) == baseReadings, "\(String(String.UnicodeScalarView(block))) → \(String(String.UnicodeScalarView(edited)))")
                }
            }
        }
        // edits away from the names keep the digest (the whole block hashed kept none)
        #expect(tried > 1000 && kept > tried / 10)
    }

    /// The digest of one article against edits placed by hand: a sentence appended, a word far before a name with the
    /// offsets shifted, keep it; the word next to a name, the name, a mention right beside another change it.
    @Test func digestKeysOnTheTextAroundEachName() {
        func digest(_ text: String, names: [String]) -> ContentHash {
            let scalars = Array(text.unicodeScalars)
            var ex = DocumentExtraction()
            ex.sentences = [Sentence(span: TextSpan(block: 0, start: 0, end: scalars.count))]
            for n in names {
                let s = Array(n.unicodeScalars)
                let start = (0...(scalars.count - s.count)).first { Array(scalars[$0..<($0 + s.count)]) == s }!
                ex.mentions.append(Mention(span: TextSpan(block: 0, start: start, end: start + s.count), sentence: 0, surface: n,
                                           type: .person, key: n, rule: .pooled))
            }
            return EntityResolutionInputs.digest(blocks: [text], extraction: ex)
        }
        let base = digest(Self.lead + " " + Self.named, names: ["قاسم سليماني", "بغداد"])
        #expect(digest(Self.lead + " " + Self.named + " جملة أضيفت للقياس.", names: ["قاسم سليماني", "بغداد"]) == base)
        #expect(digest(Self.lead.replacingOccurrences(of: "الرسميية", with: "الرسمية") + " " + Self.named,
                       names: ["قاسم سليماني", "بغداد"]) == base)
        #expect(digest(Self.lead + " " + Self.named.replacingOccurrences(of: "الجنرال", with: "اللواء"),
                       names: ["قاسم سليماني", "بغداد"]) != base)
        #expect(digest(Self.lead + " " + Self.named.replacingOccurrences(of: "سليماني", with: "سليمان"),
                       names: ["قاسم سليمان", "بغداد"]) != base)
        // a mark added to a word 24 scalars after «بغداد»: inside its window
        #expect(digest(Self.lead + " " + Self.named.replacingOccurrences(of: "غير معلنة", with: "غير مُعلنة"),
                       names: ["قاسم سليماني", "بغداد"]) != base)
    }
}
