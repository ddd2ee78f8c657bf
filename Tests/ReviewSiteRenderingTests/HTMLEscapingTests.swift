import Mustache
@testable import ReviewSiteRendering
import Testing

@Suite struct HTMLEscapingTests {
    static let values = [
        "", "plain", "Child A's review", "<script>alert(\"x\")</script>", "a & b < c > d",
        "&amp; already escaped", "émigré — “quoted” 👩🏽‍⚕️", "'", "trailing <", "\n<\n>\n",
    ]

    @Test("escapes exactly as swift-mustache's own HTML escaping", arguments: values)
    func matchesSwiftMustache(value: String) throws {
        HTMLEscaping.register()
        let template = "<p title=\"{{v}}\">{{v}}</p>\n{{#list}}{{.}};{{/list}}\n"
        let context: [String: Any] = ["v": value, "list": [value, "x<y"]]
        let ours = try MustacheTemplate(string: HTMLEscaping.pragmaLine + template).render(context)
        let theirs = try MustacheTemplate(string: template).render(context)
        #expect(ours == theirs)
        #expect(!ours.contains("<script"))
    }

    @Test func leavesTripleMustachesUnescaped() throws {
        HTMLEscaping.register()
        let rendered = try MustacheTemplate(string: HTMLEscaping.pragmaLine + "{{{v}}}|{{v}}").render(["v": "<b>"])
        #expect(rendered == "<b>|&lt;b&gt;")
    }
}
