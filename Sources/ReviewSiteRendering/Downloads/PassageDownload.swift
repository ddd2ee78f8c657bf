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
    /// passage is in its kind's download and in each of its themes'.
    struct Row: Sendable, Equatable {
        var csv: [UInt8] = []
        var json: [UInt8] = []

        init(_ record: Record) {
            CSVWriter.append(record.fields, to: &csv)
            record.jsonValue.write(into: &json)
        }
    }

    /// A passage of the download: a row `serve` keeps, or a record a build writes once.
    enum Entry {
        case row(Row)
        case record(Record)
    }

    var entries: [Entry]

    var csv: String {
        var output: [UInt8] = []
        CSVWriter.append(Self.header, to: &output)
        for entry in entries {
            switch entry {
            case .row(let row): output += row.csv
            case .record(let record): CSVWriter.append(record.fields, to: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// An array with one record per line, so the file also reads well in a text editor.
    var json: String {
        guard !entries.isEmpty else { return "[]\n" }
        var output = Array("[\n".utf8)
        for (index, entry) in entries.enumerated() {
            if index > 0 { output += ",\n".utf8 }
            switch entry {
            case .row(let row): output += row.json
            case .record(let record): record.jsonValue.write(into: &output)
            }
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
