import ReviewSiteCore

/// The inverted index over search documents: for each term, the documents holding it with
/// a weight, and for each filter value, the documents carrying it. Doc ids are positions
/// in the document list, so postings come out sorted.
public struct SearchIndex: Sendable {
    public struct Posting: Sendable, Equatable {
        public var document: Int
        public var weight: Int
    }

    /// Caps a document's weight for one term, so a word repeated through a long review does not swamp a short passage.
    public static let maximumWeight = 40

    public let documentCount: Int
    public private(set) var postings: [String: [Posting]] = [:]
    public private(set) var facetPostings: [FacetValue: [Int]] = [:]

    public init(_ documents: [SearchDocument]) {
        documentCount = documents.count
        let termWeights = concurrentMap(documents.count) { Self.termWeights(documents[$0]) }
        for (document, weights) in termWeights.enumerated() {
            for (term, weight) in weights {
                postings[term, default: []].append(Posting(document: document, weight: weight))
            }
            for value in Set(documents[document].facets) {
                facetPostings[value, default: []].append(document)
            }
        }
    }

    static func termWeights(_ document: SearchDocument) -> [String: Int] {
        var weights: [String: Int] = [:]
        var terms: [String: String?] = [:]
        for field in document.fields {
            for word in SearchTokenizer.words(field.text) {
                let found = terms[word]
                let term = found ?? SearchTokenizer.indexTerm(word)
                if found == nil { terms[word] = .some(term) }
                guard let term else { continue }
                weights[term] = min(maximumWeight, weights[term, default: 0] + field.weight)
            }
        }
        return weights
    }
}
