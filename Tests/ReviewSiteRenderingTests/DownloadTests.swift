@testable import ReviewSiteRendering
import Testing

@Suite struct CSVTests {
    func field(_ value: String) -> String {
        var output: [UInt8] = []
        CSVWriter.append(field: value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test func quotesOnlyFieldsThatNeedIt() {
        #expect(field("plain text") == "plain text")
        #expect(field("a, b") == "\"a, b\"")
        #expect(field("she said \"no\"") == "\"she said \"\"no\"\"\"")
        #expect(field("two\nlines") == "\"two\nlines\"")
        #expect(field("carriage\rreturn") == "\"carriage\rreturn\"")
    }

    @Test func endsEveryRecordWithCRLF() {
        var output: [UInt8] = []
        for record in [["a", "b"], ["1", "x,y"], ["2", "é"]] { CSVWriter.append(record, to: &output) }
        #expect(String(decoding: output, as: UTF8.self) == "a,b\r\n1,\"x,y\"\r\n2,é\r\n")
    }
}

@Suite struct JSONValueTests {
    @Test func escapesForJSONAndJavaScript() {
        let value = JSONValue.object([("text", .string("a \"quote\"\\\n\u{1}\u{2028}")), ("n", .int(3)), ("none", .null), ("list", .array([.bool(true)]))])
        #expect(value.text == #"{"text":"a \"quote\"\\\n\u0001\u2028","n":3,"none":null,"list":[true]}"#)
    }

    @Test func copiesTextBetweenEscapesUnchanged() {
        #expect(JSONValue.string("em — dash\u{2029}tab\there\u{1F}end é").text == #""em — dash\u2029tab\there\u001fend é""#)
        #expect(JSONValue.string("").text == #""""#)
        #expect(JSONValue.string("\u{2028}").text == #""\u2028""#)
    }

    /// Text is looked at 8 bytes at a time: every character that is escaped, and those sharing
    /// bytes with them (other controls, U+2013 and U+2030 begin with U+2028's first two
    /// bytes), at every place in the chunks and in the tail after them, as written one by one.
    @Test func escapesRandomTextAsCharacterByCharacter() {
        let alphabet: [Unicode.Scalar] = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", " ", "!", "a", "\u{7F}", "é", "\u{2013}", "\u{2028}", "\u{2029}", "\u{2030}", "\u{E2}", "😀"]
        func reference(_ scalar: Unicode.Scalar) -> String {
            switch scalar {
            case "\"": #"\""#
            case "\\": #"\\"#
            case "\n": #"\n"#
            case "\r": #"\r"#
            case "\t": #"\t"#
            case "\u{2028}": #"\u2028"#
            case "\u{2029}": #"\u2029"#
            case _ where scalar.value < 0x20: "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: String(scalar)
            }
        }
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            for _ in 0..<40 {
                let scalars = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                let text = String(String.UnicodeScalarView(scalars))
                #expect(JSONValue.string(text).text == "\"" + scalars.map(reference).joined() + "\"", "\(scalars)")
            }
        }
    }

    @Test func writesIntegersAsSwiftPrintsThem() {
        for value in [0, 7, -7, 9, -9, 10, -10, 99, 100, 1_000_000, Int.max, Int.min, Int.min + 1] {
            #expect(JSONValue.int(value).text == String(value))
        }
    }

    @Test func writesPostingsAsGapsAndWeights() {
        let postings = [(3, 1), (10, 40), (2_147_483_000, 12)].map { SearchIndex.Posting(document: Int32($0.0), weight: Int32($0.1)) }
        #expect(SearchShardWriter.postingsJSON(postings) == "[3,1,7,40,2147482990,12]")
        #expect(SearchShardWriter.postingsJSON([]) == "[]")
    }
}
