import Foundation
import ReviewSiteRendering
import Testing

@Suite struct TokenizerTests {
    @Test func lowercasesDropsAccentsApostrophesAndShortWords() {
        #expect(SearchTokenizer.words("The child’s MASH café, A&E; 5.4.7 in 2020") == ["the", "childs", "mash", "cafe", "in", "2020"])
    }

    /// The tokenizer decomposes one scalar at a time; it must agree with decomposing the whole text.
    @Test func matchesDecomposingTheWholeText() {
        let samples = [
            "Ÿvonne ÉCOLE naïve façade", "e\u{301}le\u{300}ve", "Ǆemal ﬁle Ⅻ ½", "Ångström Œuvre Ærø", "한국어 日本語 ελληνικά Ελλάδα",
            "a\u{5B4}\u{301}b c\u{0315}\u{0300}\u{05AE}d", "“Quoted” — dash – en ‘single’ it’s", "x\u{1E0B}\u{323}y", "İstanbul ŞEHİR",
        ]
        for text in samples {
            var expected: [String] = []
            var word = ""
            for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
                switch scalar.value {
                case 0x61...0x7A, 0x30...0x39: word.unicodeScalars.append(scalar)
                case 0x41...0x5A: word.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
                case 0x27, 0x2019, 0x0300...0x036F: continue
                default:
                    if word.utf8.count >= 2 { expected.append(word) }
                    word = ""
                }
            }
            if word.utf8.count >= 2 { expected.append(word) }
            #expect(SearchTokenizer.words(text) == expected, "\(text)")
        }
    }

    @Test func termsLeaveOutStopWordsAndStemOnlyLetters() {
        #expect(SearchTokenizer.terms("The father was not seen in 2019") == ["father", "not", "seen", "2019"])
        #expect(SearchTokenizer.terms("Fathers were visiting") == ["father", "visit"])
        #expect(SearchTokenizer.term("covid19") == "covid19")
    }
}
