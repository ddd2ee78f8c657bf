/// The phrases reviews use to flag their own learning, recommendations and good
/// practice, as labels, trailing notes or section titles.
extension PassageDetector {
    private static let endings: [String: PassageKind] = [
        "learning point": .learning, "learning points": .learning, "learning": .learning,
        "learning point and recommendation": .learning, "learning points and recommendations": .learning,
        "recommendation": .recommendation, "recommendations": .recommendation,
        "good practice": .goodPractice,
    ]
    private static let openings: [(String, PassageKind)] = [
        ("learning point", .learning), ("learning points", .learning), ("key learning", .learning),
        ("lesson learned", .learning), ("recommendation", .recommendation), ("good practice", .goodPractice),
    ]
    private static let headers: [(String, PassageKind)] = [
        ("key lessons learned", .learning), ("key lessons learnt", .learning), ("lessons learned", .learning),
        ("lessons learnt", .learning), ("summary of learning", .learning), ("key learning", .learning),
        ("areas of learning", .learning), ("learning points", .learning), ("key messages", .learning),
        ("recommendation", .recommendation), ("good practice", .goodPractice),
    ]

    /// A paragraph opening with "Learning point:" (or similar).
    static func opensWithMarker(_ text: String) -> Bool {
        openingKind(text) != nil
    }

    /// The kind a paragraph marks itself as, by its label or its trailing note.
    static func explicitKind(_ text: String) -> PassageKind? {
        openingKind(text) ?? endingKind(text)
    }

    /// The kind of passages a section or list introduced by this title holds.
    static func headerKind(_ text: String) -> PassageKind? {
        let lowered = text.lowercased()
        return headers.first { lowered.contains($0.0) }?.1
    }

    /// "KLP 3" or "Key Learning Point 3".
    static func isKeyLearningPoint(_ text: String) -> Bool {
        let lowered = text.lowercased()
        for prefix in ["klp", "key learning point"] where lowered.hasPrefix(prefix) {
            return lowered.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces).first?.isASCIIDigit == true
        }
        return false
    }

    private static func openingKind(_ text: String) -> PassageKind? {
        let lowered = text.lowercased().filter { $0 != "*" && $0 != "_" }
        guard let colon = lowered.firstIndex(of: ":"), lowered.distance(from: lowered.startIndex, to: colon) <= 22 else { return nil }
        let label = lowered[..<colon].trimmingCharacters(in: .whitespaces)
        return openings.first { label == $0.0 || label == $0.0 + "s" }?.1
    }

    private static func endingKind(_ text: String) -> PassageKind? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).filter { $0 != "*" && $0 != "_" }
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let note = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        return endings[note.trimmingCharacters(in: .whitespaces).lowercased()]
    }
}

import Foundation
