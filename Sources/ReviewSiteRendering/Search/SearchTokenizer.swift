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
        forEachWord(in: text) { words.append($0) }
        return words
    }

    /// Calls `body` with each word of `text` in order, as `words` returns them.
    ///
    /// Reads UTF-8 bytes and decomposes only a non-ASCII scalar, on its own. That equals
    /// decomposing the whole text first: canonical reordering only moves combining marks, and
    /// every combining mark is either dropped or a separator here.
    public static func forEachWord(in text: String, _ body: (String) -> Void) {
        forEachWordBytes(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 bytes of each word, valid only during the call, so that
    /// counting words needs no string per occurrence.
    static func forEachWordBytes(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(64)
            var decompositions: [UInt32: [UInt32]] = [:]
            func add(_ value: UInt32) {
                switch value {
                case 0x61...0x7A, 0x30...0x39: word.append(UInt8(value))
                case 0x41...0x5A: word.append(UInt8(value + 0x20))
                case 0x27, 0x2019, 0x0300...0x036F: break
                default:
                    if word.count >= 2 { word.withUnsafeBufferPointer(body) }
                    word.removeAll(keepingCapacity: true)
                }
            }
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    add(UInt32(lead))
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                index += length
                guard value >= 0xC0, value != 0x2019 else {
                    add(value)
                    continue
                }
                if decompositions[value] == nil {
                    decompositions[value] = String(Unicode.Scalar(value)!).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
                }
                decompositions[value]!.forEach(add)
            }
            add(0x20)
        }
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
