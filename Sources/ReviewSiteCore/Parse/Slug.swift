import Foundation

/// URL-safe names for reviews, themes and heading anchors: lowercase ASCII letters, digits and hyphens.
public enum Slug {
    public static func make(_ text: String) -> String {
        // Folding leaves ASCII as it is but for case, which `lowercased()` below settles; it is slow.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let folded = isASCII ? text : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_GB"))
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingHyphen = true
            }
        }
        return result.lowercased()
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
