import ArabicDates

/// Finds event mentions in one document.
///
/// Call after the entity extractor has filled `sentences` and `mentions`:
/// ```swift
/// EventExtractor().extract(doc, into: &extraction)   // fills extraction.dates and extraction.events
/// ```
/// Rules (all general, lexicon-driven):
/// - a sentence is split into clauses at فيما / بينما / حين / إذ / وكذلك and at ":" / ";";
/// - a trigger (EventLexicon) counts unless a negation stands up to four words before it, a modal or
///   intention word (سيتم، سوف، إذا، لن، تحريض، دعا…) comes earlier in its clause, or a threat verb
///   comes earlier in the sentence (what is threatened did not happen);
/// - نشر/انسحاب/خروج need a military object, أطلق needs a weapon, ضربة/قصف + جوية is an airstrike;
/// - per clause: a killing with a named person after it wins and absorbs attack words (their weapon
///   becomes the subtype); else the first attack/airstrike, with casualties as quantities; else the
///   first trigger of each other type. Threats need a named actor; a statement is kept only when the
///   sentence has no other event, names its speaker and states a date;
/// - the date is the nearest date of the sentence not separated from the trigger by a reporting verb;
///   else the date of a following "جاء ذلك …" sentence; else, when the clause says the event is recent
///   (الأخيرة، مؤخراً…), the article's month (a date mention on the cue word); else none (undated).
public struct EventExtractor: Sendable {
    public init() {}

    public func extract(_ doc: Document, into ex: inout DocumentExtraction) {
        ex.dates = DateMentionExtractor.extract(doc, sentences: ex.sentences)
        let (reference, referenceInferred) = DateMentionExtractor.reference(for: doc)
        let blocks = doc.blocks.map { Array($0.unicodeScalars) }
        var mentionsBySentence: [Int: [Int]] = [:]
        for (i, m) in ex.mentions.enumerated() { mentionsBySentence[m.sentence, default: []].append(i) }
        var datesBySentence: [Int: [Int]] = [:]
        for (i, d) in ex.dates.enumerated() { datesBySentence[d.sentence, default: []].append(i) }
        let allWords = ex.sentences.map { s in
            s.span.block < blocks.count ? SentenceWords(block: blocks[s.span.block], span: s.span) : SentenceWords(block: [], span: s.span)
        }
        for (si, sentence) in ex.sentences.enumerated() {
            let words = allWords[si]
            let sentenceMentions = mentionsBySentence[si] ?? []
            var found = SentenceEvents(words: words, mentions: ex.mentions, mentionIndexes: sentenceMentions,
                                       block: sentence.span.block).find()
            guard !found.isEmpty else { continue }
            found = found.filter { e in
                guard e.type == .statement else { return true }
                return found.count == 1 && !e.actors.isEmpty && !(datesBySentence[si] ?? []).isEmpty
            }
            for var e in found {
                e.sentence = si
                e.date = chooseDate(for: e, words: words, dates: ex.dates, candidates: datesBySentence[si] ?? [])
                // A killing named as a noun is dated only by a stated month/day, never by "recent" cues.
                if e.type == .killing, let d = e.date,
                   ArabicDateParser.parse(ex.dates[d].text).first.map({ $0.month == nil }) ?? true { e.date = nil }
                if e.date == nil, si + 1 < allWords.count, opensWithJaaDhalik(allWords[si + 1]),
                   let next = datesBySentence[si + 1]?.first {
                    e.date = next
                }
                if e.date == nil, e.type != .killing, let reference, let cue = recencyCue(words, around: e.trigger) {
                    ex.dates.append(DateMention(span: TextSpan(block: sentence.span.block, start: cue.start, end: cue.end),
                                                sentence: si, text: cue.text,
                                                date: PartialDate(year: reference.year, month: reference.month),
                                                inferred: referenceInferred))
                    e.date = ex.dates.count - 1
                }
                ex.events.append(e.mention)
            }
        }
    }

    /// The nearest date of the sentence with no reporting verb between it and the trigger.
    private func chooseDate(for e: SentenceEvents.Found, words: SentenceWords, dates: [DateMention], candidates: [Int]) -> Int? {
        var best: (Int, Int)?
        for c in candidates {
            let d = dates[c]
            let first = words.index(at: d.span.start)
            // "منذ أبريل": the start of a series, not the event's date.
            if first > 0, words.words[first - 1].readings.contains("منذ") { continue }
            let lo = min(d.span.end, e.triggerStart), hi = max(d.span.start, e.triggerEnd)
            let between = words.words.enumerated().filter { $0.element.start >= lo && $0.element.end <= hi }.map(\.offset)
            if e.type != .statement, between.contains(where: { words.has($0, in: EventLexicon.reporting) }),
               between.contains(where: { words.has($0, in: EventLexicon.complementizer) }) { continue }
            let followsTrigger = d.span.start >= e.triggerEnd && between.count <= 4
            if e.anaphoric, !followsTrigger, e.clause != clause(of: d.span.start, e) || between.contains(where: { e.triggerWords.contains($0) }) { continue }
            let distance = (d.span.start > e.triggerStart ? 0 : 1) + between.count * 2 + (e.clause == clause(of: d.span.start, e) ? 0 : 100)
            if best == nil || distance < best!.1 { best = (c, distance) }
        }
        return best?.0
    }

    private func clause(of offset: Int, _ e: SentenceEvents.Found) -> Int {
        offset >= e.clauseRange.lowerBound && offset < e.clauseRange.upperBound ? e.clause : -1
    }

    private func opensWithJaaDhalik(_ w: SentenceWords) -> Bool {
        let keys = w.words.prefix(3).map(\.readings)
        guard keys.count >= 2 else { return false }
        return (keys[0].contains("جاء") || keys[0].contains("جاءت")) && (keys[1].contains("ذلك") || keys[1].contains("هذا"))
    }

    /// "مؤخراً", "خلال الأيام (الأربعة) الأخيرة": the event is recent.
    private func recencyCue(_ w: SentenceWords, around trigger: String) -> SentenceWords.Word? {
        for (i, word) in w.words.enumerated() where word.readings.contains(where: { EventLexicon.recency.contains($0) }) {
            if word.readings.contains(EventLexicon.key("مؤخرا")) { return word }
            if (max(0, i - 2)..<i).contains(where: { w.has($0, in: EventLexicon.recentTimeNouns) }) { return word }
        }
        return nil
    }
}
