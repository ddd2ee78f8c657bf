import Foundation
import Testing
@testable import ReviewSitePreview

/// The real server on a real socket, with the file watcher running.
@Suite("Live preview server", .serialized)
struct LiveServerTests {
    /// Starts the server on a free port and returns it with the task running it.
    static func start(_ fixture: PreviewFixture) async throws -> (port: Int, task: Task<Void, Error>) {
        let (addresses, continuation) = AsyncStream<String>.makeStream()
        let server = PreviewServer(session: fixture.session, port: 0)
        let task = Task { try await server.run { continuation.yield($0) } }
        var iterator = addresses.makeAsyncIterator()
        let address = try #require(await iterator.next())
        let port = try #require(Int(address.split(separator: ":").last!.trimmingCharacters(in: CharacterSet(charactersIn: "/"))))
        return (port, task)
    }

    @Test("saving a review is observed as a reload event and the rebuilt page")
    func saveReloads() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let (port, task) = try await Self.start(fixture)
        defer { task.cancel() }

        let events = try SocketClient(port: port)
        events.send("GET /_reviewsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(events.readLine() == "HTTP/1.1 200 OK")
        while let line = events.readLine(), line != ": connected" {}

        try fixture.edit("reviews/child-a.md", replacing: "referred Child A", with: "referred LIVEEDIT Child A")
        var event: String?
        while let line = events.readLine() {
            if line.hasPrefix("data: ") {
                event = line
                break
            }
        }
        #expect(event == #"data: {"all":false,"paths":["reviews\/child-a\/index.html"]}"#)
        let page = try SocketClient.get("/reviews/child-a/", port: port)
        #expect(page.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(page.contains("referred LIVEEDIT Child A"))
    }

    @Test("traversal over a real socket is refused")
    func traversal() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let (port, task) = try await Self.start(fixture)
        defer { task.cancel() }
        for path in ["/../Content/site.yml", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..\\..\\Content\\site.yml"] {
            let response = try SocketClient.get(path, port: port)
            #expect(response.hasPrefix("HTTP/1.1 403 Forbidden\r\n") || response.hasPrefix("HTTP/1.1 400 Bad Request\r\n"), "\(path)")
            #expect(!response.contains("Preview fixture"))
        }
    }

    @Test("a port already in use gives a clear message")
    func portTaken() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        let (port, task) = try await Self.start(fixture)
        defer { task.cancel() }
        do {
            try await PreviewServer(session: fixture.session, port: port).run { _ in }
            Issue.record("a second server started on a taken port")
        } catch let error as PreviewServer.Failure {
            #expect(error.description == "port \(port) on 127.0.0.1 is already in use (is another 'reviewsite serve' running?); stop it, or choose another port with --port \(port + 1)")
        }
    }
}
