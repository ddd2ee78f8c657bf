import Foundation

/// A partial rendered once and placed on many pages (a passage's excerpt, a review's card, a
/// review's group of passages), cut where the values that differ from page to page go, which
/// each page fills in: links relative to the page, "Also on" without the page's own theme,
/// the passages of the page's theme.
///
/// Rendering these partials through swift-mustache on every page was most of the time listing
/// pages took (a few microseconds per `{{name}}`, in dynamic casts); filling holes is a few
/// string appends.
struct ReusableHTML: Sendable, Equatable {
    /// A value a page fills in, and the view field that carries its mark while rendering.
    enum Hole: Sendable, CaseIterable {
        /// `{{url}}`: a link, escaped as templates escape values.
        case url
        /// `{{{alsoOn}}}`: the rendered "Also on" line.
        case alsoOn
        /// `{{{passages}}}`: the rendered excerpts of a group.
        case passages

        /// A stand-in while the partial renders: a NUL, which no rendered value carries
        /// (Markdown text has it replaced), and a token drawn once per process.
        var mark: String { Self.marks[self]! }

        private static let marks: [Hole: String] = {
            let token = UUID().uuidString
            return Dictionary(uniqueKeysWithValues: allCases.map { ($0, "\u{0}\($0)-\(token)\u{0}") })
        }()
    }

    enum Piece: Sendable, Equatable {
        case html(String)
        case hole(Hole)
    }

    let pieces: [Piece]
    /// The bytes of the partial's own text, so a filling is allocated once.
    private let htmlLength: Int

    /// Cuts a rendering of a partial made with holes' marks as its values. The marks are found
    /// with `memchr`, from NUL to NUL: a byte-by-byte scan of each passage's excerpt was 0.7% of
    /// a build's instructions.
    init(rendered: String) {
        var rendered = rendered
        let marks = Hole.allCases.map { (bytes: Array($0.mark.utf8), hole: $0) }
        var pieces: [Piece] = []
        rendered.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var textStart = 0
            var index = 0
            func endText(at end: Int) {
                if end > textStart { pieces.append(.html(String(decoding: UnsafeBufferPointer(rebasing: bytes[textStart..<end]), as: UTF8.self))) }
            }
            while index < bytes.count, let found = memchr(base + index, 0, bytes.count - index) {
                index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if let mark = marks.first(where: { bytes[index...].starts(with: $0.bytes) }) {
                    endText(at: index)
                    pieces.append(.hole(mark.hole))
                    index += mark.bytes.count
                    textStart = index
                } else {
                    index += 1
                }
            }
            endText(at: bytes.count)
        }
        self.pieces = pieces
        htmlLength = pieces.reduce(0) { if case .html(let text) = $1 { $0 + text.utf8.count } else { $0 } }
    }

    /// The partial as one page shows it.
    func filled(url: String, alsoOn: String = "", passages: String = "") -> HTMLView {
        let escapedURL = HTMLEscaping().escapeText(url)
        var html = ""
        html.reserveCapacity(htmlLength + 2 * escapedURL.utf8.count + alsoOn.utf8.count + passages.utf8.count)
        for piece in pieces {
            switch piece {
            case .html(let text): html += text
            case .hole(.url): html += escapedURL
            case .hole(.alsoOn): html += alsoOn
            case .hole(.passages): html += passages
            }
        }
        return HTMLView(html: html)
    }
}
