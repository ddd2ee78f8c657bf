import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReviewSitePreview

/// Requests straight through the preview's responder, no socket.
@Suite("Preview server responses")
struct PreviewResponderTests {
    static func app(_ fixture: PreviewFixture) -> some ApplicationProtocol {
        Application(responder: fixture.responder)
    }

    @Test("serves every page of the site from memory with its content type, drafts included")
    func pages() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        try await Self.app(fixture).test(.router) { client in
            for (uri, type) in [("/", "text/html; charset=utf-8"), ("/reviews/child-a/", "text/html; charset=utf-8"),
                                ("/themes/neglect/index.html", "text/html; charset=utf-8"), ("/assets/style.css", "text/css; charset=utf-8"),
                                ("/feed.xml", "application/atom+xml; charset=utf-8"), ("/about/", "text/html; charset=utf-8")] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == type, "\(uri)")
                    #expect(response.headers[.cacheControl] == "no-store")
                }
            }
            try await client.execute(uri: "/reviews/child-a/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<h1>Child A</h1>"))
                #expect(html.contains("new EventSource(\"/_reviewsite/events\")"))
                #expect(!html.contains("Draft: not published"))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("Site").path))
    }

    @Test("a draft carries the 'Draft: not published' banner")
    func draftBanner() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/reviews/child-d/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<strong>Draft: not published.</strong>"))
            }
        }
    }

    @Test("traversal attempts are refused and nothing outside the site is read", arguments: [
        "/../Content/site.yml", "/%2e%2e/Content/site.yml", "/assets/..%2f..%2fContent%2fsite.yml", "/assets/..%5c..%5cContent%5csite.yml", "/.git/HEAD",
    ])
    func traversal(uri: String) async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .forbidden)
                #expect(!String(buffer: response.body).contains("Preview fixture"))
            }
        }
    }

    @Test("a symlink in the templates pointing outside them is not served")
    func symlinkOut() async throws {
        let fixture = try PreviewFixture()
        let secret = fixture.root.appendingPathComponent("secret.txt")
        try Data("SECRET-OUTSIDE".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(at: fixture.templates.appendingPathComponent("assets/secret.txt"), withDestinationURL: secret)
        #expect(fixture.session.start())
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/assets/secret.txt", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!String(buffer: response.body).contains("SECRET-OUTSIDE"))
            }
        }
    }

    @Test("no directory listings, a redirect for a folder without its slash, the site's 404 page")
    func foldersAndMissing() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        try await Self.app(fixture).test(.router) { client in
            try await client.execute(uri: "/assets/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("<h1>Page not found</h1>"))
            }
            try await client.execute(uri: "/reviews/child-a", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/reviews/child-a/")
            }
            try await client.execute(uri: "/reviews/no-such-review/", method: .get) { response in
                #expect(response.status == .notFound)
                let html = String(buffer: response.body)
                #expect(html.contains("<h1>Page not found</h1>"))
                #expect(html.contains("href=\"/assets/style.css\""))
            }
        }
    }

    @Test("GET and HEAD only; HEAD gives the headers without the body")
    func methods() async throws {
        let fixture = try PreviewFixture()
        #expect(fixture.session.start())
        try await Self.app(fixture).test(.router) { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .options] {
                try await client.execute(uri: "/", method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD")
                }
            }
            let length = try await client.execute(uri: "/", method: .get) { $0.body.readableBytes }
            try await client.execute(uri: "/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentLength] == String(length))
                #expect(response.body.readableBytes == 0)
            }
        }
    }
}
