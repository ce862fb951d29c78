import Extraction
import Resolution

/// The digest of everything `EntityResolver.resolve` reads, so that a build can take the last build's
/// entities (`ResolutionCache`) when an edit did not change any of it.
///
/// Entity resolution reads, of each article in order: its mentions (every field, and whether each one's
/// sentence is in range: `EntityConfidence.mentionsPerSentence`), and the text of the blocks that hold a
/// mention (the words around each name, `NameContext`); of the
/// corpus, the curated entities and the confidence threshold. A paragraph that names no one, or an
/// edit of a block without names, leaves the digest as it was; anything resolution could see changes it.
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

    /// One article's part: its mentions and the blocks they stand in.
    static func digest(blocks: [String], extraction ex: DocumentExtraction) -> ContentHash {
        var h = ContentHasher()
        h.combine(ex.mentions.count)
        var mentionBlocks: [Int] = []
        for m in ex.mentions {
            h.combine(m.span.block)
            h.combine(m.span.start)
            h.combine(m.span.end)
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
            if mentionBlocks.last != m.span.block { mentionBlocks.append(m.span.block) }
        }
        // the blocks in the order first named (mentions come in text order; a repeat costs a lookup)
        var seen = Set<Int>()
        for b in mentionBlocks where seen.insert(b).inserted {
            h.combine(b)
            if b >= 0 && b < blocks.count { h.combine(blocks[b]) } else { h.combine(-1) }
        }
        return h.finalize()
    }
}
