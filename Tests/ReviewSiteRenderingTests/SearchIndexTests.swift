@testable import ReviewSiteRendering
import Testing

@Suite struct SearchIndexTests {
    static func document(_ text: String, theme: String) -> SearchDocument {
        SearchDocument(fields: [(text, 1)], facets: [FacetValue(facet: .theme, key: theme)], display: .string(text))
    }

    /// A made-up six-letter word, different for each number.
    static func word(_ number: Int) -> String {
        var value = number * 7919 + 13
        var letters = ""
        for _ in 0..<6 {
            letters.unicodeScalars.append(UnicodeScalar(UInt8(97 + value % 26)))
            value /= 26
        }
        return letters
    }

    @Test func postsEachTermWithItsDocumentsInOrder() {
        let index = SearchIndex([
            Self.document("Neglect was seen.", theme: "neglect"),
            Self.document("Neglected and neglected again.", theme: "neglect"),
            Self.document("Escalation.", theme: "escalation"),
        ])
        #expect(index.postings["neglect"]?.map(\.document) == [0, 1])
        #expect(index.postings["neglect"]?.map(\.weight) == [1, 2])
        #expect(index.postings["the"] == nil)
        #expect(index.facetPostings[FacetValue(facet: .theme, key: "neglect")] == [0, 1])
    }

    /// Words stemming alike add to one term's weight, capped, and each document's sums start
    /// from nothing, though one cache weighs them all in turn.
    @Test func sumsWeightsByTermForEachDocumentAlone() {
        let terms = SearchTermCache()
        let documents = [
            Self.document("Neglect, neglected and neglecting: the neglect.", theme: "neglect"),
            Self.document("Neglecting " + String(repeating: "agency ", count: 45), theme: "neglect"),
            Self.document("The agency neglected it.", theme: "neglect"),
        ]
        let weights = documents.map { document in
            SearchEntry(document, terms: terms).weights.map { "\($0.term) \($0.weight)" }
        }
        #expect(weights == [["neglect 4"], ["neglect 1", "agenc 40"], ["agenc 1", "neglect 1"]])
    }

    /// `serve` patches its index after a save: replacing some documents' entries must give the
    /// index built from the new entries, term by term, filter by filter and result by result.
    @Test func replacingDocumentsGivesTheIndexBuiltFromTheNewEntries() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let terms = SearchTermCache()
            func entries(_ seed: [Int]) -> [SearchEntry] {
                seed.map { words in
                    let text = (0..<words % 7).map { Self.word(($0 * words) % 40) }.joined(separator: " ")
                    return SearchEntry(Self.document(text, theme: words % 3 == 0 ? "neglect" : "escalation"), terms: terms)
                }
            }
            let before = (0..<30).map { _ in Int.random(in: 0..<50, using: &generator) }
            var after = before
            let first = Int.random(in: 0..<25, using: &generator)
            for position in first..<first + 5 where Bool.random(using: &generator) { after[position] = Int.random(in: 0..<50, using: &generator) }
            var patched = SearchIndex(entries(before))
            patched.replace(Array(entries(before)[first..<first + 5]), with: Array(entries(after)[first..<first + 5]), from: first)
            let built = SearchIndex(entries(after))
            #expect(patched.postings == built.postings)
            #expect(patched.facetPostings == built.facetPostings)
            #expect(patched.displays == built.displays)
        }
    }

    /// Every term lies in the shard of its longest listed prefix, and shards split until under the limit.
    @Test func shardsByPrefixSoEachTermIsFoundByItsLongestPrefix() {
        let vocabulary = (0..<3000).map(Self.word)
        let documents = vocabulary.indices.map { Self.document(vocabulary[$0] + " " + vocabulary[($0 + 1) % vocabulary.count], theme: "t") }
        let index = SearchIndex(documents)
        var writer = SearchShardWriter()
        writer.shardLimit = 2_000
        let files = writer.files(index: index, facets: [.theme: [FacetOption(key: "t", label: "T", count: documents.count)]])
        let shards = files.filter { $0.path.hasPrefix("search/index/t-") }
        #expect(shards.count > 26)
        let keys = Set(shards.map { String($0.path.dropFirst("search/index/t-".count).dropLast(3)) })
        for term in index.postings.keys {
            let key = (1...min(term.count, writer.maximumPrefix)).reversed().map { String(term.prefix($0)) }.first(where: keys.contains)
            let shard = shards.first { $0.path == "search/index/t-\(key ?? "").js" }
            guard case .text(let text)? = shard?.contents else {
                Issue.record("no shard for \(term)")
                continue
            }
            #expect(text.contains("\"\(term)\":["))
        }
        for shard in shards {
            guard case .text(let text) = shard.contents else { continue }
            let keyLength = shard.path.count - "search/index/t-".count - ".js".count
            let size = text.utf8.count
            #expect(size < writer.shardLimit + 200 || keyLength == writer.maximumPrefix, "\(shard.path)")
        }
        #expect(files.contains { $0.path == "search/index/manifest.js" })
        #expect(files.filter { $0.path.hasPrefix("search/index/d-") }.count == (documents.count + writer.documentsPerShard - 1) / writer.documentsPerShard)
    }

    @Test func writesTheSameFilesEveryTime() {
        let documents = (0..<50).map { Self.document("review \($0) practitioners visited the family", theme: "t\($0 % 3)") }
        let first = SearchShardWriter().files(index: SearchIndex(documents), facets: [:])
        let second = SearchShardWriter().files(index: SearchIndex(documents), facets: [:])
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map { "\($0.contents)" } == second.map { "\($0.contents)" })
    }
}
