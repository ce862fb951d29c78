/// An article date guessed from its text (no metadata).
public struct InferredDate: Hashable, Sendable {
    /// The inferred date, at the precision the evidence supports; nil when only a month (no year)
    /// could be inferred.
    public var date: PartialDate?
    /// The article's month when the text shows it, even without a year ("9 يوليو تموز الجاري" → 7).
    public var month: Int?
    /// The expressions that led to the guess, as written.
    public var evidence: [String]
    /// Always true: the value comes from the text, not from metadata.
    public var isInferred: Bool { true }

    public init(date: PartialDate?, month: Int?, evidence: [String]) {
        self.date = date
        self.month = month
        self.evidence = evidence
    }
}

/// Infers an article's date from its text when metadata gives none.
///
/// Rules, strongest first:
/// 1. the latest self-contained date with at least a month ("الثلاثاء 29 يونيو/حزيران 2021");
/// 2. an anniversary: "الذكرى السنوية الثانية لاغتيال … في 3 يناير 2020" → 2022-01 (month precision);
/// 3. a year opening: "مع بدء عام 2022" / "مطلع 2022" → 2022, and "العام الجديد" makes it January;
///    a later year cue wins over older stated dates;
/// 4. a month with الجاري/الحالي ("9 يوليو تموز الجاري") gives the month; failing that, the latest
///    month named without a year is a lower bound used as the month.
/// Bare years ("عام 2014") are history, never the article date.
public enum ArticleDateInference {
    /// The inferred date of an article from its blocks, or nil when the text has no usable cue.
    public static func infer(blocks: [String]) -> InferredDate? {
        var best: PartialDate?
        var bestEvidence: String?
        var yearCue: (Int, String)?
        var newYearCue = false
        var currentMonth: (Int, String)?
        var latestYearless: (Int, String)?
        for block in blocks {
            let expressions = ArabicDateParser.parse(block)
            if expressions.isEmpty { continue }
            for e in expressions {
                switch e.anchor {
                case .absolute:
                    if let y = e.year {
                        if e.month != nil {
                            let d = PartialDate(year: y, month: e.month, day: e.day)
                            if best == nil || best! < d { best = d; bestEvidence = e.text }
                        } else if startsWithEdge(e.text), yearCue == nil || yearCue!.0 < y {
                            yearCue = (y, e.text)
                        }
                    } else if let m = e.month, latestYearless == nil || latestYearless!.0 < m {
                        latestYearless = (m, e.text)
                    }
                case .monthQualified(.current):
                    if let m = e.month { currentMonth = (m, e.text) }
                case .yearOffset(0) where e.text.unicodeScalars.count > 0:
                    if containsNewYear(e.text) { newYearCue = true }
                default:
                    break
                }
            }
            if let a = anniversary(in: block, expressions: expressions), best == nil || best! < a.0 {
                best = a.0
                bestEvidence = a.1
            }
        }
        var evidence: [String] = []
        if let bestEvidence { evidence.append(bestEvidence) }
        if let (y, text) = yearCue, best == nil || best!.year < y {
            best = PartialDate(year: y, month: newYearCue ? 1 : nil)
            evidence = [text] + (newYearCue ? ["العام الجديد"] : [])
        }
        var month = best?.month
        if month == nil, let (m, text) = currentMonth ?? latestYearless {
            month = m
            evidence.append(text)
            if let b = best { best = PartialDate(year: b.year, month: m) }
        }
        guard best != nil || month != nil else { return nil }
        return InferredDate(date: best, month: month, evidence: evidence)
    }

    private static let edgeHashes: Set<UInt64> = Set(["بدء", "مطلع", "بداية", "مستهل", "أوائل"].map(foldedHash))
    private static let newHashes: Set<UInt64> = Set(["الجديد", "الجديدة"].map(foldedHash))
    private static let anniversaryHashes: Set<UInt64> = Set(["الذكرى", "ذكرى"].map(foldedHash))

    private static func startsWithEdge(_ text: String) -> Bool {
        let s = DateTextScanner(text)
        guard let w = s.words.first else { return false }
        return edgeHashes.contains(w.hash) || (DateLexicon.lookup(w, in: s) == .edge && edgeHashes.contains(s.hash(of: w, skipping: 1)))
    }

    private static func containsNewYear(_ text: String) -> Bool {
        DateTextScanner(text).words.contains { newHashes.contains($0.hash) }
    }

    /// "الذكرى [السنوية] الثانية … <date with a year>" → that date's month, n years later.
    private static func anniversary(in block: String, expressions: [TemporalExpression]) -> (PartialDate, String)? {
        let s = DateTextScanner(block)
        for (i, w) in s.words.enumerated() {
            let isAnniversary = anniversaryHashes.contains(w.hash)
                || (s.length(w) > 5 && anniversaryHashes.contains(s.hash(of: w, skipping: 1)))
                || (s.length(w) > 6 && anniversaryHashes.contains(s.hash(of: w, skipping: 2)))
            guard isAnniversary else { continue }
            var years: Int?
            for k in (i + 1)..<min(i + 4, s.words.count) {
                if let n = s.words[k].number, n < 200 { years = n; break }
                if case .ordinal(let v, _)? = DateLexicon.lookup(s.words[k], in: s), v <= 10 { years = v; break }
            }
            guard let n = years else { continue }
            // The commemorated date: the first dated expression after the cue, within about 60 words.
            let limit = s.words[min(i + 60, s.words.count - 1)].end
            if let e = expressions.first(where: { $0.start > w.start && $0.start <= limit && $0.year != nil && $0.month != nil }) {
                return (PartialDate(year: e.year! + n, month: e.month), s.text(from: w.start, to: e.end))
            }
        }
        return nil
    }
}
