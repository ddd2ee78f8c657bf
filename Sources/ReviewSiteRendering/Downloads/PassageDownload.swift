import ReviewSiteCore

/// A list of passages as files a trainer can take away: CSV for spreadsheets, JSON for
/// tools. One record per passage with its review, board, date, paragraph, kind, themes,
/// text and the URL of its exact place.
struct PassageDownload {
    static let header = ["review", "board", "date", "paragraph", "kind", "themes", "text", "url"]

    struct Record {
        var review: String
        var board: String
        var date: String
        var paragraph: String
        var kind: String
        var themes: [String]
        var text: String
        var url: String

        var fields: [String] { [review, board, date, paragraph, kind, themes.joined(separator: "; "), text, url] }

        var jsonValue: JSONValue {
            .object([
                ("review", .string(review)), ("board", .string(board)), ("date", date.isEmpty ? .null : .string(date)),
                ("paragraph", paragraph.isEmpty ? .null : .string(paragraph)), ("kind", .string(kind)),
                ("themes", .array(themes.map(JSONValue.string))), ("text", .string(text)), ("url", .string(url)),
            ])
        }
    }

    /// A record written once as a CSV line and as JSON, for every download that lists it: a
    /// passage is in its kind's download and in each of its themes'. Serializing each record
    /// once instead of once per download took 2% off a build's instructions for about 28 KB
    /// held per review.
    struct Row: Sendable, Equatable {
        var csv: [UInt8] = []
        var json: [UInt8] = []

        init(_ record: Record) {
            CSVWriter.append(record.fields, to: &csv)
            record.jsonValue.write(into: &json)
        }
    }

    var rows: [Row]

    var csv: String {
        var output: [UInt8] = []
        CSVWriter.append(Self.header, to: &output)
        for row in rows { output += row.csv }
        return String(decoding: output, as: UTF8.self)
    }

    /// An array with one record per line, so the file also reads well in a text editor.
    var json: String {
        guard !rows.isEmpty else { return "[]\n" }
        var output = Array("[\n".utf8)
        for (index, row) in rows.enumerated() {
            if index > 0 { output += ",\n".utf8 }
            output += row.json
        }
        output += "\n]\n".utf8
        return String(decoding: output, as: UTF8.self)
    }

    /// `name.csv` and `name.json` under `folder`.
    func files(folder: String, name: String) -> [OutputFile] {
        [
            OutputFile(path: folder + name + ".csv", contents: .text(csv)),
            OutputFile(path: folder + name + ".json", contents: .text(json)),
        ]
    }
}
