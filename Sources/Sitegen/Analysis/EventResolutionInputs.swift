import ArabicDates
import Extraction
import Resolution

/// The digest of everything `EventResolver.resolve` reads, so that a build can take the last build's
/// events (`ResolutionCache`) when an edit did not change any of it.
///
/// Event resolution reads the resolved entities (`EntityResolutionInputs` covers what they are made
/// from, mentions and their blocks included) and, of each article in order: its date and whether it
/// was inferred; its date mentions and event mentions (every field); the span and block of each event's
/// sentence (demonym actors, what a statement says, names kept as written); its title (the person a quote
/// headline names speaks for an office); and, for an article without a date, all its blocks
/// and sentences (year anchoring infers its date and resolves its dates again). Of the corpus, the curated events.
enum EventResolutionInputs {
    static func digest(entities: ContentHash, documents: [Document], extractions: [DocumentExtraction],
                       curated: [CuratedEvent], jobs: Int) -> ContentHash {
        let perArticle = parallelMap(extractions.count, jobs: jobs) { a in
            a < documents.count ? digest(document: documents[a], extraction: extractions[a]) : ContentHash(high: 0, low: 0)
        }
        var h = ContentHasher()
        h.combine(entities)
        h.combine(documents.count)
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
        h.combine(ex.dates.count)
        for d in ex.dates {
            combine(d.span, into: &h)
            h.combine(d.sentence)
            h.combine(d.text)
            combine(d.date, into: &h)
            h.combine(d.inferred ? 1 : 0)
        }
        h.combine(ex.events.count)
        var blocks: [Int] = []
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
            h.combine(e.date ?? -1)
            for list in [e.places, e.actors, e.targets] {
                h.combine(list.count)
                for i in list { h.combine(i) }
            }
            for phrase in [e.actorPhrase, e.targetPhrase, e.placePhrase] { h.combine(phrase ?? "\u{0}") }
            h.combine(e.series ? 1 : 0)
            if e.sentence >= 0 && e.sentence < ex.sentences.count {
                let span = ex.sentences[e.sentence].span
                combine(span, into: &h)
                blocks.append(span.block)
            } else {
                h.combine(-1)
            }
        }
        if doc.date == nil {
            // year anchoring reads the whole article
            h.combine(ex.sentences.count)
            for s in ex.sentences { combine(s.span, into: &h) }
            blocks = Array(doc.blocks.indices)
        }
        var seen = Set<Int>()
        for b in blocks where seen.insert(b).inserted {
            h.combine(b)
            if b >= 0 && b < doc.blocks.count { h.combine(doc.blocks[b]) } else { h.combine(-1) }
        }
        return h.finalize()
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
