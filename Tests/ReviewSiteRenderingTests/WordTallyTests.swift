@testable import ReviewSiteRendering
import Testing

@Suite struct WordTallyTests {
    /// A made-up word per number, 2 to 90 letters long, so words cross the tally's 8-byte chunks
    /// and the scanner's 64-byte buffer.
    static func word(_ number: Int) -> String {
        var letters = ""
        var rest = number
        repeat {
            letters.append(Character(Unicode.Scalar(UInt8(0x61 + rest % 26))))
            rest /= 26
        } while rest > 0
        let length = 2 + (number * 7) % 89
        return String(repeating: letters, count: length / letters.count + 1).prefix(length) + ""
    }

    /// Each word and its summed weight in the order first seen, counted as the tally's contract says.
    static func expected(_ fields: [(String, Int)]) -> [(String, Int)] {
        var order: [String] = []
        var weights: [String: Int] = [:]
        for (text, weight) in fields {
            for word in SearchTokenizer.words(text) {
                if weights[word] == nil { order.append(word) }
                weights[word, default: 0] += weight
            }
        }
        return order.map { ($0, weights[$0]!) }
    }

    static func tallied(_ fields: [(String, Int)]) -> [(String, Int)] {
        // The smallest table, so that thousands of words make it grow again and again.
        var tally = WordTally(textLength: 0)
        for (text, weight) in fields {
            tally.weight = weight
            SearchTokenizer.scan(text, into: &tally)
        }
        var words: [(String, Int)] = []
        tally.forEach { words.append((String(decoding: $0, as: UTF8.self), $1)) }
        return words
    }

    @Test("thousands of distinct words of every length, some repeated, are counted as the tokenizer splits them")
    func distinctWordsOfEveryLength() {
        let words = (0..<5000).map(Self.word)
        let body = words.joined(separator: " ") + " " + words.prefix(700).map { $0.uppercased() }.joined(separator: ", ")
        let fields = [(body, 1), (words.suffix(40).joined(separator: " "), 3), ("Café CAFÉ cafe it’s it's its A&E 5.4.7 COVID19 covid19 2020s", 2)]
        let tallied = Self.tallied(fields)
        let expected = Self.expected(fields)
        #expect(tallied.count == expected.count)
        // One flag, not the lists: thousands of words would fill the failure report.
        #expect(tallied.elementsEqual(expected) { $0 == $1 })
        #expect(tallied.contains { $0.0 == "cafe" && $0.1 == 6 })
        #expect(tallied.contains { $0.0 == "its" && $0.1 == 6 })
        #expect(tallied.contains { $0.0 == "covid19" && $0.1 == 4 })
    }

    @Test("words alike in their first 8 bytes, or differing only in length, are told apart")
    func wordsAlikeInTheirFirstChunk() {
        let fields = [("safeguar safeguard safeguarding safeguardings safeguar ab abc abcdefgh abcdefghi abcdefgh", 1)]
        #expect(Self.tallied(fields).map(\.0) == ["safeguar", "safeguard", "safeguarding", "safeguardings", "ab", "abc", "abcdefgh", "abcdefghi"])
        #expect(Self.tallied(fields).map(\.1) == [2, 1, 1, 1, 1, 1, 2, 1])
    }
}
