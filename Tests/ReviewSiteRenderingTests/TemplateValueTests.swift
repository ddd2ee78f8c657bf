import Mustache
@testable import ReviewSiteRendering
import Testing

@Suite struct TemplateValueTests {
    struct Item: Encodable {
        var name: String
        var note: String?
        var summary: OptionalText
    }

    struct Page: Encodable {
        var note: String
        var count: Int
        var isDraft: Bool
        var items: [Item]
        var tags: [String]
        var empty: [Item]
    }

    /// A conformance written by hand, with nested containers, as a view might one day have.
    struct Nested: Encodable {
        enum Keys: String, CodingKey { case link, words }
        enum LinkKeys: String, CodingKey { case url }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var link = container.nestedContainer(keyedBy: LinkKeys.self, forKey: .link)
            try link.encode("/a/", forKey: .url)
            var words = container.nestedUnkeyedContainer(forKey: .words)
            try words.encode("one")
            try words.encode("two")
        }
    }

    static func render(_ view: some Encodable, _ template: String) throws -> String {
        try MustacheTemplate(string: template).render(TemplateValue(view))
    }

    @Test func readsStoredPropertiesNumbersFlagsAndArrays() throws {
        let page = Page(note: "page note", count: 3, isDraft: true, items: [Item(name: "A", note: nil, summary: "S")], tags: ["x", "y"], empty: [])
        let rendered = try Self.render(page, "{{count}}{{#isDraft}} draft{{/isDraft}}|{{#items}}{{name}}:{{summary}}{{/items}}|{{#tags}}{{.}},{{/tags}}|{{^empty}}none{{/empty}}")
        #expect(rendered == "3 draft|A:S|x,y,|none")
    }

    @Test("a nil optional is looked up in the enclosing context; empty OptionalText is not")
    func nilClimbsButOptionalTextDoesNot() throws {
        let page = Page(note: "page note", count: 0, isDraft: false, items: [Item(name: "A", note: nil, summary: nil), Item(name: "B", note: "own", summary: nil)], tags: [], empty: [])
        let rendered = try Self.render(page, "{{#items}}{{name}}={{note}}/[{{summary}}]{{#summary}}!{{/summary}};{{/items}}{{^isDraft}}final{{/isDraft}}")
        #expect(rendered == "A=page note/[];B=own/[];final")
    }

    @Test("text renders, escapes, scopes sections and transforms as a String does")
    func textBehavesAsAString() throws {
        let page = Page(note: "a <b>", count: 1, isDraft: false, items: [], tags: ["x&y", ""], empty: [])
        let template = "{{note}}|{{{note}}}|{{uppercased(note)}}|{{#note}}[{{.}}]{{/note}}|{{#tags}}({{.}}){{/tags}}|{{#empty(note)}}e{{/empty(note)}}"
        let expected = try MustacheTemplate(string: template).render(["note": "a <b>", "tags": ["x&y", ""]])
        #expect(try Self.render(page, template) == expected)
        #expect(expected == "a &lt;b&gt;|a <b>|A &lt;B&gt;|[a &lt;b&gt;]|(x&amp;y)()|")
    }

    @Test("a value encoded as a single value, such as a raw-value enum, renders as that value")
    func singleValueEncodings() throws {
        enum Kind: String, Encodable { case learning }
        struct Tagged: Encodable { var kind: Kind; var note: OptionalText }
        #expect(try Self.render(Tagged(kind: .learning, note: "n"), "{{kind}}|{{note}}") == "learning|n")
    }

    @Test func followsNestedContainersOfHandWrittenConformances() throws {
        #expect(try Self.render(Nested(), "{{link.url}}|{{#words}}{{.}} {{/words}}") == "/a/|one two ")
    }
}
