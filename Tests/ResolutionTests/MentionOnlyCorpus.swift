import ArabicText
import Extraction
@testable import Resolution

/// Resolves articles whose only mentions are the given (surface, type) pairs, each in a sentence of its own
/// written `before + surface + after` ("في كرمال أمس.", "قال حياة كلاما."), with no confidence threshold.
func resolveMentionOnlyCorpus(_ articles: [[(String, EntityType)]], before: String, after: String) -> ResolvedCorpus {
    var docs: [Document] = [], exs: [DocumentExtraction] = []
    let start = before.unicodeScalars.count
    for (a, mentions) in articles.enumerated() {
        var ex = DocumentExtraction()
        var blocks: [String] = []
        for (i, (surface, type)) in mentions.enumerated() {
            blocks.append(before + surface + after)
            ex.sentences.append(Sentence(span: TextSpan(block: i, start: 0, end: blocks[i].unicodeScalars.count)))
            ex.mentions.append(Mention(span: TextSpan(block: i, start: start, end: start + surface.unicodeScalars.count), sentence: i,
                                       surface: surface, type: type, key: ArabicNormalizer.matchKey(surface)))
        }
        docs.append(Document(id: "d\(a)", blocks: blocks))
        exs.append(ex)
    }
    return EntityResolver(minimumConfidence: 0).resolve(documents: docs, extractions: exs, curated: [])
}
