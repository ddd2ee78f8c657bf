/// The first line of a tagged passage: `[!LEARNING] neglect, ?escalation {#anchor}`.
public struct PassageMarker: Sendable, Equatable {
    public var kind: PassageKind
    /// Theme names as written, with the column each starts at and whether it was a `?` suggestion.
    public var themeNames: [(name: String, column: Int, isSuggestion: Bool)]
    public var anchor: String?
    public var anchorColumn: Int

    public static func == (lhs: PassageMarker, rhs: PassageMarker) -> Bool {
        lhs.kind == rhs.kind && lhs.anchor == rhs.anchor
            && lhs.themeNames.map(\.name) == rhs.themeNames.map(\.name)
            && lhs.themeNames.map(\.isSuggestion) == rhs.themeNames.map(\.isSuggestion)
    }

    /// Parses the marker in `line` (a raw source line, possibly with `>` prefixes).
    /// Returns nil when the line has no `[!` marker; reports malformed markers as diagnostics.
    public static func parse(line: Substring, file: String, lineNumber: Int, diagnostics: inout [Diagnostic]) -> PassageMarker? {
        let bytes = Array(line.utf8)
        guard let open = find([0x5B, 0x21], in: bytes, from: 0) else { return nil }
        func location(_ offset: Int) -> FileLocation { FileLocation(file: file, line: lineNumber, column: offset + 1) }
        guard let close = bytes[(open + 2)...].firstIndex(of: 0x5D) else {
            diagnostics.append(.error("passage marker is not closed; write it as [!LEARNING], [!RECOMMENDATION] or [!GOOD-PRACTICE]", at: location(open)))
            return nil
        }
        let name = String(decoding: bytes[(open + 2)..<close], as: UTF8.self)
        guard let kind = PassageKind(rawValue: name.uppercased()) else {
            let hint = Suggestion.hint(for: name.uppercased(), in: PassageKind.allCases.map(\.rawValue))
            diagnostics.append(.error("unknown passage kind '[!\(name)]'; use [!LEARNING], [!RECOMMENDATION] or [!GOOD-PRACTICE].\(hint)", at: location(open)))
            return nil
        }
        var end = bytes.count
        var anchor: String?
        var anchorColumn = 0
        if let brace = find([0x7B, 0x23], in: bytes, from: close + 1) {
            guard let closeBrace = bytes[brace...].firstIndex(of: 0x7D) else {
                diagnostics.append(.error("anchor is not closed; write it as {#my-anchor}", at: location(brace)))
                return nil
            }
            let value = String(decoding: bytes[(brace + 2)..<closeBrace], as: UTF8.self)
            guard Slug.isValidAnchor(value) else {
                diagnostics.append(.error("anchor '\(value)' must start with a letter and use only letters, digits, '-', '.' and '_'", at: location(brace + 2)))
                return nil
            }
            anchor = value
            anchorColumn = brace + 3
            end = brace
        }
        var themes: [(String, Int, Bool)] = []
        var start = close + 1
        while start < end {
            let comma = bytes[start..<end].firstIndex(of: 0x2C) ?? end
            var itemStart = start
            var itemEnd = comma
            while itemStart < itemEnd, bytes[itemStart] == 0x20 || bytes[itemStart] == 0x09 { itemStart += 1 }
            while itemEnd > itemStart, bytes[itemEnd - 1] == 0x20 || bytes[itemEnd - 1] == 0x09 { itemEnd -= 1 }
            if itemStart < itemEnd {
                let suggestion = bytes[itemStart] == 0x3F
                let nameStart = suggestion ? itemStart + 1 : itemStart
                themes.append((String(decoding: bytes[nameStart..<itemEnd], as: UTF8.self).trimming(\.isSpace), nameStart + 1, suggestion))
            } else if comma < end {
                diagnostics.append(.warning("empty theme between commas is ignored; remove the extra comma", at: location(comma < end ? comma : start)))
            }
            start = comma + 1
        }
        if let last = bytes[(close + 1)..<end].lastIndex(where: { $0 != 0x20 && $0 != 0x09 }), bytes[last] == 0x2C {
            diagnostics.append(.warning("empty theme between commas is ignored; remove the extra comma", at: location(last)))
        }
        return PassageMarker(kind: kind, themeNames: themes, anchor: anchor, anchorColumn: anchorColumn)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] && bytes[index + 1] == needle[1] {
            return index
        }
        return nil
    }
}
