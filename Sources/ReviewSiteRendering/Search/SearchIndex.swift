import ReviewSiteCore

/// The inverted index over search documents: for each term, the documents holding it with
/// a weight, and for each filter value, the documents carrying it; and what each document
/// shows as a result. Doc ids are positions in the document list, so postings come out sorted.
public struct SearchIndex: Sendable {
    public struct Posting: Sendable, Equatable {
        public var document: Int
        public var weight: Int
    }

    /// Caps a document's weight for one term, so a word repeated through a long review does not swamp a short passage.
    public static let maximumWeight = 40

    public var documentCount: Int { displays.count }
    public private(set) var postings: [String: [Posting]] = [:]
    public private(set) var facetPostings: [FacetValue: [Int]] = [:]
    /// Each document's result, as its metadata shard holds it.
    public private(set) var displays: [JSONValue] = []

    public init(_ documents: [SearchDocument]) {
        self.init(concurrentMap(documents.count) { SearchEntry(documents[$0]) })
    }

    public init(_ entries: [SearchEntry]) {
        for (document, entry) in entries.enumerated() {
            for (term, weight) in entry.weights {
                postings[term, default: []].append(Posting(document: document, weight: weight))
            }
            for value in Set(entry.facets) {
                facetPostings[value, default: []].append(document)
            }
            displays.append(entry.display)
        }
    }

    /// Each index term's weight: the weights of the fields it occurs in, once per occurrence, capped.
    static func termWeights(_ document: SearchDocument) -> [String: Int] {
        var tally = WordTally()
        for field in document.fields {
            SearchTokenizer.forEachWordBytes(in: field.text) { tally.add($0, weight: field.weight) }
        }
        var weights: [String: Int] = [:]
        tally.forEach { word, weight in
            guard let term = SearchTokenizer.indexTerm(word) else { return }
            weights[term] = min(maximumWeight, weights[term, default: 0] + weight)
        }
        return weights
    }
}

/// A search document reduced to what the index keeps of it, so a build can index each review
/// as it renders it and drop the review's text.
public struct SearchEntry: Sendable, Equatable {
    public var weights: [String: Int]
    public var facets: [FacetValue]
    public var display: JSONValue

    public init(_ document: SearchDocument) {
        weights = SearchIndex.termWeights(document)
        facets = document.facets
        display = document.display
    }
}
