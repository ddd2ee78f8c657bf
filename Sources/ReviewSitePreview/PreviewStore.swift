import Foundation

/// What the preview serves right now: the last good site, and while sources have errors, the
/// error page in place of the pages those errors affect. Rebuilds swap it whole, under a lock,
/// so a request never sees half a rebuild.
public final class PreviewStore: SiteFileProvider, @unchecked Sendable {
    /// A build error and the pages it replaces.
    public struct Failure: Sendable {
        public var page: Data
        /// Site paths shown as the error page; nil for every HTML page.
        public var paths: Set<String>?

        public init(page: Data, paths: Set<String>?) {
            self.page = page
            self.paths = paths
        }

        func covers(_ path: String) -> Bool {
            path.hasSuffix(".html") && (paths?.contains(path) ?? true)
        }
    }

    private let lock = NSLock()
    private var files: [String: Data]
    private var failure: Failure?

    public init(files: [String: Data] = [:]) {
        self.files = files
    }

    public func file(at path: String) -> Data? {
        lock.withLock {
            if let failure, failure.covers(path) { return failure.page }
            return files[path]
        }
    }

    /// True when `path` would be answered with the error page (a 500).
    public func isFailing(_ path: String) -> Bool {
        lock.withLock { failure?.covers(path) ?? false }
    }

    /// Publishes a successful rebuild, healing any error.
    public func update(_ files: [String: Data]) {
        lock.withLock {
            self.files = files
            self.failure = nil
        }
    }

    /// Shows `failure` in place of the pages it covers; all other files stay as they were.
    public func fail(_ failure: Failure) {
        lock.withLock { self.failure = failure }
    }

    public var currentFailure: Failure? { lock.withLock { failure } }
}
