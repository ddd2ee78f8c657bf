/// Recognises numbered paragraphs such as `5.4.7.` or `1.1` at the start of a paragraph.
public enum ParagraphNumber {
    /// The number (`5.4.7`) if `text` starts with at least two dot-separated numbers followed by
    /// an optional dot and a space or the end. Single numbers (`1.`) are list items, not paragraphs.
    public static func leading(_ text: some Collection<UInt8>) -> String? {
        var parts = 0
        var digits = 0
        var end = text.startIndex
        var index = text.startIndex
        while index != text.endIndex {
            let byte = text[index]
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if digits > 3 { return nil }
            } else if byte == 0x2E, digits > 0 {
                parts += 1
                digits = 0
                end = index
            } else {
                break
            }
            index = text.index(after: index)
        }
        if digits > 0 {
            parts += 1
            end = index
        }
        guard parts >= 2 else { return nil }
        if index != text.endIndex, text[index] != 0x20, text[index] != 0x09, text[index] != 0xC2 { return nil }
        let number = String(decoding: text[text.startIndex..<end], as: UTF8.self)
        return number.hasSuffix(".") ? String(number.dropLast()) : number
    }
}
