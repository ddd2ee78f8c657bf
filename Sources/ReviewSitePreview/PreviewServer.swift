import Foundation
import Hummingbird
import Logging
import NIOCore

/// `serve`'s server: answers requests from the session's store while a watcher thread feeds
/// saves to the session. Stops on Ctrl-C (SIGINT) or SIGTERM; open event streams end then.
public struct PreviewServer: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case portInUse(host: String, port: Int)
        case cannotWatch(String)

        public var description: String {
            switch self {
            case .portInUse(let host, let port):
                "port \(port) on \(host) is already in use (is another 'reviewsite serve' running?); stop it, or choose another port with --port \(port + 1)"
            case .cannotWatch(let folder):
                "cannot watch \(folder) for changes; check that it exists and is readable"
            }
        }
    }

    public let session: PreviewSession
    public let host: String
    public let port: Int

    public init(session: PreviewSession, host: String = "127.0.0.1", port: Int = 4000) {
        self.session = session
        self.host = host
        self.port = port
    }

    public var responder: PreviewResponder {
        let store = session.store
        return PreviewResponder(files: store, liveReload: session.liveReload, isFailing: { store.isFailing($0) })
    }

    /// Serves until stopped; `onListening` receives the address once the port is open.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        let watcher: FileWatcher
        do {
            watcher = try FileWatcher(folders: [session.options.contentDirectory, session.options.templatesDirectory])
        } catch {
            throw Failure.cannotWatch(session.options.contentDisplayName)
        }
        let loop = WatchLoop(watcher: watcher, session: session)
        loop.start()
        defer { loop.stop() }
        var logger = Logger(label: "reviewsite.serve")
        logger.logLevel = .critical
        let host = host
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "reviewsite"),
            onServerRunning: { channel in
                onListening("http://\(host.contains(":") ? "[\(host)]" : host):\(channel.localAddress?.port ?? 0)/")
            },
            logger: logger
        )
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Failure.portInUse(host: host, port: port)
        }
    }
}

/// The watcher's thread: waits for saves, hands each batch to the session, and retries once
/// shortly after a failed rebuild, in case a file was read while half-written.
final class WatchLoop: @unchecked Sendable {
    static let retryDelay: TimeInterval = 0.3
    private let watcher: FileWatcher
    private let session: PreviewSession
    private let lock = NSLock()
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    init(watcher: FileWatcher, session: PreviewSession) {
        self.watcher = watcher
        self.session = session
    }

    func start() {
        let thread = Thread { [self] in
            var retry = false
            while !lock.withLock({ stopped }) {
                let paths = watcher.waitForChanges(timeout: retry ? Self.retryDelay : 0.25)
                if paths.isEmpty && !retry { continue }
                let healthy = retry && paths.isEmpty ? session.retry() : session.handle(changedPaths: paths)
                retry = !healthy && !paths.isEmpty
            }
            done.signal()
        }
        thread.name = "reviewsite watcher"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
        done.wait()
    }
}
