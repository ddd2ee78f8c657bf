/// Reads what the review states about itself — the child's name, the kind of
/// review, the board, the reviewer, the publication date — from the title page
/// first and the opening of the text second. It never guesses a value.
struct FrontMatterExtractor: Sendable {
    private static let kinds = [
        "Local Child Safeguarding Practice Review", "Child Safeguarding Practice Review", "Serious Case Review",
        "Safeguarding Adults Review", "Domestic Homicide Review", "Multi-Agency Learning Review", "Learning Review",
    ]

    func extract(titlePage: [SourceLine], body: [String], sourceName: String) -> FrontMatter {
        let titleLines = titlePage.map(\.text).filter { !$0.isEmpty }
        let opening = body.prefix(400).joined(separator: "\n")
        let all = body.joined(separator: "\n")
        let title = childName(titleLines, body: all) ?? titleLines.first ?? Self.baseName(sourceName)
        return FrontMatter(
            title: title,
            kind: kind(titleLines.joined(separator: "\n")) ?? kind(opening),
            board: BoardFinder.board(in: titleLines.joined(separator: "\n")) ?? BoardFinder.board(in: all),
            published: published(titleLines + body.prefix(200)),
            reviewer: ReviewerFinder.reviewer(in: titleLines + body.prefix(200)) ?? ReviewerFinder.reviewer(inProse: all)
        )
    }

    /// The earliest-mentioned kind of review, in its usual capitalisation.
    private func kind(_ text: String) -> String? {
        let lowered = text.lowercased()
        var best: (position: String.Index, kind: String)?
        for kind in Self.kinds {
            guard let range = lowered.range(of: kind.lowercased()) else { continue }
            if best == nil || range.lowerBound < best!.position { best = (range.lowerBound, kind) }
        }
        return best?.kind
    }

    /// "Child J", "CHILD: RS", "‘Miles’", or the most mentioned "Child X" code.
    private func childName(_ titleLines: [String], body: String) -> String? {
        for line in titleLines {
            if let code = childCode(line.replacingOccurrences(of: ":", with: " ")), line.split(separator: " ").count <= 3 {
                return "Child " + code
            }
            let unquoted = line.trimmingCharacters(in: CharacterSet(charactersIn: "‘’'\"“” "))
            if unquoted.count < line.count, !unquoted.contains(" "), unquoted.first?.isUppercase == true {
                return unquoted
            }
        }
        var counts: [String: Int] = [:]
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" })
        for (index, word) in words.enumerated().dropLast() where word.lowercased() == "child" {
            let code = words[index + 1].trimmingCharacters(in: .punctuationCharacters)
            if isCode(code) { counts[code, default: 0] += 1 }
        }
        if let (code, count) = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }), count >= 3 {
            return "Child " + code
        }
        return knownAs(body)
    }

    private func childCode(_ line: String) -> String? {
        let words = line.split(separator: " ").map(String.init)
        guard words.count == 2, words[0].lowercased() == "child", isCode(words[1]) else { return nil }
        return words[1]
    }

    private func isCode(_ word: String) -> Bool {
        (1...3).contains(word.count) && word.first?.isUppercase == true
            && word.allSatisfy { ($0.isLetter && $0.isUppercase) || $0.isASCIIDigit }
    }

    /// "…will be known as Miles."
    private func knownAs(_ body: String) -> String? {
        guard let range = body.range(of: "known as ") else { return nil }
        let name = body[range.upperBound...].prefix { $0.isLetter || "‘’'".contains($0) }
            .trimmingCharacters(in: CharacterSet(charactersIn: "‘’'"))
        return name.first?.isUppercase == true ? name : nil
    }

    /// Only an explicitly labelled publication date.
    private func published(_ lines: [String]) -> String? {
        for line in lines {
            let lowered = line.lowercased()
            for label in ["publication date", "date of publication", "date published", "published"] {
                guard lowered.hasPrefix(label), let colon = line.firstIndex(of: ":") else { continue }
                if let date = DateParser.iso(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)) {
                    return date
                }
            }
        }
        return nil
    }

    private static func baseName(_ sourceName: String) -> String {
        let name = sourceName.split(separator: "/").last.map(String.init) ?? sourceName
        return name.split(separator: ".").first.map(String.init) ?? name
    }
}

import Foundation
