import ArabicDates

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
        let (reference, referenceInferred) = reference(for: doc)
        var out: [DateMention] = []
        var previousDay: (PartialDate, Bool)?
        for (b, block) in doc.blocks.enumerated() {
            for e in ArabicDateParser.parse(block) {
                var date: PartialDate?
                var inferred = false
                if case .previousMention = e.anchor {
                    date = e.resolve(reference: reference, previous: previousDay?.0)
                    inferred = previousDay?.1 ?? false
                } else {
                    date = e.resolve(reference: reference)
                    inferred = !e.isSelfContained && referenceInferred && date != nil
                }
                if let d = date, d.day != nil { previousDay = (d, inferred) }
                let span = TextSpan(block: b, start: e.start, end: e.end)
                out.append(DateMention(span: span, sentence: sentenceIndex(of: span, in: sentences), text: e.text,
                                       date: date, inferred: inferred))
            }
        }
        return out
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
