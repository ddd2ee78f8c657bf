/// What counts as a word that may be a glossary term: a run of letters, digits and `&` (as in
/// A&E) with at least one capital. The renderer that marks terms up and the check that reports
/// terms unused or undefined both read text through this, so they always agree.
public enum GlossaryWords {
    /// Calls `body` with the byte range of each capitalised word of `text`, in order.
    @inlinable
    public static func forEachCapitalised(in text: ArraySlice<UInt8>, _ body: (Range<Int>) -> Void) {
        var index = text.startIndex
        while index < text.endIndex {
            guard isWordByte(text[index]) else {
                index += 1
                continue
            }
            var end = index
            var hasUpper = false
            while end < text.endIndex, isWordByte(text[end]) {
                if text[end] >= 0x41 && text[end] <= 0x5A { hasUpper = true }
                end += 1
            }
            if hasUpper { body(index..<end) }
            index = end
        }
    }

    @inlinable
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x26
    }
}
