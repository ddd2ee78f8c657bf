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

        var json: JSONValue {
            .object([
                ("review", .string(review)), ("board", .string(board)), ("date", date.isEmpty ? .null : .string(date)),
                ("paragraph", paragraph.isEmpty ? .null : .string(paragraph)), ("kind", .string(kind)),
                ("themes", .array(themes.map(JSONValue.string))), ("text", .string(text)), ("url", .string(url)),
            ])
        }
    }

    var records: [Record]

    var csv: String { CSVWriter.document(header: Self.header, rows: records.map(\.fields)) }

    /// An array with one record per line, so the file also reads well in a text editor.
    var json: String {
        guard !records.isEmpty else { return "[]\n" }
        var output = Array("[\n".utf8)
        for (index, record) in records.enumerated() {
            if index > 0 { output += ",\n".utf8 }
            record.json.write(into: &output)
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
