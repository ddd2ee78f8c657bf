/// Reads the dates reviews print ("3 July 2020", "3rd July 2020", "03/07/2020")
/// as ISO dates; day-first, as in English usage.
enum DateParser {
    private static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    static func iso(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if words.count >= 3, let day = day(words[0]), let month = month(words[1]), let year = year(words[2]) {
            return format(year, month, day)
        }
        if words.count >= 3, let month = month(words[0]), let day = day(words[1]), let year = year(words[2]) {
            return format(year, month, day)
        }
        let parts = (words.first ?? "").split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        if parts.count == 3, let day = day(parts[0]), let month = Int(parts[1]), (1...12).contains(month), let year = year(parts[2]) {
            return format(year, month, day)
        }
        return nil
    }

    private static func day(_ word: String) -> Int? {
        let digits = word.prefix(while: \.isASCIIDigit)
        let suffix = word.dropFirst(digits.count).lowercased()
        guard ["", "st", "nd", "rd", "th"].contains(suffix), let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    private static func month(_ word: String) -> Int? {
        let lowered = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        guard lowered.count >= 3 else { return nil }
        return months.firstIndex { $0 == lowered || $0.hasPrefix(lowered) && lowered.count == 3 }.map { $0 + 1 }
    }

    private static func year(_ word: String) -> Int? {
        let digits = word.prefix(while: \.isASCIIDigit)
        guard digits.count == 4, let value = Int(digits), (1900...2100).contains(value) else { return nil }
        return value
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}

import Foundation
