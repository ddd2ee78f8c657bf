
/// Reads `glossary.yml`: a mapping of term → expansion.
enum GlossaryLoader {
    static func load(_ source: SourceFile, log: inout [Diagnostic]) -> Glossary {
        let start = FileLocation(file: source.displayPath, line: 1, column: 1)
        guard let fields = YAMLFields.file(source, log: &log) else { return Glossary([]) }
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
