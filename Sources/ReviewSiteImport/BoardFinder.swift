/// Finds the safeguarding board or partnership a review was written for: a place
/// name followed by "Safeguarding (Children) Board/Partnership", never a plural
/// or generic mention such as "Local Safeguarding Children Boards".
enum BoardFinder {
    private static let middle: Set<String> = ["children", "children's", "children’s", "childrens", "adults", "and"]
    private static let ends: Set<String> = ["board", "partnership"]
    private static let generic: Set<String> = [
        "local", "the", "this", "that", "a", "an", "in", "by", "for", "independent", "chair", "children's", "children’s", "children",
    ]

    static func board(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        for index in words.indices where clean(words[index]) == "Safeguarding" {
            guard let end = coreEnd(words, from: index) else { continue }
            let prefix = placePrefix(words, before: index)
            guard prefix.contains(where: { !generic.contains($0.lowercased()) }) else { continue }
            return (prefix + words[index...end].map(clean)).joined(separator: " ")
        }
        return nil
    }

    private static func coreEnd(_ words: [String], from index: Int) -> Int? {
        var next = index + 1
        while next < words.count, next <= index + 3 {
            let word = clean(words[next])
            if ends.contains(word.lowercased()) { return word.first?.isUppercase == true ? next : nil }
            guard middle.contains(word.lowercased()), !endsClause(words[next]) else { return nil }
            next += 1
        }
        return nil
    }

    /// Capitalised words right before "Safeguarding", without leading generic words.
    private static func placePrefix(_ words: [String], before index: Int) -> [String] {
        var prefix: [String] = []
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 5 {
            let raw = words[cursor]
            let word = clean(raw)
            guard !endsClause(raw), word.first?.isUppercase == true || word == "&" else { break }
            prefix.insert(word, at: 0)
            cursor -= 1
        }
        while let first = prefix.first, generic.contains(first.lowercased()) || first == "&" {
            prefix.removeFirst()
        }
        return prefix
    }

    private static func endsClause(_ word: String) -> Bool {
        guard let last = word.last else { return false }
        return ".,;:)".contains(last)
    }

    static func clean(_ word: String) -> String {
        word.trimmingCharacters(in: CharacterSet(charactersIn: "().,;:‘’“”\"'"))
    }
}

import Foundation
