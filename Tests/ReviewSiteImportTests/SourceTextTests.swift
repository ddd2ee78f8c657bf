import Foundation
import Testing
@testable import ReviewSiteImport

/// Decoding the bytes of a source file, and refusing what is not text.
@Suite struct SourceTextTests {
    @Test func decodesUTF8WithAndWithoutBOM() throws {
        let plain = Data("Child A’s review".utf8)
        #expect(try SourceText.decode(plain, file: "a.txt") == "Child A’s review")
        #expect(try SourceText.decode(Data([0xEF, 0xBB, 0xBF]) + plain, file: "a.txt") == "Child A’s review")
    }

    @Test func decodesUTF16WithBOM() throws {
        var little = Data([0xFF, 0xFE])
        for unit in "Agency X".utf16 { little.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(try SourceText.decode(little, file: "a.txt") == "Agency X")
        var big = Data([0xFE, 0xFF])
        for unit in "Agency X".utf16 { big.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        #expect(try SourceText.decode(big, file: "a.txt") == "Agency X")
    }

    @Test func fallsBackToWindows1252ForLegacyText() throws {
        let bytes = Data("Child A".utf8) + Data([0x92]) + Data("s plan".utf8)
        #expect(try SourceText.decode(bytes, file: "a.txt") == "Child A’s plan")
    }

    @Test func rejectsEmptyFile() {
        #expect(throws: ImportError.self) { try SourceText.decode(Data(), file: "empty.txt") }
        do {
            _ = try SourceText.decode(Data(), file: "empty.txt")
        } catch {
            #expect(error.description == "empty.txt:1:1: error: the file is empty; expected the text of a review")
        }
    }

    @Test func rejectsWhitespaceOnlyFile() {
        #expect(throws: ImportError.self) { try SourceText.decode(Data(" \n\t\n".utf8), file: "blank.txt") }
    }

    @Test func rejectsBinaryWithPosition() {
        let bytes = Data("line one\nab".utf8) + Data([0x00, 0x01, 0x02])
        do {
            _ = try SourceText.decode(bytes, file: "scan.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2 && error.column == 3)
            #expect(error.message.contains("NUL"))
        }
    }

    @Test func rejectsControlCharacterNoise() {
        let bytes = Data((0..<200).map { UInt8($0 % 2 == 0 ? 0x41 : 0x07) })
        #expect(throws: ImportError.self) { try SourceText.decode(bytes, file: "noise.bin") }
    }

    @Test func rejectsUndecodableBytes() {
        let bytes = Data([0xC3, 0x28, 0x81, 0x8D, 0xFF, 0xFE, 0x80, 0x81])
        do {
            _ = try SourceText.decode(bytes, file: "odd.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("not valid UTF-8"))
            #expect(error.description.hasPrefix("odd.txt:1:1: error:"))
        }
    }

    @Test func readSourceRejectsUnknownExtensionsAndMissingFiles() {
        let importer = Support.importer
        #expect(throws: ImportError.self) { try importer.readSource(at: URL(fileURLWithPath: "/tmp/review.doc")) }
        #expect(throws: ImportError.self) { try importer.readSource(at: URL(fileURLWithPath: "/nonexistent/review.txt")) }
    }

    @Test func convertRejectsEmptyText() {
        #expect(throws: ImportError.self) { try Support.convert("  \n \n") }
    }
}
