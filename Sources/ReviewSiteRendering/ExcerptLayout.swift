import Foundation

/// A passage as every listing page quotes it: `partials/excerpt` rendered once, and cut where
/// the two things that differ from page to page go: the link back to the passage, relative to
/// the page, and "Also on", which leaves out the page's own theme.
///
/// A passage is quoted on two to four listing pages, and rendering the partial through
/// swift-mustache on each was most of the time those pages took (about 50 µs an excerpt,
/// dynamic casts on every `{{name}}`); filling the two holes is a few string appends.
struct ExcerptLayout: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case html(String)
        /// `{{url}}`: the link, to be escaped as templates escape values.
        case url
        /// `{{{alsoOn}}}`: the rendered "Also on" line.
        case alsoOn
    }

    let pieces: [Piece]

    /// Stand-ins for the two values while the partial renders: a NUL, which no rendered value
    /// carries (Markdown text has it replaced), and a token drawn once per process.
    static let urlMark = "\u{0}url-\(token)\u{0}"
    static let alsoOnMark = "\u{0}also-on-\(token)\u{0}"
    private static let token = UUID().uuidString

    /// Cuts a rendering of the partial made with `urlMark` and `alsoOnMark` as its values.
    init(rendered: String) {
        let bytes = Array(rendered.utf8)
        let marks: [(bytes: [UInt8], piece: Piece)] = [(Array(Self.urlMark.utf8), .url), (Array(Self.alsoOnMark.utf8), .alsoOn)]
        var pieces: [Piece] = []
        var textStart = 0
        var index = 0
        func endText(at end: Int) {
            if end > textStart { pieces.append(.html(String(decoding: bytes[textStart..<end], as: UTF8.self))) }
        }
        while index < bytes.count {
            if bytes[index] == 0, let mark = marks.first(where: { bytes[index...].starts(with: $0.bytes) }) {
                endText(at: index)
                pieces.append(mark.piece)
                index += mark.bytes.count
                textStart = index
            } else {
                index += 1
            }
        }
        endText(at: bytes.count)
        self.pieces = pieces
    }

    /// The excerpt as one page shows it.
    func html(url: String, alsoOn: String) -> String {
        let escapedURL = HTMLEscaping().escapeText(url)
        var html = ""
        for piece in pieces {
            switch piece {
            case .html(let text): html += text
            case .url: html += escapedURL
            case .alsoOn: html += alsoOn
            }
        }
        return html
    }
}
