import Foundation

/// Where the server reads the site's files from, by site path such as `reviews/child-a/index.html`.
/// In preview it is memory; tests may give any set of files.
public protocol SiteFileProvider: Sendable {
    func file(at path: String) -> Data?
}

/// A fixed set of files, for tests and for serving what a build left in memory.
public struct MemoryFiles: SiteFileProvider {
    public var files: [String: Data]

    public init(_ files: [String: Data]) {
        self.files = files
    }

    public func file(at path: String) -> Data? { files[path] }
}
