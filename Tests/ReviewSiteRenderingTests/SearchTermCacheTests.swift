@testable import ReviewSiteRendering
import Testing

@Suite struct SearchTermCacheTests {
    /// Thousands of distinct words, stop words among them, so the cache's table grows; asked for
    /// twice, every word's term is the tokenizer's own, found or made.
    @Test func givesEachWordTheTokenizersTerm() {
        let words = (0..<9000).map(WordTallyTests.word) + Array(SearchTokenizer.stopWords) + ["safeguarding", "safeguards", "covid19", "2020s"]
        var tally = WordTally(textLength: 0)
        SearchTokenizer.scan(words.joined(separator: " "), into: &tally)
        let cache = SearchTermCache()
        for _ in 0..<2 {
            var mismatches = 0
            tally.forEach { word, _ in
                if cache.term(of: word) != SearchTokenizer.indexTerm(String(decoding: word, as: UTF8.self)) { mismatches += 1 }
            }
            #expect(mismatches == 0)
        }
        var stopWords = 0
        tally.forEach { word, _ in if cache.term(of: word) == nil { stopWords += 1 } }
        #expect(stopWords == SearchTokenizer.stopWords.count)
    }
}
