import Foundation

/// A small site drawn from a seed: published, draft and future-dated reviews with passages,
/// footnotes and glossary terms, every field laced with hostile markup. Text of reviews that
/// must stay unpublished carries a `HIDDEN…` token; published text carries `SHOWN…`.
struct RandomSite {
    /// Markup that must never reach a page as markup.
    static let payloads = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)",
        "\"><x-evil>", "]]></title><x-evil>", "</textarea><x-evil>", "&amp;lt;x-evil&gt;", "{{layout.title}}",
    ]
    static let markdownPayloads = [
        "<script>alert(1)</script>", "<div onclick=\"alert(1)\">x</div>", "[click](javascript:alert(1))", "[data](data:text/html;base64,PHNjcmlwdD4=)",
        "![img](javascript:alert(1))", "![svg](data:image/svg+xml,<svg/onload=alert(1)>)", "<javascript:alert(1)>", "[ref][evil]\n\n[evil]: javascript:alert(1)",
        "[spaced]( JaVaScRiPt:alert(1))", "<iframe src=\"https://example.org\"></iframe>", "<x-evil>raw</x-evil>",
    ]

    var generator: SplitMix64
    var hiddenTokens: [String] = []
    var shownTokens: [String] = []
    var files: [String: String] = [:]

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
        files["site.yml"] = "title: \(yaml("Fixture reviews " + payload()))\nboard: \(yaml("Fixture Safeguarding Partnership " + payload()))\n"
            + "description: \(yaml(payload()))\ncontact: \(yaml("fixture@example.org " + payload()))\nlicence: \(yaml(payload()))\nbase_url: https://fixture.example.org/\n"
        files["themes.yml"] = ["neglect", "escalation", "invisible-men"].map { slug in
            "\(slug):\n  title: \(yaml(slug + " " + payload()))\n  summary: \(yaml(payload()))\n  questions: [\(yaml(payload()))]\n"
        }.joined()
        files["glossary.yml"] = "MASH: \(yaml("Multi-Agency Safeguarding Hub " + payload()))\nGP: \(yaml(payload()))\n"
        for index in 0..<Int(2 + generator.next() % 4) {
            let state = ["published", "draft", "future"][Int(generator.next() % 3)]
            addReview(index, state: state)
        }
        files["pages/about.md"] = "---\ntitle: \(yaml("About " + payload()))\n---\n\(markdownPayload())\n"
    }

    private mutating func addReview(_ index: Int, state: String) {
        let hidden = state != "published"
        let slug = hidden ? "hidden-review-\(index)" : "child-\(index)"
        func token(_ field: String) -> String {
            let value = "\(hidden ? "HIDDEN" : "SHOWN")\(index)\(field.uppercased())"
            if hidden { hiddenTokens.append(value) } else { shownTokens.append(value) }
            return value
        }
        if hidden { hiddenTokens.append(slug) }
        var front = "---\ntitle: \(yaml(token("title") + " " + payload()))\nkind: Serious Case Review\nboard: \(yaml(payload()))\n"
        front += "published: \(state == "future" ? "2999-01-01" : "2020-0\(1 + index % 9)-1\(index % 9)")\n"
        front += "reviewer: \(yaml(token("reviewer")))\nsummary: \(yaml(token("summary") + payload()))\n"
        front += "child: {age: \(yaml(token("age"))), outcome: \(yaml(token("outcome")))}\nthemes: [neglect]\n"
        if state == "draft" { front += "draft: true\n" }
        var body = "## \(token("heading")) \(payload())\n\n1.1. \(token("paragraph")) seen by the MASH and the GP.[^1] \(markdownPayload())\n\n"
        for number in 0..<Int(1 + generator.next() % 3) {
            let kind = ["LEARNING", "RECOMMENDATION", "GOOD-PRACTICE"][Int(generator.next() % 3)]
            let theme = ["neglect", "escalation", "invisible-men"][Int(generator.next() % 3)]
            body += "> [!\(kind)] \(theme)\n> 2.\(number + 1). \(token("passage\(number)")) \(markdownPayload().replacingOccurrences(of: "\n", with: "\n> "))\n\n"
        }
        body += "[^1]: \(token("footnote")) \(markdownPayload())\n"
        files["reviews/\(slug).md"] = front + "---\n" + body
    }

    private mutating func payload() -> String { Self.payloads[Int(generator.next() % UInt64(Self.payloads.count))] }
    private mutating func markdownPayload() -> String { Self.markdownPayloads[Int(generator.next() % UInt64(Self.markdownPayloads.count))] }

    private func yaml(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// A tiny deterministic generator, so every run draws the same sites.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
