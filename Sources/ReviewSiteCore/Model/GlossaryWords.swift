/// What counts as a word that may be a glossary term: a run of letters, digits and `&` (as in
/// A&E) with at least one capital. The renderer that marks terms up and the check that reports
/// terms unused or undefined both read text through this, so they always agree.
public enum GlossaryWords {
    /// Calls `body` with the byte range of each capitalised word of `text`, in order. Reads
    /// each byte's class from a table: this runs over every text of every review page.
    @inlinable
    public static func forEachCapitalised(in text: ArraySlice<UInt8>, _ body: (Range<Int>) -> Void) {
        byteClasses.withUnsafeBufferPointer { classes in
            text.withUnsafeBufferPointer { bytes in
                let offset = text.startIndex
                var index = 0
                while index < bytes.count {
                    var word = classes[Int(bytes[index])]
                    guard word != 0 else {
                        index &+= 1
                        continue
                    }
                    var end = index &+ 1
                    while end < bytes.count {
                        let next = classes[Int(bytes[end])]
                        if next == 0 { break }
                        word |= next
                        end &+= 1
                    }
                    if word & capital != 0 { body(offset + index..<offset + end) }
                    index = end
                }
            }
        }
    }

    /// Per byte: `capital`, `otherWordByte`, or zero for a byte that is no part of a word.
    @usableFromInline
    static let byteClasses: [UInt8] = (0...255).map { byte in
        byte >= 0x41 && byte <= 0x5A ? capital : isWordByte(UInt8(byte)) ? otherWordByte : 0
    }
    @usableFromInline static let capital: UInt8 = 2
    @usableFromInline static let otherWordByte: UInt8 = 1

    @inlinable
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x26
    }
}
