import Foundation
import ReviewSiteRendering
import Testing

@Suite struct StemmerTests {
    /// Examples from Porter's paper and the reference implementation's vocabulary.
    static let known: [(String, String)] = [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("cats", "cat"), ("feed", "feed"), ("agreed", "agre"),
        ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"),
        ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"),
        ("fizzed", "fizz"), ("failing", "fail"), ("filing", "file"), ("happy", "happi"), ("sky", "sky"), ("relational", "relat"),
        ("conditional", "condit"), ("rational", "ration"), ("valenci", "valenc"), ("digitizer", "digit"), ("conformabli", "conform"),
        ("radicalli", "radic"), ("differentli", "differ"), ("vileli", "vile"), ("analogousli", "analog"), ("vietnamization", "vietnam"),
        ("predication", "predic"), ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"),
        ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"), ("sensibiliti", "sensibl"), ("triplicate", "triplic"),
        ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"), ("electrical", "electr"), ("hopeful", "hope"),
        ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"),
        ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"), ("replacement", "replac"),
        ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"), ("homologou", "homolog"), ("communism", "commun"),
        ("activate", "activ"), ("angulariti", "angular"), ("homologous", "homolog"), ("effective", "effect"), ("bowdlerize", "bowdler"),
        ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
        ("neglected", "neglect"), ("neglecting", "neglect"), ("generalizations", "gener"), ("oscillators", "oscil"), ("is", "is"),
    ]

    @Test func stemsPortersExamples() {
        for (word, stem) in Self.known {
            #expect(PorterStemmer.stem(word) == stem, "\(word)")
        }
    }

    @Test func formsOfAWordShareATerm() {
        let terms = Set(["neglect", "neglected", "neglecting", "neglects"].map(SearchTokenizer.term))
        #expect(terms == ["neglect"])
    }

    /// The browser's stemmer (Templates/assets/search/stem.js, run under node) gives every word the Swift stem.
    @Test func browserStemmerAgreesWithSwift() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = repository.appendingPathComponent("Templates/assets/search/stem.js").path
        var words = Set(Self.known.map(\.0))
        for file in ["Content/themes.yml", "Content/glossary.yml", "Content/pages/accessibility.md", "Content/pages/about.md"] {
            let text = try String(contentsOf: repository.appendingPathComponent(file), encoding: .utf8)
            words.formUnion(SearchTokenizer.words(text))
        }
        let list = words.sorted()
        #expect(list.count > 500)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", "-e", """
            const s = require(process.argv[1]);
            const input = require('fs').readFileSync(0, 'utf8').split('\\n').filter(Boolean);
            process.stdout.write(input.map(w => s.words(w).map(s.term).join(' ')).join('\\n'));
            """, script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(list.joined(separator: "\n").utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "node is needed to run the browser's stemmer")
        let browser = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let swift = list.map { SearchTokenizer.words($0).map(SearchTokenizer.term).joined(separator: " ") }
        #expect(browser.count == swift.count)
        for (index, word) in list.enumerated() where index < browser.count && browser[index] != swift[index] {
            Issue.record("'\(word)': Swift \(swift[index]), browser \(browser[index])")
        }
    }
}
