import ArabicDates
import ArabicText

/// Finds the date expressions of a document and resolves them against the article date.
///
/// The reference is `Document.date`; when metadata gave none, `ArticleDateInference` is asked and
/// every value that depends on the reference is flagged `inferred`. "في اليوم نفسه" resolves to the
/// last day-precise date mentioned before it.
public enum DateMentionExtractor {
    /// The reference date used for a document and whether it is inferred.
    public static func reference(for doc: Document) -> (date: PartialDate?, inferred: Bool) {
        if let d = doc.date { return (d, doc.dateIsInferred) }
        if let guess = ArticleDateInference.infer(blocks: doc.blocks), let d = guess.date { return (d, true) }
        return (nil, true)
    }

    /// Date mentions of `doc`, each assigned to the sentence that contains it.
    public static func extract(_ doc: Document, sentences: [Sentence]) -> [DateMention] {
        extract(doc, sentences: sentences, blockScalars: nil)
    }

    /// `extract(_:sentences:)`, given the scalars of each block (see `extract(_:sentences:reference:referenceInferred:blockScalars:)`).
    static func extract(_ doc: Document, sentences: [Sentence], blockScalars: [[Unicode.Scalar]]?) -> [DateMention] {
        let (reference, referenceInferred) = reference(for: doc)
        return extract(doc, sentences: sentences, reference: reference, referenceInferred: referenceInferred,
                       blockScalars: blockScalars)
    }

    /// Date mentions of `doc` resolved against a given reference (e.g. a year anchored from another
    /// article). Same mentions, in the same order, as `extract(_:sentences:)`.
    public static func extract(_ doc: Document, sentences: [Sentence], reference: PartialDate?,
                               referenceInferred: Bool) -> [DateMention] {
        extract(doc, sentences: sentences, reference: reference, referenceInferred: referenceInferred, blockScalars: nil)
    }

    /// `extract(_:sentences:reference:referenceInferred:)`, given the scalars of each block
    /// (`ScalarString.scalars(of:)`, as entity extraction made them) when `blockScalars` has one per block.
    static func extract(_ doc: Document, sentences: [Sentence], reference: PartialDate?, referenceInferred: Bool,
                        blockScalars: [[Unicode.Scalar]]?) -> [DateMention] {
        let blockScalars = blockScalars?.count == doc.blocks.count ? blockScalars : nil
        var out: [DateMention] = []
        var previousDay: (PartialDate, Bool)?
        for (b, block) in doc.blocks.enumerated() {
            var scalars: [Unicode.Scalar]? = blockScalars?[b]
            let expressions = scalars.map { ArabicDateParser.parse(scalars: $0) } ?? ArabicDateParser.parse(block)
            for e in expressions {
                var date: PartialDate?
                var inferred = false
                if case .previousMention = e.anchor {
                    date = e.resolve(reference: reference, previous: previousDay?.0)
                    inferred = previousDay?.1 ?? false
                } else {
                    var past = false
                    if case .absolute = e.anchor, e.year == nil {
                        if scalars == nil { scalars = ScalarString.scalars(of: block) }
                        past = !futureContext(scalars!, start: e.start, end: e.end)
                    }
                    date = e.resolve(reference: reference, assumePast: past)
                    inferred = !e.isSelfContained && referenceInferred && date != nil
                    // "منذ قرابة أسبوعين": counted back from the article's date, an estimate (a plain count of days,
                    // "منذ يومين", is as stated as "أمس").
                    if case .elapsed = e.anchor, date != nil, e.statedPrecision != .day { inferred = true }
                }
                // "وفق بلاغ لوزارة الداخلية اليوم": a statement's date is the day it was issued, not a day of the
                // news that "في نفس اليوم" goes back to.
                if let d = date, d.day != nil {
                    if scalars == nil { scalars = ScalarString.scalars(of: block) }
                    if !statementDate(scalars!, start: e.start) { previousDay = (d, inferred) }
                }
                let span = TextSpan(block: b, start: e.start, end: e.end)
                out.append(DateMention(span: span, sentence: sentenceIndex(of: span, in: sentences), text: e.text,
                                       date: date, inferred: inferred))
            }
        }
        return out
    }

    /// Words that make a nearby date a plan, not a report (سوف، سيتم، المقبل، المقرر…).
    static let futureMarkers: WordSet = WordSet(["سوف", "سيتم", "سيكون", "ستكون", "المقبل", "المقبلة", "القادم",
        "القادمة", "المقرر", "مقرر", "مقررة", "موعد", "ستعقد", "سيعقد", "ستجري", "سيجري", "ستبدأ", "سيبدأ",
        "يعتزم", "تعتزم", "حتى"].map(ArabicNormalizer.matchKey))

    /// True when one of the six words before a date (or the two after it) marks the future.
    /// (the words before and after read on the scalars when `separatedWords` can, else split on `Character`s)
    static func futureContext(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        func slice(_ r: Range<Int>) -> ArraySlice<Unicode.Scalar> {
            let lo = max(0, min(r.lowerBound, scalars.count)), hi = max(lo, min(r.upperBound, scalars.count))
            return scalars[lo..<hi]
        }
        func split(_ text: ArraySlice<Unicode.Scalar>) -> [String] {
            ScalarString.make(text).split { $0 == " " || $0 == "،" || $0 == "," }.map { String($0) }
        }
        let textBefore = slice((start - 60)..<start), textAfter = slice(end..<(end + 30))
        let before = (separatedWords(of: textBefore, marked: true).map { Array($0.suffix(6)) } ?? Array(split(textBefore).suffix(6)))
            .map(ArabicNormalizer.matchKey)
        let after = (separatedWords(of: textAfter, marked: true).map { Array($0.prefix(2)) } ?? Array(split(textAfter).prefix(2)))
            .map(ArabicNormalizer.matchKey)
        return (before + after).contains { w in
            futureMarkers.contains(w) || (UTF8Key.hasPrefix(w, "و") && futureMarkers.contains(String(w.dropFirst())))
        }
    }

    /// Nouns of a statement whose date follows them ("بلاغ لوزارة الداخلية اليوم", "في تصريح للإذاعة اليوم السبت").
    static let statementNouns: WordSet = WordSet(["بلاغ", "بيان", "تصريح", "تصريحات", "بلاغا", "بيانا"].map(ArabicNormalizer.matchKey))

    /// True when one of the four words before a date is a statement noun (with or without a proclitic).
    static func statementDate(_ scalars: [Unicode.Scalar], start: Int) -> Bool {
        let lo = max(0, min(start - 60, scalars.count)), hi = max(lo, min(start, scalars.count))
        // (a word of plain letters without ب or ت as its first or second letter names no statement: most words are
        // not folded and looked up)
        // (a text with marks or the punctuation `separatedWords(of:marked:)` admits: its words, all of them asked)
        let words = lastWords(4, of: scalars[lo..<hi]).map { $0.filter(mayNameAStatement) }
            ?? separatedWords(of: scalars[lo..<hi], marked: true).map { Array($0.suffix(4)) }
            ?? ScalarString.make(scalars[lo..<hi]).split { $0 == " " || $0 == "،" || $0 == "," }.suffix(4).map { String($0) }
        let before = words.map(ArabicNormalizer.matchKey)
        return before.contains { w in
            statementNouns.contains(w) || (w.count > 3 && ["و", "ف", "ب", "ل"].contains(w.first!) && statementNouns.contains(String(w.dropFirst())))
        }
    }

    /// Whether a word of `lastWords` (plain letters, digits and ASCII) may be a statement noun with or without its
    /// proclitic: its first or second letter is ب or ت, as the first letter of every statement noun (`statementNouns`)
    /// is. The key of such a word folds scalar by scalar and drops only tatweel, and no other scalar of it folds to ب
    /// or ت, so a word without one there has no key or key without its proclitic that is a statement noun.
    static func mayNameAStatement(_ word: String) -> Bool {
        var previous: UInt8 = 0
        var letters = 0
        for b in word.utf8 {
            if b < 0x80 {
                letters += 1
            } else if b & 0xC0 == 0x80 {
                if previous == 0xD8, b == 0xA8 || b == 0xAA { return true }   // ب U+0628, ت U+062A
                if !(previous == 0xD9 && b == 0x80) { letters += 1 }   // (tatweel U+0640 is no letter of the key)
            }
            if letters >= 2 { return false }
            previous = b
        }
        return false
    }

    /// The last `count` words of `text` between spaces and commas (" ", "،", ","), as `String.split` on its
    /// `Character`s gives them, read on the scalars when every scalar is one that no other joins in a `Character`
    /// (printable ASCII and the space, the Arabic letters ء … ي with tatweel, Arabic-Indic digits, the Arabic comma:
    /// grapheme break property Other): there a separator `Character` is a separator scalar, and a word the same
    /// scalars. Nil for any other text (a space before a combining mark is one `Character` with it).
    static func lastWords(_ count: Int, of text: ArraySlice<Unicode.Scalar>) -> [String]? {
        for u in text {
            let v = u.value
            guard (v >= 0x20 && v <= 0x7E) || v == 0x060C || (v >= 0x0621 && v <= 0x064A)
                    || (v >= 0x0660 && v <= 0x0669) else { return nil }
        }
        func isSeparator(_ u: Unicode.Scalar) -> Bool { u == " " || u == "،" || u == "," }
        var words: [String] = []
        var end = text.endIndex
        while words.count < count, end > text.startIndex {
            while end > text.startIndex, isSeparator(text[end - 1]) { end -= 1 }
            var begin = end
            while begin > text.startIndex, !isSeparator(text[begin - 1]) { begin -= 1 }
            if begin < end { words.append(ScalarString.make(text[begin..<end])) }
            end = begin
        }
        return words.reversed()
    }

    /// All the words of `text` between spaces and commas (" ", "،", ","), as `String.split` on its `Character`s gives
    /// them, when every scalar is one `lastWords` admits or, with `marked`, also a line feed, «», ؛, ؟, a dash, a curly
    /// quote or an ellipsis (grapheme break property Other, each its own `Character`), or a mark (U+064B…U+065F, U+0670:
    /// Extend) that does not follow a separator: a mark joins the `Character` before it, which is then no separator, so
    /// the separator `Character`s are still the separator scalars. Nil for any other text.
    static func separatedWords(of text: ArraySlice<Unicode.Scalar>, marked: Bool) -> [String]? {
        func isSeparator(_ u: Unicode.Scalar) -> Bool { u == " " || u == "،" || u == "," }
        var previous: Unicode.Scalar?
        for u in text {
            let v = u.value
            let plain = (v >= 0x20 && v <= 0x7E) || v == 0x060C || (v >= 0x0621 && v <= 0x064A) || (v >= 0x0660 && v <= 0x0669)
            if !plain {
                guard marked else { return nil }
                switch v {
                case 0x0A, 0xAB, 0xBB, 0x061B, 0x061F, 0x2013, 0x2014, 0x201C, 0x201D, 0x2026: break
                case 0x064B...0x065F, 0x0670: if let p = previous, isSeparator(p) { return nil }
                default: return nil
                }
            }
            previous = u
        }
        var words: [String] = []
        var begin = text.startIndex
        for k in text.indices where isSeparator(text[k]) {
            if begin < k { words.append(ScalarString.make(text[begin..<k])) }
            begin = k + 1
        }
        if begin < text.endIndex { words.append(ScalarString.make(text[begin..<text.endIndex])) }
        return words
    }

    /// The sentence containing a span (the last sentence starting before it when none contains it).
    static func sentenceIndex(of span: TextSpan, in sentences: [Sentence]) -> Int {
        var best = 0
        for (i, s) in sentences.enumerated() {
            if s.span.block < span.block || (s.span.block == span.block && s.span.start <= span.start) { best = i }
            if s.span.block == span.block && s.span.start <= span.start && span.start < s.span.end { return i }
        }
        return best
    }
}
