import Testing
@testable import Sitegen

/// Discovery keeps the block analyses of the first articles that fit a budget of text bytes, for extraction to
/// reuse (the others are analysed again): what is kept stays bounded whatever the corpus's size.
@Suite struct KeptAnalysesTests {
    @Test func theFirstArticlesWithinTheBudgetKeepTheirAnalyses() {
        // «نص» is 4 UTF-8 bytes; "abc" 3
        let blocks = [["نص", "abc"], ["نص"], [], ["abc", "abc"], ["a"]]
        #expect(CorpusAnalysis.keepsAnalyses(blocks: blocks, budget: 11) == [true, true, true, false, false])
        #expect(CorpusAnalysis.keepsAnalyses(blocks: blocks, budget: 17) == [true, true, true, true, false])
        #expect(CorpusAnalysis.keepsAnalyses(blocks: blocks, budget: 0) == [false, false, false, false, false])
        #expect(CorpusAnalysis.keepsAnalyses(blocks: blocks, budget: 1_000) == [true, true, true, true, true])
    }
}
