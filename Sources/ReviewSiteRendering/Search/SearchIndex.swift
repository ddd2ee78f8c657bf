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

    /// Each index term's weight: the weights of the fields it occurs in, once per occurrence, capped.
    static func termWeights(_ document: SearchDocument) -> [String: Int] {
        var slots: [String: Int] = [:]
        var wordWeights: [Int] = []
        for field in document.fields {
            SearchTokenizer.forEachWord(in: field.text) { word in
                if let slot = slots[word] {
                    wordWeights[slot] += field.weight
                } else {
                    slots[word] = wordWeights.count
                    wordWeights.append(field.weight)
                }
            }
        }
        var weights: [String: Int] = [:]
        for (word, slot) in slots {
            guard let term = SearchTokenizer.indexTerm(word) else { continue }
            weights[term] = min(maximumWeight, weights[term, default: 0] + wordWeights[slot])
        }
        return weights
    }
}
