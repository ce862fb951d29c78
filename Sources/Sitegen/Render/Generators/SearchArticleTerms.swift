import CSystem
import Foundation

/// The weighted terms of the articles' search documents, read before rendering.
///
/// An article's search document is its title and its blocks (`SearchDocumentSource.articleText`): known once
/// the body is parsed, and changed by nothing the analysis does (it dates articles, it does not retitle them).
/// So its terms can be read while resolution's serial parts leave a core idle (`CorpusAnalysis.besideResolution`),
/// instead of in `render:search`. Reading stops when the caller says (`stopped`, asked between articles); the
/// index reads the articles not read here itself (`SearchIndex(…, preread:)`), and is the same either way.
final class SearchArticleTerms: @unchecked Sendable {
    /// Bytes of term lists kept at most (about 2 KB an article: ANT 10k's 10k articles take ≈ 20 MB), so that
    /// what is held from resolution to `render:search` stays bounded at any corpus size.
    static let listBytesBudget = 48_000_000

    /// The reader's terms: `names[t]` is term t of the lists.
    private(set) var names: [String] = []
    /// `[term, weight, term, weight, …]` of article a (`SearchTermReader.weightedTerms`), nil when not read.
    private var lists: [[Int32]?] = []
    /// The bytes of article a's text in its chunk file (`SearchIndex.textSize`), -1 when not read.
    private var textSizes: [Int32] = []
    private var listBytes = 0

    /// Number of articles read.
    private(set) var readCount = 0

    /// `names` interned in a table of the index's (nil: not made, reading or interning was stopped).
    private(set) var interned: SearchIndex.InternedTerms?

    /// Reads the articles' terms in order, until `stopped()` (asked before each article) or the budget is spent.
    /// (`titles[a]` and `bodies[a]`: article a's title and body, as the site model will hold them.)
    func read(titles: [String], bodies: [ArticleBody], budget: Int = SearchArticleTerms.listBytesBudget, stopped: () -> Bool) {
        lists = Array(repeating: nil, count: titles.count)
        textSizes = Array(repeating: -1, count: titles.count)
        names = readLists(titles: titles, bodies: bodies, budget: budget, stopped: stopped)
        // the terms interned here too, while the core is idle: in `render:search` this was a serial step
        interned = readCount == 0 ? nil : SearchIndex.InternedTerms(names, stopped: stopped)
        // The reader's word table and the texts were this thread's allocations, among the lists kept: the pages they
        // freed are given back, or they stay with this thread's heap through rendering (10k: RSS after events 227 → 195 MB).
        sitegen_release_free_memory()
    }

    /// Reads into `lists`; returns the reader's terms (its word table is let go on return).
    private func readLists(titles: [String], bodies: [ArticleBody], budget: Int, stopped: () -> Bool) -> [String] {
        var reader = SearchTermReader(id: 0)
        for a in titles.indices {
            if listBytes >= budget || stopped() { break }
            let text = SearchDocumentSource.articleText(bodies[a])
            let terms = reader.weightedTerms(titles: [titles[a]], text: text)
            // (measured here too: in `render:search` the text was made and measured again)
            textSizes[a] = Int32(clamping: SearchIndex.textSize(text))
            listBytes += 4 * terms.count
            lists[a] = terms
            readCount += 1
        }
        return reader.names
    }

    /// The terms read of article a (nil: not read, or taken).
    func list(_ a: Int) -> [Int32]? { a < lists.count ? lists[a] : nil }

    /// `SearchIndex.textSize` of article a's text (nil: not read).
    func textSize(_ a: Int) -> Int? { a < textSizes.count && textSizes[a] >= 0 ? Int(textSizes[a]) : nil }

    /// `SearchIndex.chunkSize` of every document of `source` (`documents`), the articles' texts measured when read.
    func chunkSizes(_ source: SearchDocumentSource, _ documents: [SearchDocument], linkFrom page: SitePath, jobs: Int) -> [Int] {
        parallelMap(documents.count, jobs: jobs) { d in
            guard case .article(let a) = source.refs[d], let size = textSize(a) else { return SearchIndex.chunkSize(of: documents[d], linkFrom: page) }
            return SearchIndex.chunkSize(of: documents[d], linkFrom: page, textSize: size)
        }
    }

    /// The terms read of every document of `source` that is an article, each given once (taken from here:
    /// the index holds them from then on).
    func preread(_ source: SearchDocumentSource) -> SearchIndex.PrereadTerms {
        SearchIndex.PrereadTerms(names: names, interned: interned) { d in
            guard case .article(let a) = source.refs[d], let terms = self.list(a) else { return nil }
            self.lists[a] = nil
            return terms
        }
    }
}
