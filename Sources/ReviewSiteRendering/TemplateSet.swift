import Foundation
import Mustache
import ReviewSiteCore

/// The board's templates: every `.mustache` file under `Templates/` by name (partials and
/// page templates alike), and the static assets to copy beside the pages.
public struct TemplateSet: Sendable {
    /// The templates every build needs: one per page kind, the layout, and the partials rendered on their own.
    public static let required = [
        "layout", "home", "reviews", "review", "themes", "theme", "passages", "glossary", "search", "page", "404", "feed", "sitemap",
        "partials/passage", "partials/excerpt", "partials/excerpt-quote", "partials/also-on", "partials/review-card", "partials/passage-group",
        "partials/review-facts", "partials/contents-entry", "partials/theme-links", "partials/footnotes", "partials/footnote",
        "partials/pagination", "partials/page-link",
    ]

    /// Partials the site renders once per passage or review and fills in for each page, which
    /// lists place with `{{{html}}}`: included from a template, they would render without their values.
    static let renderedOnce = ["partials/excerpt", "partials/review-card", "partials/passage-group"]

    let library: MustacheLibrary
    /// Nil when a template does something a stencil cannot repeat (`allowsStencils`).
    let stencils: TemplateStencils?
    /// The lists of rendered pieces given to templates joined into one (`listsPlacedWhole`).
    let joinedLists: Set<String>
    /// Relative paths of files to copy unchanged into the site, sorted.
    public let assets: [String]
    public let directory: URL

    public static func load(from directory: URL, displayName: String) throws(DiagnosticError) -> TemplateSet {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw DiagnosticError([Diagnostic(.error, file: displayName, line: 1, column: 1, "templates folder not found; pass --templates DIR")])
        }
        HTMLEscaping.register()
        var library = MustacheLibrary()
        var assets: [String] = []
        var names: Set<String> = []
        var diagnostics: [Diagnostic] = []
        let base = directory.resolvingSymlinksInPath().path + "/"
        var files: [String] = []
        var texts: [String] = []
        var allowsStencils = true
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.resolvingSymlinksInPath().path
            guard path.hasPrefix(base) else { continue }
            files.append(String(path.dropFirst(base.count)))
        }
        for relative in files.sorted() {
            guard relative.hasSuffix(".mustache") else {
                if !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { assets.append(relative) }
                continue
            }
            let name = String(relative.dropLast(".mustache".count))
            let display = "\(displayName)/\(relative)"
            do {
                let text = try String(contentsOf: directory.appendingPathComponent(relative), encoding: .utf8)
                library.register(try MustacheTemplate(string: HTMLEscaping.pragmaLine + text), named: name)
                names.insert(name)
                allowsStencils = allowsStencils && Self.allowsStencils(text)
                texts.append(text)
                diagnostics += inclusionsOfRenderedOnce(in: text, file: display)
                diagnostics += listsReadThemselves(by: name, in: text, file: display)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(.error, file: display, line: error.context.lineNumber - 1, column: error.context.columnNumber, "template syntax error: \(error.error); check the {{tags}} on this line"))
            } catch {
                diagnostics.append(Diagnostic(.error, file: display, line: 1, column: 1, "cannot read the template as UTF-8 text"))
            }
        }
        for name in required where !names.contains(name) && !diagnostics.contains(where: { $0.file.hasSuffix("/\(name).mustache") }) {
            diagnostics.append(Diagnostic(.error, file: "\(displayName)/\(name).mustache", line: 1, column: 1, "missing template '\(name).mustache'; every site needs it (copy it from the default Templates/)"))
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        let joinedLists = allowsStencils ? listsPlacedWhole(in: texts) : []
        return TemplateSet(
            library: library, stencils: allowsStencils ? TemplateStencils(joinedLists: joinedLists) : nil, joinedLists: joinedLists,
            assets: assets, directory: directory
        )
    }

    /// Each `{{>name}}` of a partial in `renderedOnce`, as templates written before it was wrote them.
    static func inclusionsOfRenderedOnce(in text: String, file: String) -> [Diagnostic] {
        tagDiagnostics(in: text, file: file) { tag in
            guard tag.hasPrefix(">") else { return nil }
            let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            guard renderedOnce.contains(name) else { return nil }
            return "{{>\(name)}} includes a partial the site renders once per \(name == "partials/excerpt" ? "passage" : "review") and fills in for each page; place it with {{{html}}} inside the list instead (see the README, Restyling)"
        }
    }

    /// The lists the review page, plain pages and paginated listings once read themselves, by
    /// template, and what the page is given in their place.
    static let listsGivenRendered = [
        "review": [
            "#facts": ("{{{factList}}}", "partials/review-facts"), "#passageCounts": ("{{{factList}}}", "partials/review-facts"),
            "#toc": ("{{{contents}}}", "partials/contents-entry"), ">partials/theme-links": ("{{{themeLinks}}}", "partials/theme-links"),
            "#footnotes": ("{{{footnoteList}}}", "partials/footnotes"), ">partials/footnotes": ("{{{footnoteList}}}", "partials/footnotes"),
            "#relatedReviews": ("{{{relatedCards}}}", "partials/review-card"),
        ],
        "page": ["#footnotes": ("{{{footnoteList}}}", "partials/footnotes"), ">partials/footnotes": ("{{{footnoteList}}}", "partials/footnotes")],
        "theme": paginationGivenRendered,
        "passages": paginationGivenRendered,
        "partials/pagination": ["#pages": ("{{{pageLinks}}}", "partials/page-link")],
    ]

    private static let paginationGivenRendered = [
        "#pagination": ("{{{pagination}}}", "partials/pagination"), ">partials/pagination": ("{{{pagination}}}", "partials/pagination"),
    ]

    /// Each place template `name` reads a list its page is now given rendered: a template
    /// written before would leave the list out of every such page without a word.
    static func listsReadThemselves(by name: String, in text: String, file: String) -> [Diagnostic] {
        guard let lists = listsGivenRendered[name] else { return [] }
        return tagDiagnostics(in: text, file: file) { tag in
            let tag = tag.filter { $0 != " " }
            guard let (placement, partial) = lists[tag] else { return nil }
            return "{{\(tag)}} reads a list the page is now given rendered through \(partial).mustache; place it with \(placement) instead (see the README, Restyling)"
        }
    }

    /// A diagnostic at each `{{tag}}` of `text` for which `message` has one; `message` gets the
    /// tag's inside, up to its first `}` or the end of its line.
    private static func tagDiagnostics(in text: String, file: String, _ message: (Substring) -> String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let utf8 = text.utf8
        var lineNumber = 1
        var lineStart = utf8.startIndex
        var counted = utf8.startIndex
        var from = utf8.startIndex
        while let open = firstPair(of: 0x7B, in: utf8, from: from) {
            for index in utf8[counted..<open].indices where utf8[index] == 0x0A {
                lineNumber += 1
                lineStart = utf8.index(after: index)
            }
            counted = open
            let insideStart = utf8.index(open, offsetBy: 2)
            let insideEnd = utf8[insideStart...].firstIndex { $0 == 0x7D || $0 == 0x0A } ?? utf8.endIndex
            if let message = message(text[insideStart..<insideEnd]) {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, column: text[lineStart..<open].count + 1, message))
            }
            from = insideStart
        }
        return diagnostics
    }

    /// Whether a template renders as its stencils do: not when a tag transforms its value
    /// (`{{uppercased(title)}}`) or takes a partial's name from a value (`{{>*name}}`), which
    /// would act on the marks, nor when it changes the delimiters, which hides its tags from
    /// this check, nor when it indents a partial, whose lines swift-mustache indents
    /// depending on the values.
    static func allowsStencils(_ text: String) -> Bool {
        let utf8 = text.utf8
        var pair = firstPair(of: 0x7B, in: utf8, from: utf8.startIndex)
        while let open = pair {
            let after = utf8[utf8.index(open, offsetBy: 2)...]
            if after.first == 0x3D || after.starts(with: ">*".utf8) { return false }
            pair = firstPair(of: 0x7B, in: utf8, from: utf8.index(after: open))
        }
        var transforms = false
        forEachTag(in: text) { inside, _ in transforms = transforms || inside.utf8.contains(0x28) }
        if transforms { return false }
        // A partial or parent tag right after a line's indent.
        var index = utf8.startIndex
        while index < utf8.endIndex {
            var first = index
            while first < utf8.endIndex, utf8[first] == 0x20 || utf8[first] == 0x09 { first = utf8.index(after: first) }
            if first > index, utf8[first...].starts(with: "{{>".utf8) || utf8[first...].starts(with: "{{<".utf8) { return false }
            guard let newline = utf8[first...].firstIndex(of: 0x0A) else { break }
            index = utf8.index(after: newline)
        }
        return true
    }

    /// The names that every template uses only as `{{#name}}{{{html}}}{{/name}}`, or in an
    /// inverted section: rendering such a list is placing its pieces one after another, the same
    /// whether it has a thousand pieces or one holding all their HTML. A name any template uses
    /// any other way (another section body, a value, a dotted name) is left out.
    static func listsPlacedWhole(in texts: [String]) -> Set<String> {
        var placed: Set<String> = []
        var otherwise: Set<String> = []
        let bracesAndSpaces = CharacterSet(charactersIn: "{ ")
        for text in texts {
            forEachTag(in: text) { inside, from in
                let tag = inside.trimmingCharacters(in: bracesAndSpaces)
                let sigil = tag.first.flatMap { "#^/&!>$<".contains($0) ? $0 : nil }
                let name = String((sigil == nil ? tag[...] : tag.dropFirst()).trimmingCharacters(in: .whitespaces))
                let root = String(name.prefix { $0 != "." })
                switch sigil {
                case "#" where name == root && from.hasPrefix("{{#\(name)}}{{{html}}}{{/\(name)}}"):
                    placed.insert(name)
                case "^" where name == root, "/", "!", ">", "$", "<":
                    break
                default:
                    otherwise.insert(root)
                }
            }
        }
        return placed.subtracting(otherwise)
    }

    /// Calls `body` with what is between each `{{` and the next `}}` of `text`, and the text
    /// from that `{{` on. Reads bytes: Foundation's `range(of:)` made these checks a third of
    /// loading the templates.
    private static func forEachTag(in text: String, _ body: (_ inside: Substring, _ from: Substring) -> Void) {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let open = firstPair(of: 0x7B, in: utf8, from: index) {
            let insideStart = utf8.index(open, offsetBy: 2)
            guard let close = firstPair(of: 0x7D, in: utf8, from: insideStart) else { return }
            body(text[insideStart..<close], text[open...])
            index = utf8.index(close, offsetBy: 2)
        }
    }

    /// Where the first two `byte`s in a row start, from `start` on.
    private static func firstPair(of byte: UInt8, in utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == byte, next < utf8.endIndex, utf8[next] == byte { return index }
            index = next
        }
        return nil
    }

    public func contains(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    func render(_ view: some Encodable, _ name: String) -> String {
        library.render(TemplateValue(view, joinedLists: joinedLists), withTemplate: name) ?? ""
    }

    /// `render`, through the stencil of the view's shape: for the review page and the partials
    /// rendered for every passage or review, whose views come in few shapes.
    func renderByShape(_ view: some Encodable, _ name: String) -> String {
        guard let stencils else { return render(view, name) }
        return stencils.render(view, name, library: library)
    }
}
