/// The three kinds of tagged passage, by their marker.
public enum PassageKind: String, Sendable, CaseIterable, Hashable {
    case learning = "LEARNING"
    case recommendation = "RECOMMENDATION"
    case goodPractice = "GOOD-PRACTICE"

    /// Human label: "Learning point", "Recommendation", "Good practice".
    public var label: String {
        switch self {
        case .learning: "Learning point"
        case .recommendation: "Recommendation"
        case .goodPractice: "Good practice"
        }
    }

    public var pluralLabel: String {
        switch self {
        case .learning: "Learning points"
        case .recommendation: "Recommendations"
        case .goodPractice: "Good practice"
        }
    }

    /// Prefix of automatic anchors and CSS classes: `learning`, `recommendation`, `good-practice`.
    public var slug: String { rawValue.lowercased() }
}
