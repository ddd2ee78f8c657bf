import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers every request of the preview server: GET and HEAD only, files from the provider
/// through `RequestPath`, the live-reload event stream, and the site's 404 page for anything else.
public struct PreviewResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    let files: any SiteFileProvider
    let liveReload: LiveReload
    /// Whether a path is currently replaced by the error page, answered with status 500.
    let isFailing: @Sendable (String) -> Bool

    public init(files: any SiteFileProvider, liveReload: LiveReload, isFailing: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.files = files
        self.liveReload = liveReload
        self.isFailing = isFailing
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.plain(.methodNotAllowed, "The preview only answers GET and HEAD requests.\n", extra: [.allow: "GET, HEAD"])
        }
        if request.uri.path == LiveReload.eventsPath { return events() }
        switch RequestPath.resolve(request.uri.path, exists: { files.file(at: $0) != nil }) {
        case .file(let path):
            return serve(files.file(at: path) ?? Data(), path: path, status: isFailing(path) ? .internalServerError : .ok, head: request.method == .head)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
        case .forbidden:
            return Self.plain(.forbidden, "This address is outside the site.\n")
        case .notFound:
            guard let page = files.file(at: "404.html") else { return Self.plain(.notFound, "Page not found.\n") }
            return serve(page, path: "404.html", status: .notFound, head: request.method == .head)
        }
    }

    private func serve(_ data: Data, path: String, status: HTTPResponse.Status, head: Bool) -> Response {
        let headers: HTTPFields = [
            .contentType: ContentType.of(path), .contentLength: String(data.count),
            .cacheControl: "no-store", .init("X-Content-Type-Options")!: "nosniff",
        ]
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func events() -> Response {
        let stream = liveReload.subscribe()
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 500\n: connected\n\n"))
            for try await payload in stream.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: "data: \(payload)\n\n"))
            }
            try await writer.finish(nil)
        })
    }

    private static func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .contentLength: String(text.utf8.count)]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
