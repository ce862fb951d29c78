/// Entity and event extraction of one document in one pass over its blocks.
extension EntityExtractor {
    /// `extract(_:evidence:gazetteer:)` (or `extract(_:gazetteer:)` without evidence) followed by
    /// `events.extract(_:into:)`, with the same result; the event rules read each sentence's words from the
    /// tokens entity extraction made of its block instead of tokenizing every sentence a second time.
    public func extractWithEvents(_ doc: Document, evidence: DocumentEvidence?, gazetteer: CorpusGazetteer,
                                  events: EventExtractor) -> DocumentExtraction {
        var (ex, blocks) = extractKeepingBlocks(doc, evidence: evidence ?? discover(in: doc), gazetteer: gazetteer)
        events.extract(doc, into: &ex, analyses: blocks)
        return ex
    }
}
