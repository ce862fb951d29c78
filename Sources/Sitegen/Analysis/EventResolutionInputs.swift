import ArabicDates
import Extraction
import Resolution

/// The digest of everything `EventResolver.resolve` reads, so that a build can take the last build's
/// events (`ResolutionCache`) when an edit did not change any of it.
///
/// Event resolution reads the resolved entities (`EntityResolutionInputs` covers what they are made
/// from, mentions and their blocks included) and, of each article in order: its date and whether it
/// was inferred; its event mentions (every field); of a dated article, the date mentions its events
/// refer to (their date, flag and words: the other date mentions are read by nothing), not their
/// indexes nor where they stand, so a paragraph stating a date but no event leaves the digest as it was; the
/// block and the text of each event's sentence (demonym actors, what a statement says), not where it stands nor the
/// rest of its block (nothing event resolution makes holds an offset: sources are event indexes); its
/// title (the person a quote headline names speaks for an office); and, for an article without a date,
/// all its date mentions, blocks and sentences (year anchoring infers its date and resolves its dates
/// again, and the site keeps those by index). Of the corpus, the curated events.
enum EventResolutionInputs {
    static func digest(entities: ContentHash, documents: [Document], extractions: [DocumentExtraction],
                       curated: [CuratedEvent], jobs: Int) -> ContentHash {
        let perArticle = parallelMap(extractions.count, jobs: jobs) { a in
            a < documents.count ? digest(document: documents[a], extraction: extractions[a]) : ContentHash(high: 0, low: 0)
        }
        return digest(entities: entities, documentCount: documents.count, articles: perArticle, curated: curated)
    }

    /// The digest of the corpus from each article's part (`digest(document:extraction:)`, in article order; zero for an
    /// extraction without a document).
    static func digest(entities: ContentHash, documentCount: Int, articles perArticle: [ContentHash],
                       curated: [CuratedEvent]) -> ContentHash {
        var h = ContentHasher()
        h.combine(entities)
        h.combine(documentCount)
        h.combine(curated.count)
        for c in curated {
            h.combine(c.title)
            combine(c.date, into: &h)
            h.combine(c.type.rawValue)
            for list in [c.places, c.actors] {
                h.combine(list.count)
                for n in list { h.combine(n) }
            }
        }
        h.combine(perArticle.count)
        for d in perArticle { h.combine(d) }
        return h.finalize()
    }

    static func digest(document doc: Document, extraction ex: DocumentExtraction) -> ContentHash {
        var h = ContentHasher()
        combine(doc.date, into: &h)
        h.combine(doc.dateIsInferred ? 1 : 0)
        h.combine(doc.title ?? "\u{0}")
        let undated = doc.date == nil
        if undated {
            // year anchoring reads (and the site keeps by index) every date mention of the article
            h.combine(ex.dates.count)
            for d in ex.dates { combine(d, into: &h) }
        }
        h.combine(ex.events.count)
        for e in ex.events {
            h.combine(e.type.rawValue)
            h.combine(e.subtype ?? "\u{0}")
            h.combine(e.sentence)
            h.combine(e.trigger)
            h.combine(e.quantities.count)
            for q in e.quantities {
                h.combine(q.what)
                h.combine(q.value)
            }
            if undated {
                h.combine(e.date ?? -1)
            } else if let d = e.date, d >= 0, d < ex.dates.count {
                combineRead(ex.dates[d], into: &h)
            } else {
                h.combine(e.date == nil ? -1 : -2)
            }
            for list in [e.places, e.actors, e.targets] {
                h.combine(list.count)
                for i in list { h.combine(i) }
            }
            for phrase in [e.actorPhrase, e.targetPhrase, e.placePhrase] { h.combine(phrase ?? "\u{0}") }
            h.combine(e.series ? 1 : 0)
            if e.sentence >= 0 && e.sentence < ex.sentences.count {
                let span = ex.sentences[e.sentence].span
                // its text, not where it stands (an undated article's spans are all hashed below)
                h.combine(span.block)
                if span.block >= 0 && span.block < doc.blocks.count {
                    combineSentence(span, of: doc.blocks[span.block], into: &h)
                } else {
                    h.combine("\u{0}")
                }
            } else {
                h.combine(-1)
            }
        }
        if undated {
            // year anchoring reads the whole article
            h.combine(ex.sentences.count)
            for s in ex.sentences { combine(s.span, into: &h) }
            h.combine(doc.blocks.count)
            for b in doc.blocks { h.combine(b) }
        }
        return h.finalize()
    }

    /// The scalars of `block` within the span, clamped as the readers of an event's sentence clamp them.
    static func sentenceText(_ span: TextSpan, of block: String) -> String {
        let scalars = block.unicodeScalars
        let lo = scalars.index(scalars.startIndex, offsetBy: max(0, span.start), limitedBy: scalars.endIndex) ?? scalars.endIndex
        let hi = scalars.index(lo, offsetBy: max(0, span.end - max(0, span.start)), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }

    /// Adds `sentenceText(span, of: block)` to `h` as `combine(String)` would, from the block's UTF-8 in place (cutting
    /// each event's sentence out as a `String` was most of the digest).
    static func combineSentence(_ span: TextSpan, of block: String, into h: inout ContentHasher) {
        var block = block
        block.withUTF8 { u in
            // the byte offset `scalars` scalars after `from` (or the end)
            func advance(_ from: Int, by scalars: Int) -> Int {
                var i = from, k = 0
                while k < scalars && i < u.count {
                    i += 1
                    while i < u.count && u[i] & 0xC0 == 0x80 { i += 1 }
                    k += 1
                }
                return i
            }
            let lo = advance(0, by: max(0, span.start))
            let hi = advance(lo, by: max(0, span.end - max(0, span.start)))
            h.combine(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(u)[lo..<hi]))
        }
    }

    /// What event resolution reads of a dated article's date mention an event refers to: its date, flag and words,
    /// not where it stands (`EventDateAnchoring` matches spans only in articles without a date).
    static func combineRead(_ d: DateMention, into h: inout ContentHasher) {
        h.combine(d.text)
        combine(d.date, into: &h)
        h.combine(d.inferred ? 1 : 0)
    }

    static func combine(_ d: DateMention, into h: inout ContentHasher) {
        combine(d.span, into: &h)
        h.combine(d.sentence)
        h.combine(d.text)
        combine(d.date, into: &h)
        h.combine(d.inferred ? 1 : 0)
    }

    static func combine(_ d: PartialDate?, into h: inout ContentHasher) {
        guard let d else { h.combine(-1); return }
        h.combine(d.year)
        h.combine(d.month ?? -1)
        h.combine(d.day ?? -1)
    }

    static func combine(_ s: TextSpan, into h: inout ContentHasher) {
        h.combine(s.block)
        h.combine(s.start)
        h.combine(s.end)
    }
}
