import Foundation
import Yams

/// Reads typed fields from a YAML mapping, reporting a missing required field, a wrong type
/// or an unknown key at its exact position.
struct YAMLFields {
    let file: String
    let firstLine: Int
    let mapping: Node.Mapping
    let location: FileLocation
    private(set) var diagnostics: [Diagnostic] = []

    /// `what` names the thing being read in messages, e.g. "front matter" or "theme 'neglect'".
    init?(_ node: Node?, file: String, firstLine: Int, what: String, at location: FileLocation, log: inout [Diagnostic]) {
        self.file = file
        self.firstLine = firstLine
        self.location = location
        guard let node else {
            self.mapping = Node.Mapping([])
            return
        }
        guard let mapping = node.mapping else {
            let at = node.mark.map { FileLocation(file: file, line: firstLine + $0.line - 1, column: $0.column) } ?? location
            log.append(.error("\(what) must be a set of 'key: value' fields", at: at))
            return nil
        }
        self.mapping = mapping
    }

    func position(of node: Node) -> FileLocation? {
        node.mark.map { FileLocation(file: file, line: firstLine + $0.line - 1, column: $0.column) }
    }

    func keyLocation(_ key: String) -> FileLocation {
        for (keyNode, _) in mapping where keyNode.string == key { return position(of: keyNode) ?? location }
        return location
    }

    func node(_ key: String) -> Node? {
        mapping.first { $0.key.string == key }?.value
    }

    mutating func warnUnknownKeys(allowed: Set<String>, what: String) {
        for (keyNode, _) in mapping {
            let key = keyNode.string ?? "?"
            if !allowed.contains(key) {
                let hint = Suggestion.hint(for: key, in: allowed.sorted())
                diagnostics.append(.warning("unknown key '\(key)' in \(what) is ignored.\(hint)", at: position(of: keyNode) ?? location))
            }
        }
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key), !isNull(value) else {
            if required { diagnostics.append(.error("missing required field '\(key)'; add '\(key): ...'", at: location)) }
            return nil
        }
        guard let scalar = value.scalar else {
            diagnostics.append(.error("'\(key)' must be text, not a \(typeName(value))", at: position(of: value) ?? location))
            return nil
        }
        let text = scalar.string.trimming(\.isSpaceOrNewline)
        if required && text.isEmpty {
            diagnostics.append(.error("'\(key)' must not be empty", at: position(of: value) ?? location))
            return nil
        }
        return text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key), !isNull(value) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true"?: return true
        case "false"?: return false
        default:
            diagnostics.append(.error("'\(key)' must be true or false", at: position(of: value) ?? location))
            return nil
        }
    }

    mutating func int(_ key: String) -> Int? {
        guard let value = node(key), !isNull(value) else { return nil }
        guard let text = value.scalar?.string, let number = Int(text), number > 0 else {
            diagnostics.append(.error("'\(key)' must be a whole number above zero", at: position(of: value) ?? location))
            return nil
        }
        return number
    }

    mutating func date(_ key: String) -> ReviewDate? {
        guard let value = node(key), !isNull(value) else { return nil }
        guard let text = value.scalar?.string, let date = ReviewDate(iso: text) else {
            let shown = value.scalar?.string ?? typeName(value)
            diagnostics.append(.error("'\(key)' must be a real date written YYYY-MM-DD (e.g. 2020-07-03), not '\(shown)'", at: position(of: value) ?? location))
            return nil
        }
        return date
    }

    /// A list of text items; a single text value is taken as a list of one.
    mutating func strings(_ key: String) -> [(String, FileLocation)] {
        guard let value = node(key), !isNull(value) else { return [] }
        if let scalar = value.scalar {
            return [(scalar.string, position(of: value) ?? location)]
        }
        guard let sequence = value.sequence else {
            diagnostics.append(.error("'\(key)' must be a list, e.g. \(key): [a, b]", at: position(of: value) ?? location))
            return []
        }
        var items: [(String, FileLocation)] = []
        for item in sequence {
            guard let scalar = item.scalar, !isNull(item) else {
                diagnostics.append(.error("each item of '\(key)' must be text; put quotes around an item that starts with '?' or another YAML symbol, e.g. [\"?item\"]", at: position(of: item) ?? location))
                continue
            }
            items.append((scalar.string.trimming(\.isSpace), position(of: item) ?? location))
        }
        return items
    }

    mutating func nested(_ key: String, what: String) -> YAMLFields? {
        guard let value = node(key), !isNull(value) else { return nil }
        var log: [Diagnostic] = []
        let fields = YAMLFields(value, file: file, firstLine: firstLine, what: what, at: position(of: value) ?? location, log: &log)
        diagnostics.append(contentsOf: log)
        return fields
    }

    mutating func absorb(_ other: YAMLFields) { diagnostics.append(contentsOf: other.diagnostics) }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func typeName(_ node: Node) -> String {
        switch node {
        case .scalar: "value"
        case .mapping: "set of fields"
        case .sequence: "list"
        case .alias: "alias"
        }
    }
}

extension YAMLFields {
    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}

extension YAMLFields {
    /// The top-level fields of a whole YAML file (`site.yml`, `themes.yml`, `glossary.yml`);
    /// nil, with the problem logged, when it is not valid YAML or not a set of fields.
    static func file(_ source: SourceFile, log: inout [Diagnostic]) -> YAMLFields? {
        let start = FileLocation(file: source.displayPath, line: 1, column: 1)
        do {
            let root = try YAMLParser.parse(source.text, file: source.displayPath, firstLine: 1)
            let name = source.displayPath.split(separator: "/").last.map(String.init) ?? source.displayPath
            return YAMLFields(root, file: source.displayPath, firstLine: 1, what: name, at: start, log: &log)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
    }
}
