import Foundation
import Markdown

/// The lines of a source text, found with one scan of its bytes and cut out only when asked for.
///
/// `String.split(separator: "\n")` walks grapheme clusters and made a Substring per line; on
/// 100 KB reviews that was a sixth of a build's CPU for lines that are mostly never read.
struct SourceLines {
    private let text: String
    /// UTF-8 offset where each line starts; a line ends just before the next one's start.
    private let starts: [Int]

    init(_ text: String) {
        var text = text
        self.starts = text.withUTF8(LineStarts.of)
        self.text = text
    }

    /// As many lines as `split(separator: "\n", omittingEmptySubsequences: false)` gives.
    var count: Int { starts.count }

    /// The line at a 0-based index, without its newline.
    subscript(index: Int) -> Substring {
        text[self.index(starts[index])..<end(of: index)]
    }

    /// The text from the start of line `first` to the end of line `last`, both 0-based.
    func text(from first: Int, through last: Int) -> Substring {
        first > last ? "" : text[index(starts[first])..<end(of: last)]
    }

    /// The text from the start of line `first` to the end; empty past the last line.
    func text(from first: Int) -> Substring {
        first < starts.count ? text[index(starts[first])...] : ""
    }

    /// Calls `body` with each line's 0-based index and its bytes, without its newline.
    func forEachLine(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            for line in starts.indices {
                let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
                body(line, UnsafeBufferPointer(rebasing: bytes[starts[line]..<end]))
            }
        }
    }

    private func end(of line: Int) -> String.Index {
        line + 1 < starts.count ? index(starts[line + 1] - 1) : text.endIndex
    }

    private func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }
}
