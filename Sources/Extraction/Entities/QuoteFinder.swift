import ArabicText

/// Quoted speech attributed to a speaker: reporting verb (+ speaker) + «…» / “…” / "…".
///
/// The speaker is the person named between the reporting verb and the quotation in the same sentence.
/// When the verb has no named subject ("وقال: «…»"), the speaker is the last person mentioned before, if
/// that mention is in the same sentence or one of the two before it; otherwise the quote has no speaker.
/// Quotations of fewer than three words, with no reporting verb or colon before them, or that are a name
/// (`isQuotedName`) are not quotes (they are usually quoted names: كتائب "سيد الشهداء").
enum QuoteFinder {
    static func isOpen(_ v: UInt32) -> Bool { v == 0x22 || v == 0x201C || v == 0x201D || v == 0x201E || v == 0xAB }
    static func closes(_ open: UInt32, _ v: UInt32) -> Bool {
        open == 0xAB ? v == 0xBB : (v == 0x22 || v == 0x201C || v == 0x201D || v == 0x201E)
    }

    static func quotes(in a: BlockAnalysis, ranges: [Range<Int>], mentions: [Mention], from mentionBase: Int,
                       sentenceBase: Int) -> [Quote] {
        var out: [Quote] = []
        var t = 0
        let toks = a.tokens
        while t < toks.count {
            guard toks[t].kind == .punct, isOpen(a.scalars[toks[t].start].value) else { t += 1; continue }
            let open = a.scalars[toks[t].start].value
            var c = t + 1
            while c < toks.count && !(toks[c].kind == .punct && closes(open, a.scalars[toks[c].start].value)) { c += 1 }
            guard c < toks.count else { break }
            defer { t = c + 1 }
            let words = toks[(t + 1)..<c].filter { $0.kind != .punct }.count
            guard words >= 3 else { continue }
            // look back for a reporting verb or a colon in the same sentence
            let qStart = toks[t].start
            let sentence = ranges.firstIndex { $0.contains(qStart) } ?? 0
            let sStart = ranges.isEmpty ? 0 : ranges[sentence].lowerBound
            var verbEnd: Int? = nil
            var colon = false
            var k = t - 1
            while k >= 0 && toks[k].start >= sStart && t - k <= 25 {
                if toks[k].kind == .punct && a.scalars[toks[k].start].value == 0x3A { colon = true }
                if a.units[a.unitOfToken[k]].flags.contains(.reportingVerb) { verbEnd = toks[k].end; break }
                k -= 1
            }
            guard verbEnd != nil || colon else { continue }
            if isQuotedName(inner: toks[t].end..<toks[c].start, opening: t, in: a, mentions: mentions[mentionBase...]) {
                continue
            }
            var speaker: Int? = nil
            let lower = verbEnd ?? (ranges.isEmpty ? 0 : ranges[sentence].lowerBound)
            for m in stride(from: mentions.count - 1, through: mentionBase, by: -1) {
                let sp = mentions[m].span
                if sp.start >= lower && sp.end <= qStart && mentions[m].type == .person { speaker = m; break }
                if sp.end <= lower { break }
            }
            if speaker == nil, let ve = verbEnd {
                // "وقال: «…»": no named subject between verb and quote → the last person, if recent
                let between = toks.filter { $0.start >= ve && $0.end <= qStart && $0.kind == .word }
                if between.isEmpty || between.allSatisfy({ ["ان", "انه", "بالقول", "قايلا"].contains($0.key) }) {
                    if let m = mentions.indices.last(where: { mentions[$0].type == .person
                                                && ($0 < mentionBase || mentions[$0].span.end <= qStart) }),
                       sentenceBase + sentence - mentions[m].sentence <= 2 {
                        speaker = m
                    }
                }
            }
            let inner = toks[t].end..<toks[c].start
            let v = ScalarString.make(a.scalars[inner])
            out.append(Quote(speaker: speaker, span: TextSpan(block: a.block, start: inner.lowerBound, end: inner.upperBound),
                             text: v))
        }
        return out
    }

    /// A quotation that is a name, not speech: the quoted words are one name the extractor found
    /// (زعيم «عصائب أهل الحق»), or a short quotation (up to five words) that follows a noun in construct
    /// rather than a reporting verb, a colon, «أن» or the speaker (رئيس حزب «الأمل الجديد»).
    static func isQuotedName(inner: Range<Int>, opening t: Int, in a: BlockAnalysis,
                             mentions: ArraySlice<Mention>) -> Bool {
        let words = a.tokens.filter { $0.kind == .word && $0.start >= inner.lowerBound && $0.end <= inner.upperBound }
        guard let first = words.first, let last = words.last else { return false }
        if mentions.contains(where: { $0.span.block == a.block && $0.span.start <= first.start && $0.span.end >= last.end }) { return true }
        guard words.count <= 5, t > 0 else { return false }
        let before = a.tokens[t - 1]
        guard before.kind == .word else { return false }
        if a.units[a.unitOfToken[t - 1]].flags.contains(.reportingVerb) { return false }
        if ["ان", "انه", "بالقول", "قايلا", "قوله", "بقوله"].contains(before.key) { return false }
        if mentions.contains(where: { $0.span.block == a.block && $0.span.end == before.end && $0.type == .person }) { return false }
        return true
    }
}
