import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReviewSitePreview

@Suite("Rebuilding on save")
struct PreviewSessionTests {
    @Test("an edit rebuilds the review's page and tells the tabs showing it to reload")
    func editRebuilds() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let events = fixture.session.liveReload.subscribe()
        try fixture.edit("reviews/child-a.md", replacing: "referred Child A", with: "referred EDITEDWORD Child A")
        #expect(fixture.session.handle(changedPaths: [fixture.path("reviews/child-a.md")]))
        try await Application(responder: fixture.responder).test(.router) { client in
            try await client.execute(uri: "/reviews/child-a/", method: .get) { response in
                #expect(String(buffer: response.body).contains("referred EDITEDWORD Child A"))
            }
        }
        var iterator = events.makeAsyncIterator()
        #expect(await iterator.next() == #"{"all":false,"paths":["reviews\/child-a\/index.html"]}"#)
        #expect(await iterator.next() == #"{"all":false,"paths":["search\/index.html"]}"#, "the search index follows the review's words")
        #expect(fixture.printed.last?.hasPrefix("Rebuilt ") == true)
        #expect(fixture.printed.last?.contains(" after \(fixture.content.path)/reviews/child-a.md in ") == true)
    }

    @Test("an edit inside a passage also rebuilds the theme page and index that quote it, after the review's own page")
    func passageEdit() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let events = fixture.session.liveReload.subscribe()
        try fixture.edit("reviews/child-a.md", replacing: "weigh the child", with: "weigh and measure the child")
        #expect(fixture.session.handle(changedPaths: [fixture.path("reviews/child-a.md")]))
        let site = fixture.session.store
        for path in ["reviews/child-a/index.html", "themes/neglect/index.html", "learning/index.html"] {
            #expect(String(decoding: site.file(at: path) ?? Data(), as: UTF8.self).contains("weigh and measure the child"), "\(path)")
        }
        var iterator = events.makeAsyncIterator()
        #expect(await iterator.next() == #"{"all":false,"paths":["reviews\/child-a\/index.html"]}"#)
        let quoting = Self.reloadedPages(await iterator.next())
        #expect(quoting == ["learning/index.html", "themes/neglect/index.html"], "pages quoting the passage, before the search index")
        #expect(Self.reloadedPages(await iterator.next()) == ["search/index.html"])
        #expect(fixture.printed.last?.contains("(its own page after ") == true)
        #expect(fixture.printed.last?.contains(" ms, every page after ") == true)
    }

    @Test("a build error shows an error page naming file, line and column, carrying the reload script; fixing the file heals it")
    func errorPageHeals() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let app = Application(responder: fixture.responder)
        try fixture.edit("reviews/child-a.md", replacing: "[!LEARNING] neglect", with: "[!LEARNING] neglectt")
        #expect(!fixture.session.handle(changedPaths: [fixture.path("reviews/child-a.md")]))
        try await app.test(.router) { client in
            try await client.execute(uri: "/reviews/child-a/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .internalServerError)
                #expect(html.contains("<code>\(fixture.content.path)/reviews/child-a.md:15:15</code> <strong>error</strong>: unknown theme &#39;neglectt&#39;"))
                #expect(html.contains("new EventSource(\"/_reviewsite/events\")"))
            }
            try await client.execute(uri: "/reviews/child-b/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<h1>Child B</h1>"))
            }
            try await client.execute(uri: "/themes/neglect/", method: .get) { response in
                #expect(String(buffer: response.body).contains("weigh the child"))
            }
        }
        #expect(fixture.printed.contains("\(fixture.content.path)/reviews/child-a.md:15:15: error: unknown theme 'neglectt'; add it to themes.yml or use a known slug or alias. Did you mean 'neglect'?"))

        try fixture.edit("reviews/child-a.md", replacing: "[!LEARNING] neglectt", with: "[!LEARNING] neglect")
        #expect(fixture.session.handle(changedPaths: [fixture.path("reviews/child-a.md")]))
        try await app.test(.router) { client in
            try await client.execute(uri: "/reviews/child-a/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<h1>Child A</h1>"))
            }
        }
    }

    @Test("an error in site.yml replaces every page until fixed; assets stay served")
    func globalError() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        try fixture.edit("site.yml", replacing: "title: \"Preview fixture\"", with: "title: [")
        #expect(!fixture.session.handle(changedPaths: [fixture.path("site.yml")]))
        #expect(fixture.session.store.isFailing("about/index.html"))
        #expect(!fixture.session.store.isFailing("assets/style.css"))
        try fixture.edit("site.yml", replacing: "title: [", with: "title: \"Preview fixture renamed\"")
        #expect(fixture.session.handle(changedPaths: [fixture.path("site.yml")]))
        #expect(String(decoding: fixture.session.store.file(at: "about/index.html") ?? Data(), as: UTF8.self).contains("Preview fixture renamed"))
    }

    @Test("a file read half-written fails, and the retry heals it once the save completes")
    func halfWrittenRetried() throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let url = fixture.content.appendingPathComponent("reviews/child-b.md")
        let full = try Data(contentsOf: url)
        try full.prefix(40).write(to: url)
        #expect(!fixture.session.handle(changedPaths: [url.path]))
        try full.write(to: url)
        #expect(fixture.session.retry())
        #expect(!fixture.session.store.isFailing("reviews/child-b/index.html"))
    }

    @Test("a new review appears and a deleted one disappears, with the indexes")
    func addAndRemove() throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let source = try String(contentsOf: fixture.content.appendingPathComponent("reviews/child-b.md"), encoding: .utf8)
        try Data(source.replacingOccurrences(of: "Child B", with: "Child E").utf8).write(to: fixture.content.appendingPathComponent("reviews/child-e.md"))
        #expect(fixture.session.handle(changedPaths: [fixture.path("reviews/child-e.md")]))
        #expect(fixture.session.store.file(at: "reviews/child-e/index.html") != nil)
        #expect(String(decoding: fixture.session.store.file(at: "reviews/index.html")!, as: UTF8.self).contains("Child E"))
        try FileManager.default.removeItem(at: fixture.content.appendingPathComponent("reviews/child-e.md"))
        #expect(fixture.session.handle(changedPaths: [fixture.path("reviews/child-e.md")]))
        #expect(fixture.session.store.file(at: "reviews/child-e/index.html") == nil)
        #expect(!String(decoding: fixture.session.store.file(at: "reviews/index.html")!, as: UTF8.self).contains("Child E"))
    }

    /// The paths a reload event names.
    static func reloadedPages(_ event: String?) -> [String] {
        guard let data = event?.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        return object["paths"] as? [String] ?? []
    }
}
