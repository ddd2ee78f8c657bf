import Foundation
import ReviewSiteBuild
import ReviewSiteRendering
import Testing

/// `build` writes pages as they are rendered; the site on disk must be exactly what the
/// in-memory render (used by preview) produces, and replace the previous site whole.
@Suite("Streaming build")
struct StreamingBuildTests {
    func options(output: URL) -> BuildOptions {
        BuildOptions(
            content: Fixtures.site("valid-site").path, templates: Fixtures.templates.path, output: output.path,
            today: BuildOptions.currentDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        )
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writesExactlyWhatTheInMemoryRenderProduces() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Site")
        let options = options(output: output)
        let (summary, _) = try Builder(options: options).build()
        let files = try SiteGenerator(options: options).generate().files

        #expect(summary.files == files.count)
        #expect(summary.pages == files.filter { $0.path.hasSuffix(".html") }.count)
        for file in files {
            let written = try Data(contentsOf: output.appendingPathComponent(file.path))
            switch file.contents {
            case .text(let text):
                #expect(written == Data(text.utf8), "\(file.path) differs from the in-memory render")
            case .copy(let relative):
                #expect(written == (try Data(contentsOf: options.templatesDirectory.appendingPathComponent(relative))))
            }
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("reviews/child-a/index.html").path))
    }

    @Test func replacesThePreviousSiteWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))

        _ = try Builder(options: options(output: output)).build()

        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".reviewsite-tmp-") }
        #expect(leftovers.isEmpty)
    }
}
