import Foundation

/// A content folder written by a test into a fresh scratch folder, built with the real
/// executable from inside that folder, so diagnostics name `Content/...` as an author sees them.
struct ScratchContent {
    let folder: URL
    var content: URL { folder.appendingPathComponent("Content") }
    var site: URL { folder.appendingPathComponent("Site") }

    static let siteYAML = "title: Fixture reviews\nboard: Fixture Safeguarding Partnership\nbase_url: https://fixture.example.org/\n"
    static let themesYAML = "neglect:\n  title: Neglect\nescalation:\n  title: Escalation\n"

    /// Front matter of a valid, published review, followed by `body`.
    static func review(_ body: String, title: String = "Child A", extra: String = "") -> String {
        "---\ntitle: \(title)\nkind: Serious Case Review\nboard: Fixture Safeguarding Partnership\npublished: 2020-07-03\n\(extra)---\n\(body)"
    }

    init() throws {
        folder = try Fixtures.scratch()
        try write("site.yml", Self.siteYAML)
        try write("themes.yml", Self.themesYAML)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("reviews"), withIntermediateDirectories: true)
    }

    /// Writes a file under `Content/`, creating its folder.
    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func link(_ path: String, to destination: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// `reviewsite build --quiet` run from the scratch folder, so stderr holds only diagnostics and the last line.
    func build(_ extra: [String] = [], output: String = "Site", environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(["build", "--content", "Content", "--templates", Fixtures.templates.path, "--output", output, "--quiet"] + extra, in: folder, environment: environment)
    }
}
