import ReviewSiteRendering
import Testing

@Suite struct TokenizerTests {
    @Test func lowercasesDropsAccentsApostrophesAndShortWords() {
        #expect(SearchTokenizer.words("The child’s MASH café, A&E; 5.4.7 in 2020") == ["the", "childs", "mash", "cafe", "in", "2020"])
    }

    @Test func termsLeaveOutStopWordsAndStemOnlyLetters() {
        #expect(SearchTokenizer.terms("The father was not seen in 2019") == ["father", "not", "seen", "2019"])
        #expect(SearchTokenizer.terms("Fathers were visiting") == ["father", "visit"])
        #expect(SearchTokenizer.term("covid19") == "covid19")
    }
}
