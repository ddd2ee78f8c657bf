import Mustache

/// A partial rendered once for every view of the same shape, with a numbered mark in place of
/// each text and number, then cut at the marks; a view of that shape is its values put back.
///
/// A view's shape is what decides which parts of a template render: its flags, which optional
/// texts are present, and how many elements each list has (`ShapeEncoder`). The partials
/// rendered for every passage (its block on its review's page, its quote, its excerpt) and
/// every review (its card, its group of excerpts) come in a few dozen shapes, while
/// swift-mustache costs a few microseconds for each `{{name}}` it looks up, mostly in dynamic
/// casts and in splitting the name.
struct TemplateStencil: Sendable {
    enum Piece: Sendable {
        case html(String)
        /// The value with this number, escaped as `{{name}}` escapes, or as it is for `{{{name}}}`.
        case value(Int, escaped: Bool)
    }

    let pieces: [Piece]
    /// The bytes of the template's own text, so a filling is allocated once.
    private let htmlLength: Int

    /// Hands out the marks that stand for a view's texts and numbers while its stencil is
    /// made, numbered in the order `ShapeEncoder` reads the values: a NUL, the number, an
    /// apostrophe and a NUL. `{{name}}` escapes the apostrophe and `{{{name}}}` does not, so
    /// the cut tells which the template used.
    final class Marks {
        private(set) var count = 0

        func next() -> String {
            count += 1
            return "\u{0}\(count - 1)'\u{0}"
        }
    }

    /// Cuts a rendering of a marked view; nil when a mark did not come through whole, as when a
    /// template's own text holds a NUL.
    init?(rendered: String, valueCount: Int) {
        let bytes = Array(rendered.utf8)
        let escapedEnd = Array("&#39;\u{0}".utf8)
        var pieces: [Piece] = []
        var htmlStart = 0
        var marksLength = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0 else {
                index += 1
                continue
            }
            var end = index + 1
            var number = 0
            while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, end - index <= 9 {
                number = number * 10 + Int(bytes[end] - 0x30)
                end += 1
            }
            guard end > index + 1, number < valueCount else { return nil }
            let escaped: Bool
            if bytes[end...].starts(with: [0x27, 0]) {
                escaped = false
                end += 2
            } else if bytes[end...].starts(with: escapedEnd) {
                escaped = true
                end += escapedEnd.count
            } else {
                return nil
            }
            if index > htmlStart { pieces.append(.html(String(decoding: bytes[htmlStart..<index], as: UTF8.self))) }
            pieces.append(.value(number, escaped: escaped))
            marksLength += end - index
            index = end
            htmlStart = end
        }
        if bytes.count > htmlStart { pieces.append(.html(String(decoding: bytes[htmlStart...], as: UTF8.self))) }
        self.pieces = pieces
        htmlLength = bytes.count - marksLength
    }

    /// The partial as it renders a view of this shape with `values`.
    func filled(with values: [String]) -> String {
        var html = ""
        html.reserveCapacity(values.reduce(htmlLength) { $0 + $1.utf8.count } + 64)
        for piece in pieces {
            switch piece {
            case .html(let text): html += text
            case .value(let number, escaped: true): html += HTMLEscaping().escapeText(values[number])
            case .value(let number, escaped: false): html += values[number]
            }
        }
        return html
    }
}
