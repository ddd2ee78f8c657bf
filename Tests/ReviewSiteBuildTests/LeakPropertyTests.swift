import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Properties over generated sites: nothing unpublished and no active markup reaches any
/// output file, and every template value is escaped for the context it lands in.
@Suite("Nothing leaks")
struct LeakPropertyTests {
    static let seeds: [UInt64] = Array(1...12)

    func build(_ site: RandomSite) throws -> (CLI.Result, [String: String]) {
        let scratch = try ScratchContent()
        for (path, text) in site.files { try scratch.write(path, text) }
        let result = try scratch.build()
        let files = try Fixtures.files(in: scratch.site).mapValues { String(decoding: $0, as: UTF8.self) }
        return (result, files)
    }

    @Test func generatorDrawsEveryKindOfReview() {
        let reviews = Self.seeds.flatMap { RandomSite(seed: $0).files.filter { $0.key.hasPrefix("reviews/") }.values }
        #expect(reviews.contains { $0.contains("draft: true") })
        #expect(reviews.contains { $0.contains("published: 2999-01-01") })
        #expect(reviews.contains { !$0.contains("draft: true") && !$0.contains("2999") })
    }

    /// One build per seed, checked for every property.
    @Test(arguments: seeds)
    func generatedSite(seed: UInt64) throws {
        let site = RandomSite(seed: seed)
        let (result, files) = try build(site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(files.count > 10)
        unpublishedTextAppearsInNoOutputFile(site, files)
        try noActiveMarkupReachesAnyFile(files)
        xmlOutputStaysWellFormed(files)
        dataFilesStayWellFormed(files)
    }

    func unpublishedTextAppearsInNoOutputFile(_ site: RandomSite, _ files: [String: String]) {
        let everything = files.values.joined(separator: "\n")
        for token in site.hiddenTokens {
            for (path, text) in files where text.contains(token) { Issue.record("\(token) leaked into \(path)") }
        }
        for token in site.shownTokens { #expect(everything.contains(token), "published \(token) is missing") }
    }

    func noActiveMarkupReachesAnyFile(_ files: [String: String]) throws {
        let tag = try Regex("<[a-z][^>]*>")
        let quoted = try Regex("\"[^\"]*\"|'[^']*'")
        let eventHandler = try Regex("\\son[a-z]+\\s*=")
        let unsafeURL = try Regex("(href|src|action)\\s*=\\s*[\"']?\\s*(javascript|data|vbscript):")
        let templateScript = try Regex("<script src=\"(\\.\\./)*assets/search/[a-z]+\\.js\"></script>")
        for (path, text) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let lower = text.lowercased()
            #expect(!lower.replacing(templateScript, with: "").contains("<script"), "a script tag reached \(path)")
            #expect(!lower.contains("<iframe"), "an iframe reached \(path)")
            #expect(!lower.contains("<x-evil"), "raw markup reached \(path)")
            for match in lower.matches(of: tag) {
                let outsideValues = String(match.output[0].substring ?? "").replacing(quoted, with: "\"\"")
                #expect(outsideValues.firstMatch(of: eventHandler) == nil, "an event handler reached \(path): \(match.output[0].substring ?? "")")
            }
            #expect(lower.firstMatch(of: unsafeURL) == nil, "an unsafe URL reached \(path)")
        }
    }

    /// Downloads and search shards carry content as data: they must parse in their own format,
    /// whatever the content holds (the search script only ever inserts it as text).
    func dataFilesStayWellFormed(_ files: [String: String]) {
        for (path, text) in files where path.hasSuffix(".json") || (path.hasPrefix("search/") && path.hasSuffix(".js")) {
            var json = Substring(text)
            if path.hasSuffix(".js") {
                guard let open = text.firstIndex(of: ","), text.hasPrefix("ReviewSiteSearch.receive("), text.hasSuffix(");\n") else {
                    Issue.record("\(path) is not a search shard")
                    continue
                }
                json = text[text.index(after: open)..<text.index(text.endIndex, offsetBy: -3)]
            }
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) != nil, "\(path) is not valid JSON")
        }
    }

    func xmlOutputStaysWellFormed(_ files: [String: String]) {
        let xmlFiles = files.filter { $0.key.hasSuffix(".xml") }
        #expect(Set(xmlFiles.keys).isSuperset(of: ["feed.xml", "sitemap.xml"]))
        for (path, text) in xmlFiles {
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(path) is not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")")
        }
    }
}
