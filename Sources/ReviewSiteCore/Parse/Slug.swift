import Foundation

/// URL-safe names for reviews, themes and heading anchors: lowercase ASCII letters, digits and hyphens.
public enum Slug {
    public static func make(_ text: String) -> String {
        // Folding leaves ASCII as it is but for case, which the loop settles; it is slow.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let folded = isASCII ? text : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_GB"))
        var result: [UInt8] = []
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            if value < 0x80, let byte = Self.slugByte(UInt8(value)) {
                if pendingHyphen && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                result.append(byte)
                pendingHyphen = false
            } else if value != 0x27 && value != 0x2019 {
                pendingHyphen = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// An ASCII letter lowercased, or a digit; nil for any other byte.
    private static func slugByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
        default: nil
        }
    }

    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
            && !slug.hasPrefix("-") && !slug.hasSuffix("-")
    }

    /// Anchors may also contain dots (paragraph numbers) and underscores.
    public static func isValidAnchor(_ anchor: String) -> Bool {
        guard let first = anchor.utf8.first, (first >= 0x61 && first <= 0x7A) || (first >= 0x41 && first <= 0x5A) else { return false }
        return anchor.utf8.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E || $0 == 0x5F
        }
    }
}
