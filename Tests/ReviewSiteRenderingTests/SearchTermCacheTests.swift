@testable import ReviewSiteRendering
import Testing

@Suite struct SearchTermCacheTests {
    /// Thousands of distinct words, stop words among them, so the cache's table grows; weighed
    /// twice, every word counts towards the tokenizer's own term for it, found or made, and
    /// stop words towards none.
    @Test func givesEachWordTheTokenizersTerm() {
        let words = (0..<9000).map(WordTallyTests.word) + Array(SearchTokenizer.stopWords) + ["safeguarding", "safeguards", "covid19", "2020s"]
        var tally = WordTally(textLength: 0)
        SearchTokenizer.scan(words.joined(separator: " "), into: &tally)
        var expected: [String: Int] = [:]
        tally.forEach { word, weight in
            if let term = SearchTokenizer.indexTerm(String(decoding: word, as: UTF8.self)) { expected[term, default: 0] += weight }
        }
        #expect(expected["safeguard"] == 2)
        let cache = SearchTermCache()
        for _ in 0..<2 {
            let weights = cache.weights(of: tally, cap: .max)
            #expect(weights.count == expected.count)
            #expect(Dictionary(uniqueKeysWithValues: weights.map { ($0.term, $0.weight) }) == expected)
            #expect(weights.allSatisfy { $0.termHash == FNV1a.hash($0.term.utf8) })
        }
    }
}
