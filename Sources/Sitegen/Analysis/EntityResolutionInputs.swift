import ArabicText
import Extraction
import Resolution

/// The digest of everything `EntityResolver.resolve` reads, so that a build can take the last build's
/// entities (`ResolutionCache`) when an edit did not change any of it.
///
/// Entity resolution reads, of each article in order: its mentions (every field but where they stand, and whether
/// each one's sentence is in range: `EntityConfidence.mentionsPerSentence`), and the text around each mention in
/// its block (`MentionReadWindow`: the words around each name, `NameContext`, and what event resolution reads
/// beside a mention), with whether another mention starts or ends right beside it; of the corpus, the curated
/// entities and the confidence threshold. Nothing it makes holds a mention's offsets (mentions are referred to by
/// index), so a mention's place in its block is hashed only relative to its window: a sentence added to a paragraph
/// that names someone, a word fixed away from any name, a paragraph that names no one leave the digest as it was;
/// anything resolution could see changes it.
enum EntityResolutionInputs {
    static func digest(documents: [Document], extractions: [DocumentExtraction], curated: [CuratedEntity],
                       minimumConfidence: Double, jobs: Int) -> ContentHash {
        let perArticle = parallelMap(extractions.count, jobs: jobs) { a in
            digest(blocks: a < documents.count ? documents[a].blocks : [], extraction: extractions[a])
        }
        return digest(articles: perArticle, curated: curated, minimumConfidence: minimumConfidence)
    }

    /// The digest of the corpus from each article's part (`digest(blocks:extraction:)`, in article order).
    static func digest(articles perArticle: [ContentHash], curated: [CuratedEntity], minimumConfidence: Double) -> ContentHash {
        var h = ContentHasher()
        h.combine(Int(bitPattern: UInt(minimumConfidence.bitPattern)))
        h.combine(curated.count)
        for c in curated {
            h.combine(c.name)
            h.combine(c.type.rawValue)
            h.combine(c.aliases.count)
            for a in c.aliases { h.combine(a) }
            h.combine(c.ignore ? 1 : 0)
        }
        h.combine(perArticle.count)
        for d in perArticle { h.combine(d) }
        return h.finalize()
    }

    /// One article's part: its mentions and the text around them (`MentionReadWindow`).
    static func digest(blocks: [String], extraction ex: DocumentExtraction) -> ContentHash {
        var h = ContentHasher()
        h.combine(ex.mentions.count)
        // mentions right beside another (`NameContext.isHyphenJoined` asks it)
        let adjacent = AdjacentMentions(ex.mentions)
        var scalarsOfBlock: (block: Int, scalars: [Unicode.Scalar])?
        for m in ex.mentions {
            h.combine(m.span.block)
            h.combine(m.sentence)
            h.combine(m.sentence < ex.sentences.count ? 1 : 0)
            h.combine(m.surface)
            h.combine(m.type.rawValue)
            h.combine(m.key)
            h.combine(m.cue == nil ? 0 : 1)
            if let cue = m.cue { h.combine(cue) }
            h.combine(m.canonical == nil ? 0 : 1)
            if let canonical = m.canonical { h.combine(canonical) }
            h.combine(m.rule.rawValue)
            let b = m.span.block
            guard b >= 0 && b < blocks.count else {
                h.combine(-1)
                h.combine(m.span.start)
                h.combine(m.span.end)
                continue
            }
            if scalarsOfBlock?.block != b { scalarsOfBlock = (b, ScalarString.scalars(of: blocks[b])) }
            let scalars = scalarsOfBlock!.scalars
            guard let window = MentionReadWindow.bounds(scalars, start: m.span.start, end: m.span.end) else {
                // a span outside its block: the readers guard or clamp on the offsets and the whole block
                h.combine(-2)
                h.combine(m.span.start)
                h.combine(m.span.end)
                h.combine(blocks[b])
                continue
            }
            h.combine(m.span.start - window.lowerBound)
            h.combine(m.span.end - window.lowerBound)
            scalars.withUnsafeBytes { raw in
                let stride = MemoryLayout<Unicode.Scalar>.stride
                h.combine(UnsafeRawBufferPointer(rebasing: raw[(window.lowerBound * stride)..<(window.upperBound * stride)]))
            }
            h.combine(adjacent.startsAfter(m) ? 1 : 0)
            h.combine(adjacent.endsBefore(m) ? 1 : 0)
        }
        return h.finalize()
    }
}
