/// Abbreviations and their expansions, marked up wherever they appear in reviews.
public struct Glossary: Sendable {
    public struct Entry: Sendable, Hashable {
        public var term: String
        public var expansion: String
        public var location: FileLocation

        public init(term: String, expansion: String, location: FileLocation) {
            self.term = term
            self.expansion = expansion
            self.location = location
        }
    }

    /// Sorted by term, case-insensitively.
    public let entries: [Entry]
    private let expansionByTerm: [String: String]

    public init(_ entries: [Entry]) {
        self.entries = entries.sorted { ($0.term.lowercased(), $0.term) < ($1.term.lowercased(), $1.term) }
        self.expansionByTerm = Dictionary(entries.map { ($0.term, $0.expansion) }, uniquingKeysWith: { first, _ in first })
    }

    public func expansion(of term: String) -> String? { expansionByTerm[term] }

    public var isEmpty: Bool { entries.isEmpty }
}
