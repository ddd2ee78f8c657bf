import Foundation

/// Where the server reads the site's files from, by site path such as `reviews/child-a/index.html`.
/// In preview it is the `PreviewStore` in memory; serving a built folder would be another.
public protocol SiteFileProvider: Sendable {
    func file(at path: String) -> Data?
}
