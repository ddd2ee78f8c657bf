import Foundation
@testable import ReviewSiteCore
import Testing

@Suite("Trimming")
struct TrimmingTests {
    static let samples = [
        "", " ", "\t\t", "neglect", "  neglect  ", "\tinvisible men\t", "\u{00A0}neglect\u{3000}",
        "\u{2003} Child A \u{202F}", "\u{2028}title\u{2029}", "\u{85}title\n", "\r\n title \u{0B}\u{0C}",
        " e\u{301} ", " \u{301}x", "x\u{301} \u{20}", "\u{200B}zero width\u{200B}", "\u{1680}ogham\u{1680}",
        "a b\tc", "\u{FEFF}bom", "é\u{00A0}", "\n", "\u{3000}",
    ]

    @Test(arguments: samples)
    func spacesAsFoundationTrimsThem(text: String) {
        #expect(text.trimming(\.isSpace) == text.trimmingCharacters(in: .whitespaces))
        #expect(text[...].trimming(\.isSpace) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: samples)
    func spacesAndNewlinesAsFoundationTrimsThem(text: String) {
        #expect(text.trimming(\.isSpaceOrNewline) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func everyScalarIsClassedAsFoundationClassesIt() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isSpace != CharacterSet.whitespaces.contains(scalar) || scalar.isSpaceOrNewline != CharacterSet.whitespacesAndNewlines.contains(scalar) {
                Issue.record("U+\(String(value, radix: 16)) is classed otherwise than Foundation classes it")
            }
        }
    }
}
