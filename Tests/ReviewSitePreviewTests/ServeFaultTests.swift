import Foundation
import Testing
@testable import ReviewSitePreview

/// Faults an author causes while `serve` runs, seen over a real socket with the file watcher on:
/// the server stays up, shows the error page where the fault is, and heals once it is fixed.
/// Part of the live server suite, so no two live servers and watchers run at once.
extension LiveServerTests {
    @Test("a template syntax error shows the error page, assets stay served, and fixing it heals the pages")
    func templateSyntaxError() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let (port, task) = try await Self.start(fixture)
        defer { task.cancel() }
        let template = fixture.templates.appendingPathComponent("review.mustache")
        let original = try Data(contentsOf: template)
        try (original + Data("{{#unclosed}}".utf8)).write(to: template)

        let broken = try Self.poll("/reviews/child-a/", port: port) { $0.hasPrefix("HTTP/1.1 500") }
        #expect(broken.contains("review.mustache"))
        #expect(broken.contains("new EventSource(\"/_reviewsite/events\")"))
        #expect(try SocketClient.get("/assets/style.css", port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))

        try original.write(to: template)
        let healed = try Self.poll("/reviews/child-a/", port: port) { $0.hasPrefix("HTTP/1.1 200 OK\r\n") }
        #expect(healed.contains("<h1>Child A</h1>"))
    }

    @Test("a review deleted while served is gone from its page and the index; restoring it brings it back")
    func reviewDeleted() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let (port, task) = try await Self.start(fixture)
        defer { task.cancel() }
        let review = fixture.content.appendingPathComponent("reviews/child-b.md")
        let source = try Data(contentsOf: review)
        #expect(try SocketClient.get("/reviews/child-b/", port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))

        try FileManager.default.removeItem(at: review)
        _ = try Self.poll("/reviews/child-b/", port: port) { $0.hasPrefix("HTTP/1.1 404") }
        #expect(!(try SocketClient.get("/reviews/", port: port)).contains("Child B"))
        #expect(try SocketClient.get("/reviews/child-a/", port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))

        try source.write(to: review)
        let restored = try Self.poll("/reviews/child-b/", port: port) { $0.hasPrefix("HTTP/1.1 200 OK\r\n") }
        #expect(restored.contains("<h1>Child B</h1>"))
    }

    @Test("a burst of 100 saves within a second ends with the last save served")
    func burstOfSaves() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let (port, task) = try await Self.start(fixture)
        defer { task.cancel() }
        let review = fixture.content.appendingPathComponent("reviews/child-a.md")
        let source = try String(contentsOf: review, encoding: .utf8)
        for save in 0..<100 {
            try Data(source.replacingOccurrences(of: "referred Child A", with: "referred BURST\(save)X Child A").utf8).write(to: review)
        }
        let page = try Self.poll("/reviews/child-a/", port: port) { $0.contains("referred BURST99X Child A") }
        #expect(page.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(try SocketClient.get("/", port: port).hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    /// Gets `path` until `done` holds for the response, giving up after 10 seconds.
    static func poll(_ path: String, port: Int, until done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        var response = try SocketClient.get(path, port: port)
        while !done(response), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            response = try SocketClient.get(path, port: port)
        }
        #expect(done(response), "\(path) never became as expected; last response: \(response.prefix(300))")
        return response
    }
}
