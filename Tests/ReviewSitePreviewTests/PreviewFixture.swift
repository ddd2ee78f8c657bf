import Foundation
import ReviewSiteBuild
@testable import ReviewSitePreview

/// A preview site in a temporary folder: the fixture content and the repository's templates,
/// free to edit; removed when the test ends.
final class PreviewFixture: Sendable {
    let root: URL
    let content: URL
    let templates: URL
    let session: PreviewSession
    private let lines = Lines()

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        content = root.appendingPathComponent("Content")
        templates = root.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let fixture = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("preview-site")
        try FileManager.default.copyItem(at: fixture, to: content)
        try FileManager.default.copyItem(at: Self.repositoryTemplates, to: templates)
        let lines = self.lines
        session = PreviewSession(options: BuildOptions(content: content.path, templates: templates.path)) { lines.append($0) }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// What the session printed.
    var printed: [String] { lines.all }

    var responder: PreviewResponder { PreviewServer(session: session).responder }

    func path(_ relative: String) -> String { content.appendingPathComponent(relative).path }

    /// Replaces `old` with `new` in a content file, as an editor's save would.
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let url = content.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        precondition(text.contains(old), "fixture text not found: \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    static var repositoryTemplates: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")
    }
}

final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
