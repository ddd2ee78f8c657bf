import Yams

/// Reads `glossary.yml`: a mapping of term → expansion.
enum GlossaryLoader {
    static func load(_ source: SourceFile, log: inout [Diagnostic]) -> Glossary {
        let file = source.displayPath
        let start = FileLocation(file: file, line: 1, column: 1)
        let root: Node?
        do {
            root = try YAMLParser.parse(source.text, file: file, firstLine: 1)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return Glossary([])
        }
        guard let fields = YAMLFields(root, file: file, firstLine: 1, what: "glossary.yml", at: start, log: &log) else {
            return Glossary([])
        }
        var entries: [Glossary.Entry] = []
        for (keyNode, value) in fields.mapping {
            let location = fields.position(of: keyNode) ?? start
            guard let term = keyNode.scalar?.string, !term.isEmpty, let expansion = value.scalar?.string, !expansion.isEmpty else {
                log.append(.error("each glossary entry must be 'TERM: expansion' (quote terms like \"NO\" or \"A&E\")", at: location))
                continue
            }
            entries.append(Glossary.Entry(term: term, expansion: expansion, location: location))
        }
        return Glossary(entries)
    }
}
