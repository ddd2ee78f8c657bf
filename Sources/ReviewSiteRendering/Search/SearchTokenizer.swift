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
        withoutActuallyEscaping(body) { body in
            var sink = ClosureSink { body(String(decoding: $0, as: UTF8.self)) }
            scan(text, into: &sink)
        }
    }

    /// Hands each word's UTF-8 bytes to `sink`; generic, so counting words calls no closure per word.
    static func scan<Sink: WordSink & ~Copyable>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { bytes in
            var scanner = WordScanner()
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index = scanner.addASCII(bytes, from: index, to: &sink)
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                index += length
                scanner.addDecomposed(value, to: &sink)
            }
            scanner.add(0x20, to: &sink)
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

/// Receives the words `SearchTokenizer.scan` finds.
protocol WordSink: ~Copyable {
    /// `word`'s memory may be read up to the end of its last 8-byte chunk, zeros past the word,
    /// so a sink can hash and compare it 8 bytes at a time.
    mutating func take(_ word: UnsafeBufferPointer<UInt8>)
}

private struct ClosureSink: WordSink {
    let body: (UnsafeBufferPointer<UInt8>) -> Void
    func take(_ word: UnsafeBufferPointer<UInt8>) { body(word) }
}

/// The word being read, one scalar at a time, in a buffer of its own: appending to an
/// `Array` checked its uniqueness and capacity on every letter of every review.
///
/// Letters are gathered 8 at a time in a register and stored as whole chunks: the tally reads a
/// word 8 bytes at a time, and loading 8 bytes stored one by one waited on every word for the
/// stores to drain (a store-forwarding stall).
private struct WordScanner: ~Copyable {
    /// What each ASCII byte adds to a word: itself lowercased for a letter or digit, `skipped`
    /// for an apostrophe, `separator` for anything else.
    private static let folding: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 0x61...0x7A, 0x30...0x39: UInt8(byte)
        case 0x41...0x5A: UInt8(byte + 0x20)
        case 0x27: skipped
        default: separator
        }
    }
    private static let separator: UInt8 = 0
    private static let skipped: UInt8 = 1

    /// Room for `capacity` letters and one chunk more, so a word's last chunk is stored whole.
    private var letters: UnsafeMutablePointer<UInt8>
    private var capacity = 64
    private var count = 0
    /// The letters of the word's unfinished chunk, the first lowest; zeros past them.
    private var pending: UInt64 = 0
    private var decompositions: [UInt32: [UInt32]] = [:]

    init() { letters = .allocate(capacity: capacity + 8) }

    deinit { letters.deallocate() }

    mutating func add<Sink: WordSink & ~Copyable>(_ value: UInt32, to sink: inout Sink) {
        switch value {
        case 0x61...0x7A, 0x30...0x39: append(UInt8(truncatingIfNeeded: value))
        case 0x41...0x5A: append(UInt8(truncatingIfNeeded: value + 0x20))
        case 0x27, 0x2019, 0x0300...0x036F: break
        default: finish(to: &sink)
        }
    }

    /// The ASCII bytes of `bytes` from `index` on, as `add` takes them, up to the first other
    /// byte or the end; returns where it stopped. One table lookup a byte.
    mutating func addASCII<Sink: WordSink & ~Copyable>(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, to sink: inout Sink) -> Int {
        Self.folding.withUnsafeBufferPointer { folding in
            var index = index
            while index < bytes.count, bytes[index] < 0x80 {
                let letter = folding[Int(bytes[index])]
                if letter > Self.skipped {
                    append(letter)
                } else if letter == Self.separator {
                    finish(to: &sink)
                }
                index &+= 1
            }
            return index
        }
    }

    /// A non-ASCII scalar: decomposed on its own, its accents dropped.
    mutating func addDecomposed<Sink: WordSink & ~Copyable>(_ value: UInt32, to sink: inout Sink) {
        guard value >= 0xC0, value != 0x2019 else { return add(value, to: &sink) }
        if decompositions[value] == nil {
            decompositions[value] = String(Unicode.Scalar(value)!).decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
        }
        for part in decompositions[value]! { add(part, to: &sink) }
    }

    @inline(__always)
    private mutating func append(_ letter: UInt8) {
        pending |= UInt64(letter) << (UInt64(count & 7) &* 8)
        count &+= 1
        if count & 7 == 0 {
            if count > capacity { grow() }
            store(pending, at: count - 8)
            pending = 0
        }
    }

    /// Hands the word to `sink` if it has two letters or more, and starts the next.
    @inline(__always)
    private mutating func finish<Sink: WordSink & ~Copyable>(to sink: inout Sink) {
        if count >= 2 {
            if count & 7 != 0 { store(pending, at: count & ~7) }
            sink.take(UnsafeBufferPointer(start: letters, count: count))
        }
        count = 0
        pending = 0
    }

    private func store(_ chunk: UInt64, at offset: Int) {
        UnsafeMutableRawPointer(letters + offset).storeBytes(of: chunk.littleEndian, as: UInt64.self)
    }

    /// Twice the room, keeping the chunks stored so far.
    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2 + 8)
        larger.update(from: letters, count: capacity)
        letters.deallocate()
        letters = larger
        capacity *= 2
    }
}
