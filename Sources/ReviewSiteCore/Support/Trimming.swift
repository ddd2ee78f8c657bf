/// Trimming without Foundation: `trimmingCharacters(in:)` bridges every string through
/// `NSString`, which cost more than parsing the passage markers around it.
extension Substring {
    /// The text without the leading and trailing scalars `trimmed` holds for.
    func trimming(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }),
              let last = scalars.lastIndex(where: { !trimmed($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

extension String {
    /// The text without the leading and trailing scalars `trimmed` holds for.
    func trimming(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
        self[...].trimming(trimmed)
    }
}

extension Unicode.Scalar {
    /// What Foundation's `CharacterSet.whitespaces` holds: tab, space, no-break space and the
    /// other fixed spaces, the zero-width space included.
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// What `CharacterSet.whitespacesAndNewlines` holds: those, U+000A to U+000D, U+0085, and
    /// the line and paragraph separators.
    var isSpaceOrNewline: Bool {
        isSpace || (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }
}
