/// One thing search can find, a review as a whole or one tagged passage: the texts indexed
/// for it with their weights, the filter values it carries, and what a result shows.
public struct SearchDocument: Sendable {
    /// Text and the weight of each word found in it: a word in a title counts more than one in a body.
    public var fields: [(text: String, weight: Int)]
    /// Filter values, e.g. `FacetValue(facet: .theme, key: "neglect")`.
    public var facets: [FacetValue]
    /// Written to the document's metadata shard as it is.
    public var display: JSONValue

    public init(fields: [(text: String, weight: Int)], facets: [FacetValue], display: JSONValue) {
        self.fields = fields
        self.facets = facets
        self.display = display
    }
}

/// A filter a reader can narrow results by.
public enum Facet: String, Sendable, CaseIterable {
    case kind, theme, board, year
}

/// One value of a filter, e.g. the theme `neglect` or the year `2020`.
public struct FacetValue: Sendable, Hashable {
    public var facet: Facet
    public var key: String

    public init(facet: Facet, key: String) {
        self.facet = facet
        self.key = key
    }
}

/// An option a reader picks from in a filter, with how many documents carry it.
public struct FacetOption: Sendable, Equatable, Encodable {
    public var key: String
    public var label: String
    public var count: Int

    public init(key: String, label: String, count: Int) {
        self.key = key
        self.label = label
        self.count = count
    }
}
