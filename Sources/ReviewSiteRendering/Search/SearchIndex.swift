import Foundation
import ReviewSiteCore

/// The inverted index over search documents: for each term, the documents holding it with
/// a weight, and for each filter value, the documents carrying it; and what each document
/// shows as a result. Doc ids are positions in the document list; postings are sorted by them.
public struct SearchIndex: Sendable {
    /// Stored as 32-bit numbers: a large site holds tens of millions of postings.
    public struct Posting: Sendable, Equatable {
        public var document: Int32
        public var weight: Int32
    }

    /// Caps a document's weight for one term, so a word repeated through a long review does not swamp a short passage.
    public static let maximumWeight = 40

    public var documentCount: Int { displays.count }
    public private(set) var postings = TermPostings()
    public private(set) var facetPostings: [FacetValue: [Int]] = [:]
    /// Each document's result as JSON, as its results shard holds it.
    public private(set) var displays: [[UInt8]] = []

    public init(_ documents: [SearchDocument]) {
        let caches = SearchTermCaches()
        self.init(concurrentMap(documents.count) { index in caches.withCache { SearchEntry(documents[index], terms: $0) } })
    }

    public init(_ entries: [SearchEntry]) {
        self.init(documentCount: entries.count)
        add(entries, from: 0)
    }

    /// An index of `documentCount` documents still to be added, in any order, with `add`.
    init(documentCount: Int) {
        displays = Array(repeating: Array("null".utf8), count: documentCount)
    }

    /// Adds consecutive documents starting at id `first`; sorts postings only if they arrive out of order.
    mutating func add(_ entries: [SearchEntry], from first: Int) {
        for (offset, entry) in entries.enumerated() {
            let document = first + offset
            for item in entry.weights {
                postings.update(item.term, hash: item.termHash) { $0.append(Posting(document: Int32(document), weight: Int32(item.weight))) }
            }
            for value in Set(entry.facets) {
                facetPostings[value, default: []].append(document)
            }
            displays[document] = entry.display
        }
    }

    /// Gives consecutive documents starting at id `first` the entries `new` in place of `old`,
    /// which they had: the index becomes the one built from the new entries, at the cost of the
    /// terms, filters and results that differ. `serve` patches its index this way after a save.
    mutating func replace(_ old: [SearchEntry], with new: [SearchEntry], from first: Int) {
        precondition(old.count == new.count, "a patch keeps the number of documents")
        for (offset, (before, after)) in zip(old, new).enumerated() where before != after {
            let document = Int32(first + offset)
            let (beforeWeights, afterWeights) = (before.weightsByTerm, after.weightsByTerm)
            for term in beforeWeights.keys where afterWeights[term] == nil {
                postings.update(term, hash: FNV1a.hash(term.utf8)) { Self.remove(document, from: &$0, at: \.document) }
            }
            for (term, weight) in afterWeights where beforeWeights[term] != weight {
                postings.update(term, hash: FNV1a.hash(term.utf8)) { Self.put(Posting(document: document, weight: Int32(weight)), into: &$0, at: \.document) }
            }
            let (beforeFacets, afterFacets) = (Set(before.facets), Set(after.facets))
            for value in beforeFacets.subtracting(afterFacets) {
                Self.remove(Int(document), from: &facetPostings[value, default: []], at: { $0 })
                if facetPostings[value]?.isEmpty == true { facetPostings[value] = nil }
            }
            for value in afterFacets.subtracting(beforeFacets) {
                Self.put(Int(document), into: &facetPostings[value, default: []], at: { $0 })
            }
            displays[Int(document)] = after.display
        }
    }

    /// Puts `element` in its place in the sorted `list`, replacing the one with its id.
    private static func put<Element, ID: Comparable>(_ element: Element, into list: inout [Element], at id: (Element) -> ID) {
        let position = list.partitioningIndex { id($0) >= id(element) }
        if position < list.count && id(list[position]) == id(element) {
            list[position] = element
        } else {
            list.insert(element, at: position)
        }
    }

    /// Removes `document` from the sorted `list`.
    private static func remove<Element, ID: Comparable>(_ document: ID, from list: inout [Element], at id: (Element) -> ID) {
        let position = list.partitioningIndex { id($0) >= document }
        if position < list.count && id(list[position]) == document { list.remove(at: position) }
    }

    /// Puts postings back in document order after documents were added out of order.
    mutating func sortPostings() {
        postings.updateEach { list in
            if !list.isSorted(by: \.document) { list.sort { $0.document < $1.document } }
        }
        for value in facetPostings.keys where !facetPostings[value]!.isSorted(by: \.self) {
            facetPostings[value]!.sort()
        }
    }

    /// Each index term's weight: the weights of the fields it occurs in, once per occurrence, capped.
    static func termWeights(_ document: SearchDocument, terms: SearchTermCache) -> [SearchEntry.TermWeight] {
        var tally = WordTally(textLength: document.fields.reduce(0) { $0 + $1.text.utf8.count })
        for field in document.fields {
            tally.weight = field.weight
            SearchTokenizer.scan(field.text, into: &tally)
        }
        // Weights are positive, so capping the sums is capping as they add up.
        return terms.weights(of: tally, cap: maximumWeight)
    }
}

/// Builds one search index from reviews indexed on several threads at once.
final class SearchIndexBuilder: @unchecked Sendable {
    private let lock = NSLock()
    private var index: SearchIndex

    init(documentCount: Int) {
        index = SearchIndex(documentCount: documentCount)
    }

    func add(_ entries: [SearchEntry], from first: Int) {
        lock.withLock { index.add(entries, from: first) }
    }

    func finish() -> SearchIndex {
        lock.withLock {
            index.sortPostings()
            return index
        }
    }
}

private extension Array {
    func isSorted<Key: Comparable>(by key: (Element) -> Key) -> Bool {
        zip(self, dropFirst()).allSatisfy { key($0) <= key($1) }
    }

    /// The first position whose element satisfies `belongs`, which holds for a suffix of the array.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// A search document reduced to what the index keeps of it, so a build can index each review
/// as it renders it and drop the review's text.
public struct SearchEntry: Sendable, Equatable {
    /// An index term of the document and its weight there.
    public struct TermWeight: Sendable, Equatable {
        public var term: String
        /// The term's FNV-1a hash, made once by the cache that weighed it, which the index finds the term by.
        public var termHash: UInt64
        public var weight: Int
    }

    /// Each term once, in the order first met.
    public var weights: [TermWeight]
    public var facets: [FacetValue]
    /// The document's result as JSON, written once: bytes, compared as they are written.
    public var display: [UInt8]

    init(_ document: SearchDocument, terms: SearchTermCache) {
        weights = SearchIndex.termWeights(document, terms: terms)
        facets = document.facets
        display = []
        document.display.write(into: &display)
    }

    var weightsByTerm: [String: Int] {
        Dictionary(uniqueKeysWithValues: weights.map { ($0.term, $0.weight) })
    }
}
