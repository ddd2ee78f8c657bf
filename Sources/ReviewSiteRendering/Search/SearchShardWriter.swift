import ReviewSiteCore

/// Writes a search index as small script files that hand their data to the search page
/// (`ReviewSiteSearch.receive(name, data)`), so a query loads only the parts it needs: the
/// manifest, the term shards its words fall in, the filters it uses and the metadata of the
/// results it shows. Script files, not JSON, because browsers refuse to fetch JSON from a
/// site opened as a folder but still run its scripts.
public struct SearchShardWriter: Sendable {
    public static let folder = "search/index/"
    /// Bytes of JSON a term shard may hold before it splits by a longer prefix.
    public var shardLimit = 12_000
    /// Prefixes stop growing here; a shard may then exceed the limit.
    public var maximumPrefix = 4
    public var documentsPerShard = 8

    public init() {}

    /// The index's files; with a `cache`, files and term entries whose data it holds are not made again.
    func files(index: SearchIndex, facets: [Facet: [FacetOption]], cache: SearchShardCache? = nil) -> [OutputFile] {
        let terms = index.postings.sorted
        let entries = concurrentMap(terms.count) { position in
            let (term, postings) = terms[position]
            let make = { JSONValue.string(term).text + ":" + Self.postingsJSON(postings) }
            return (term: term, json: cache?.terms.text(term, from: postings, make: make) ?? make())
        }
        let shards = split(entries[...], prefix: "")
        var files = shards.map { key, members in
            script("t-\(key)", "{" + members.map(\.json).joined(separator: ",") + "}")
        }
        for facet in Facet.allCases {
            for (number, option) in (facets[facet] ?? []).enumerated() {
                let ids = index.facetPostings[FacetValue(facet: facet, key: option.key)] ?? []
                files.append(script("f-\(facet.rawValue)-\(number)", cache?.filters, from: ids) { JSONValue.array(Self.deltas(ids).map(JSONValue.int)).text })
            }
        }
        let displays = index.displays
        files += concurrentMap((displays.count + documentsPerShard - 1) / documentsPerShard) { shard in
            let slice = Array(displays[shard * documentsPerShard..<min((shard + 1) * documentsPerShard, displays.count)])
            return script("d-\(shard)", cache?.results, from: slice) { Self.array(slice) }
        }
        files.append(script("manifest", manifest(documents: displays.count, shardKeys: shards.map(\.key), facets: facets).text))
        return files
    }

    func manifest(documents: Int, shardKeys: [String], facets: [Facet: [FacetOption]]) -> JSONValue {
        .object([
            ("documents", .int(documents)),
            ("documentsPerShard", .int(documentsPerShard)),
            ("maximumPrefix", .int(maximumPrefix)),
            ("stopWords", .array(SearchTokenizer.stopWords.sorted().map(JSONValue.string))),
            ("shards", .array(shardKeys.map(JSONValue.string))),
            ("facets", .object(Facet.allCases.map { facet in
                (facet.rawValue, .array((facets[facet] ?? []).map { .array([.string($0.key), .string($0.label), .int($0.count)]) }))
            })),
        ])
    }

    /// Groups sorted terms by prefix, lengthening the prefix of any group over the limit.
    /// Terms no longer than a split prefix stay in a shard named by that prefix.
    func split(_ entries: ArraySlice<(term: String, json: String)>, prefix: String) -> [(key: String, members: [(term: String, json: String)])] {
        let size = entries.reduce(0) { $0 + $1.json.utf8.count + 1 }
        if !prefix.isEmpty && (size <= shardLimit || prefix.count >= maximumPrefix) {
            return [(prefix, Array(entries))]
        }
        var result: [(key: String, members: [(term: String, json: String)])] = []
        let depth = prefix.count
        let exact = entries.filter { $0.term.count == depth }
        if !exact.isEmpty { result.append((prefix, Array(exact))) }
        var rest = entries.filter { $0.term.count > depth }[...]
        while let first = rest.first {
            let childPrefix = String(first.term.prefix(depth + 1))
            let end = rest.firstIndex { !$0.term.hasPrefix(childPrefix) } ?? rest.endIndex
            result.append(contentsOf: split(rest[rest.startIndex..<end], prefix: childPrefix))
            rest = rest[end...]
        }
        return result
    }

    func script(_ name: String, _ json: String) -> OutputFile {
        Self.file(name, Self.receiving(name, json))
    }

    /// The script file `name` with the JSON `json` makes, unless `shelf` holds it made from `source`.
    func script<Source>(_ name: String, _ shelf: SearchShardCache.Shelf<Source>?, from source: Source, json: () -> String) -> OutputFile {
        func make() -> String { Self.receiving(name, json()) }
        return Self.file(name, shelf?.text(name, from: source, make: make) ?? make())
    }

    private static func file(_ name: String, _ text: String) -> OutputFile {
        OutputFile(path: folder + name + ".js", contents: .text(text))
    }

    /// A script handing `json` to the search page under `name`.
    private static func receiving(_ name: String, _ json: String) -> String {
        "ReviewSiteSearch.receive(\"\(name)\"," + json + ");\n"
    }

    /// `[gap, weight, gap, weight, …]`: each document id as the gap from the one before.
    static func postingsJSON(_ postings: [SearchIndex.Posting]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(postings.count * 6 + 2)
        var previous: Int32 = 0
        for posting in postings {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            JSONValue.writeInt(Int(posting.document - previous), into: &bytes)
            bytes.append(UInt8(ascii: ","))
            JSONValue.writeInt(Int(posting.weight), into: &bytes)
            previous = posting.document
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON array of elements already written as JSON.
    static func array(_ elements: [[UInt8]]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(elements.reduce(2) { $0 + $1.count + 1 })
        for (position, element) in elements.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += element
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    static func deltas(_ ids: [Int]) -> [Int] {
        var previous = 0
        return ids.map { id in
            defer { previous = id }
            return id - previous
        }
    }
}
