import Foundation
import ReviewSiteCore
import ReviewSiteRendering

/// Writes a generated site so that readers never see half of it: everything goes into a
/// temporary folder beside the output, which replaces the output only when complete.
public struct SiteWriter: Sendable {
    public var outputDirectory: URL
    public var templatesDirectory: URL
    static let temporaryPrefix = ".reviewsite-tmp-"

    public init(outputDirectory: URL, templatesDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
        self.templatesDirectory = templatesDirectory
    }

    public func write(_ files: [OutputFile]) throws(DiagnosticError) {
        let fileManager = FileManager.default
        let parent = outputDirectory.deletingLastPathComponent()
        let name = outputDirectory.lastPathComponent
        removeStrayTemporaryFolders(in: parent, for: name)
        let staging = parent.appendingPathComponent("\(Self.temporaryPrefix)\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            try writeAll(files, into: staging)
            try swap(staging, into: outputDirectory)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw DiagnosticError([Diagnostic(.error, file: outputDirectory.relativePath, line: 1, column: 1, "could not write the site (\(Self.describe(error))); the previous site is unchanged. Check free space and permissions")])
        }
    }

    private func writeAll(_ files: [OutputFile], into staging: URL) throws {
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }.sorted()
        for folder in folders {
            try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let errors = concurrentMap(files.count) { index -> Error? in
            let file = files[index]
            let destination = staging.appendingPathComponent(file.path)
            do {
                switch file.contents {
                case .text(let text):
                    try Data(text.utf8).write(to: destination)
                case .copy(let relative):
                    try Data(contentsOf: templatesDirectory.appendingPathComponent(relative)).write(to: destination)
                }
                return nil
            } catch {
                return error
            }
        }
        if let error = errors.compactMap({ $0 }).first { throw error }
    }

    /// Moves the complete new site into place, keeping the old one until the move succeeded.
    private func swap(_ staging: URL, into output: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent("\(Self.temporaryPrefix)old-\(output.lastPathComponent)-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: old)
        try fileManager.moveItem(at: output, to: old)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: old, to: output)
            throw error
        }
        try? fileManager.removeItem(at: old)
    }

    /// Folders left by a build that was killed part-way.
    private func removeStrayTemporaryFolders(in parent: URL, for name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix("\(Self.temporaryPrefix)\(name)-") || entry.hasPrefix("\(Self.temporaryPrefix)old-\(name)-") {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return "\(nsError.localizedDescription): \(underlying.localizedDescription)"
        }
        return nsError.localizedDescription
    }
}
