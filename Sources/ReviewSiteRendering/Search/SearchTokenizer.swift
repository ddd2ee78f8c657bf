import Foundation

/// Splits text into the words search indexes and looks up, exactly as
/// `Templates/assets/search/stem.js` does in the browser: accents dropped, ASCII letters
/// lowercased, apostrophes removed inside words, anything else but letters and digits a
/// separator, words shorter than two characters dropped.
public enum SearchTokenizer {
    /// Common words left out of the index; the browser reads the same list from the manifest.
    public static let stopWords: Set<String> = [
        "an", "and", "are", "as", "at", "be", "by", "for", "from", "had", "has", "have", "he", "her", "his", "in",
        "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was", "were", "with",
    ]

    /// The words of `text` in order, lowercased, before stemming.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if current.count >= 2 { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: current.append(UInt8(scalar.value))
            case 0x41...0x5A: current.append(UInt8(scalar.value + 0x20))
            case 0x27, 0x2019: continue
            case 0x0300...0x036F: continue
            default: flush()
            }
        }
        flush()
        return words
    }

    /// The index term of a word: its Porter stem when it is all letters, else the word itself.
    public static func term(_ word: String) -> String {
        word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) ? PorterStemmer.stem(word) : word
    }

    /// The index term of a word, or nil for a stop word.
    public static func indexTerm(_ word: String) -> String? {
        stopWords.contains(word) ? nil : term(word)
    }

    /// Index terms of `text`, stop words left out.
    public static func terms(_ text: String) -> [String] {
        words(text).compactMap(indexTerm)
    }
}
