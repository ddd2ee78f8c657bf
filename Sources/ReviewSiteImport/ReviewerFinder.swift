/// Finds the reviewer's name, either from a labelled line ("Independent Reviewer:
/// Kevin Ball") or from a sentence naming them ("Safron Rose … was the
/// independent reviewer and lead author").
enum ReviewerFinder {
    private static let roles = ["reviewer", "author"]
    private static let phrases = [
        " was the independent reviewer", " was the lead reviewer", " was the independent author",
        " was the lead author", " was the reviewer", " was the author",
    ]

    static func reviewer(in lines: [String]) -> String? {
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let label = line[..<colon].lowercased()
            guard label.count <= 50, roles.contains(where: label.contains) else { continue }
            if let name = name(line[line.index(after: colon)...]) { return name }
        }
        return nil
    }

    static func reviewer(inProse text: String) -> String? {
        let lowered = text.lowercased()
        for phrase in phrases {
            guard let range = lowered.range(of: phrase) else { continue }
            let offset = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
            let before = text.prefix(offset)
            let sentenceStart = before.lastIndex(where: { ".\n".contains($0) }).map { before.index(after: $0) } ?? before.startIndex
            var sentence = before[sentenceStart...].trimmingCharacters(in: .whitespaces)
            if let number = NumberPrefix.parse(sentence) { sentence = number.rest }
            let words = sentence.split(separator: " ").prefix { $0.first?.isUppercase == true }
            if let name = name(words.prefix(4).joined(separator: " ")) { return name }
        }
        for marker in ["reviewer and author is ", "reviewer is ", "author is "] {
            guard let range = lowered.range(of: marker) else { continue }
            let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
            let words = text.dropFirst(offset).split(separator: " ").prefix { $0.first?.isUppercase == true }
            if let name = name(words.prefix(4).joined(separator: " ")) { return name }
        }
        return nil
    }

    /// Two to four capitalised words, as a person's name is written.
    private static func name<S: StringProtocol>(_ text: S) -> String? {
        let words = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;")).split(separator: " ")
        guard (2...4).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { $0.isLetter || "-'’".contains($0) } }) else { return nil }
        return words.joined(separator: " ")
    }
}

import Foundation
