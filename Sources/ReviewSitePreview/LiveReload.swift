import Foundation

/// Tells open preview tabs which pages were rebuilt, over server-sent events at
/// `/_reviewsite/events`; the script injected into every preview page reloads its tab when
/// its own page is named (or all pages are).
public final class LiveReload: @unchecked Sendable {
    public static let eventsPath = "/_reviewsite/events"

    /// Injected through `LayoutView.previewScript`, only in preview.
    public static let script = """
        <script>
        (function () {
          var events = new EventSource("\(eventsPath)");
          events.onmessage = function (message) {
            var change = JSON.parse(message.data);
            var page = location.pathname.replace(/^\\//, "");
            if (page === "" || page.slice(-1) === "/") page += "index.html";
            try { page = decodeURIComponent(page); } catch (e) {}
            if (change.all || change.paths.indexOf(page) >= 0) location.reload();
          };
        })();
        </script>
        """

    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]

    public init() {}

    /// A stream of event payloads (JSON), until the tab goes or the server stops.
    public func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        lock.withLock { subscribers[id] = continuation }
        return stream
    }

    /// Asks tabs showing one of `paths` to reload; nil reloads every tab.
    public func publish(paths: [String]?) {
        let payload: String
        if let paths {
            let data = (try? JSONEncoder().encode(paths)) ?? Data("[]".utf8)
            payload = "{\"all\":false,\"paths\":\(String(decoding: data, as: UTF8.self))}"
        } else {
            payload = "{\"all\":true,\"paths\":[]}"
        }
        for continuation in lock.withLock({ Array(subscribers.values) }) { continuation.yield(payload) }
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { subscribers.removeValue(forKey: id) }
    }
}
