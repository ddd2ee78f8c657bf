import Foundation
import Testing

@Suite("reviewsite build")
struct BuildCommandTests {
    @Test func buildsEveryPageOfAValidSite() throws {
        let (site, result) = try Fixtures.build("valid-site")
        #expect(result.status == 0)
        let summary = try #require(result.stderrLines.last)
        #expect(summary.hasPrefix("Built 17 pages (2 reviews, 4 passages, 5 themes) in "))
        let files = try Fixtures.files(in: site)
        for path in [
            "index.html", "reviews/index.html", "reviews/child-a/index.html", "reviews/child-b/index.html",
            "themes/index.html", "themes/neglect/index.html", "themes/invisible-men/index.html", "learning/index.html",
            "recommendations/index.html", "good-practice/index.html", "glossary/index.html", "about/index.html",
            "search/index.html", "feed.xml", "sitemap.xml", "404.html", "assets/style.css",
        ] {
            #expect(files[path] != nil, "missing \(path)")
        }
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let (_, result) = try Fixtures.build("valid-site", ["--quiet"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test func reportsEveryErrorWithPositionAndLeavesNoSite() throws {
        let (site, result) = try Fixtures.build("invalid-site")
        #expect(result.status == 1)
        let file = Fixtures.site("invalid-site").path + "/reviews/child-c.md"
        #expect(result.stderrLines.filter { $0.contains("error") } == [
            "\(file):1:1: error: missing required field 'board'; add 'board: ...'",
            "\(file):4:12: error: 'published' must be a real date written YYYY-MM-DD (e.g. 2020-07-03), not '2020-02-31'",
            "\(file):9:15: error: unknown theme 'neglet'; add it to themes.yml or use a known slug or alias. Did you mean 'neglect'?",
            "\(file):10:50: error: footnote [^a] has no definition; add a line '[^a]: ...' below the paragraph.",
            "\(file):15:34: error: duplicate anchor 'same': it is already used at line 12; choose another {#anchor}",
            "Build failed with 5 errors; \(site.path)/ was not changed.",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test func failedBuildLeavesThePreviousSiteExactlyAsItWas() throws {
        let (site, first) = try Fixtures.build("valid-site")
        #expect(first.status == 0)
        let before = try Fixtures.files(in: site)
        let (_, second) = try Fixtures.build("invalid-site", into: site)
        #expect(second.status == 1)
        #expect(try Fixtures.files(in: site) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.deletingLastPathComponent().path)
        #expect(leftovers == ["Site"])
    }

    @Test func outputIsByteForByteDeterministic() throws {
        let (first, a) = try Fixtures.build("valid-site")
        let (second, b) = try Fixtures.build("valid-site")
        #expect(a.status == 0 && b.status == 0)
        let one = try Fixtures.files(in: first)
        #expect(!one.isEmpty)
        #expect(one == (try Fixtures.files(in: second)))
    }

    @Test func missingContentFolderIsAClearError() throws {
        let scratch = try Fixtures.scratch()
        let result = try CLI.run(["build", "--content", "Nowhere", "--templates", Fixtures.templates.path], in: scratch)
        #expect(result.status == 1)
        #expect(result.stderrLines.filter { $0.contains("error") } == ["Nowhere:1:1: error: content folder not found; run from the folder holding 'Nowhere/' or pass --content DIR", "Build failed with 1 error; Site/ was not changed."])
    }

    @Test func templateSyntaxErrorNamesItsLineAndColumn() throws {
        let (glossary, text, site, result) = try buildWithTemplate("glossary.mustache") { $0 + "<p>\n  {{#unclosed}}\n" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(result.status == 1)
        let error = try #require(result.stderrLines.first { $0.contains("error:") })
        #expect(error.hasPrefix("\(glossary.path):\(lines):1: error: template syntax error"))
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test("a list that still includes a partial rendered once per review is an error at its place")
    func partialRenderedOnceIncludedByATemplate() throws {
        let (reviews, text, site, result) = try buildWithTemplate("reviews.mustache") { text in
            #expect(text.contains("{{#reviews}}{{{html}}}{{/reviews}}"))
            return text.replacingOccurrences(of: "{{#reviews}}{{{html}}}{{/reviews}}", with: "{{#reviews}}{{> partials/review-card }}{{/reviews}}")
        }
        let (line, column) = try Self.place(of: "{{>", in: text)
        #expect(result.status == 1)
        #expect(result.stderrLines.contains(
            "\(reviews.path):\(line):\(column): error: {{>partials/review-card}} includes a partial the site renders once per review and fills in for each page; place it with {{{html}}} inside the list instead (see the README, Restyling)"
        ))
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test("a review template that still reads a list the page is now given rendered is an error at the list's tag")
    func reviewTemplateReadingARenderedList() throws {
        let (review, older, site, result) = try buildWithTemplate("review.mustache") { text in
            #expect(text.contains("{{{contents}}}") && text.contains("{{{footnoteList}}}"))
            return text
                .replacingOccurrences(of: "{{{contents}}}", with: "{{#toc}}<li><a href=\"{{url}}\">{{title}}</a></li>\n{{/toc}}")
                .replacingOccurrences(of: "{{{footnoteList}}}", with: "{{> partials/footnotes}}")
        }
        let (toc, footnotes) = (try Self.place(of: "{{#toc}}", in: older), try Self.place(of: "{{> partials/footnotes}}", in: older))
        #expect(result.status == 1)
        #expect(result.stderrLines.contains(
            "\(review.path):\(toc.line):\(toc.column): error: {{#toc}} reads a list the page is now given rendered through partials/contents-entry.mustache; place it with {{{contents}}} instead (see the README, Restyling)"
        ))
        #expect(result.stderrLines.contains(
            "\(review.path):\(footnotes.line):\(footnotes.column): error: {{>partials/footnotes}} reads a list the page is now given rendered through partials/footnotes.mustache; place it with {{{footnoteList}}} instead (see the README, Restyling)"
        ))
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test("a listing template or the pagination partial that still walks the page links itself is an error at the tag")
    func paginationTemplatesReadingRenderedLinks() throws {
        let (theme, olderTheme, themeSite, themeResult) = try buildWithTemplate("theme.mustache") { text in
            #expect(text.contains("{{{pagination}}}"))
            return text.replacingOccurrences(of: "{{{pagination}}}", with: "{{#pagination}}{{>partials/pagination}}{{/pagination}}")
        }
        let (section, partial) = (try Self.place(of: "{{#pagination}}", in: olderTheme), try Self.place(of: "{{>partials/pagination}}", in: olderTheme))
        #expect(themeResult.status == 1)
        #expect(themeResult.stderrLines.contains(
            "\(theme.path):\(section.line):\(section.column): error: {{#pagination}} reads a list the page is now given rendered through partials/pagination.mustache; place it with {{{pagination}}} instead (see the README, Restyling)"
        ))
        #expect(themeResult.stderrLines.contains(
            "\(theme.path):\(partial.line):\(partial.column): error: {{>partials/pagination}} reads a list the page is now given rendered through partials/pagination.mustache; place it with {{{pagination}}} instead (see the README, Restyling)"
        ))
        #expect(!FileManager.default.fileExists(atPath: themeSite.path))

        let (pagination, olderPagination, paginationSite, paginationResult) = try buildWithTemplate("partials/pagination.mustache") { text in
            #expect(text.contains("{{{pageLinks}}}"))
            return text.replacingOccurrences(of: "{{{pageLinks}}}", with: #"{{#pages}}<li><a href="{{url}}">Page {{number}}</a></li>{{/pages}}"#)
        }
        let pages = try Self.place(of: "{{#pages}}", in: olderPagination)
        #expect(paginationResult.status == 1)
        #expect(paginationResult.stderrLines.contains(
            "\(pagination.path):\(pages.line):\(pages.column): error: {{#pages}} reads a list the page is now given rendered through partials/page-link.mustache; place it with {{{pageLinks}}} instead (see the README, Restyling)"
        ))
        #expect(!FileManager.default.fileExists(atPath: paginationSite.path))
    }

    /// Builds the valid fixture site with a scratch copy of the site's templates in which
    /// `name` is rewritten by `edit`; returns that template's file, its new text, the output
    /// folder and the result.
    private func buildWithTemplate(_ name: String, _ edit: (String) -> String) throws -> (template: URL, text: String, site: URL, result: CLI.Result) {
        let scratch = try Fixtures.scratch()
        let templates = scratch.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Fixtures.templates, to: templates)
        let template = templates.appendingPathComponent(name)
        let text = edit(try String(contentsOf: template, encoding: .utf8))
        try text.write(to: template, atomically: false, encoding: .utf8)
        let site = scratch.appendingPathComponent("Site")
        let result = try CLI.run(["build", "--content", Fixtures.site("valid-site").path, "--templates", templates.path, "--output", site.path])
        return (template, text, site, result)
    }

    /// The 1-based line and column where `tag` first appears in `text`.
    private static func place(of tag: String, in text: String) throws -> (line: Int, column: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(tag) })
        return (line + 1, lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: tag)!.lowerBound) + 1)
    }

    @Test func baseURLOptionOverridesSiteYAML() throws {
        let (site, result) = try Fixtures.build("valid-site", ["--base-url", "https://boards.example.net/cases"])
        #expect(result.status == 0)
        let review = try Fixtures.text(site, "reviews/child-a/index.html")
        #expect(review.contains("<link rel=\"canonical\" href=\"https://boards.example.net/cases/reviews/child-a/\">"))
        #expect(try Fixtures.text(site, "sitemap.xml").contains("<loc>https://boards.example.net/cases/themes/neglect/</loc>"))
    }
}
