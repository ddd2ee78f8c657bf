import Foundation

/// Fixture sites kept as real folders under `Fixtures/`, and scratch folders to build them into.
enum Fixtures {
    static let root = CLI.packageRoot.appendingPathComponent("Tests/ReviewSiteBuildTests/Fixtures")
    static let templates = CLI.packageRoot.appendingPathComponent("Templates")

    static func site(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// A fresh folder inside `runFolder`.
    static func scratch() throws -> URL {
        let url = runFolder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Holds every scratch folder of this test process, and is removed when the process exits,
    /// so a run of the suite leaves nothing behind in the temporary folder.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reviewsite-tests-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        atexit { try? FileManager.default.removeItem(at: Fixtures.runFolder) }
        return url
    }()

    /// Builds a fixture into a fresh folder and returns the folder and the CLI result.
    static func build(_ name: String, _ extra: [String] = [], into output: URL? = nil) throws -> (URL, CLI.Result) {
        let output = try output ?? scratch().appendingPathComponent("Site")
        let result = try CLI.run(["build", "--content", site(name).path, "--templates", templates.path, "--output", output.path] + extra)
        return (output, result)
    }

    /// Every file under `folder` by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.resolvingSymlinksInPath().path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    static func text(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
}
