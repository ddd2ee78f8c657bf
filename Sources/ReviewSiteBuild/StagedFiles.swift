import Foundation
import ReviewSiteRendering

/// The files of a build being written into the staging folder, from any thread, as they are rendered.
/// Remembers the folders it made and the first error, which `finish()` rethrows.
final class StagedFiles: @unchecked Sendable {
    private let staging: URL
    private let templatesDirectory: URL
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var paths: [String] = []
    private var firstError: Error?

    init(staging: URL, templatesDirectory: URL) {
        self.staging = staging
        self.templatesDirectory = templatesDirectory
    }

    func write(_ file: OutputFile) {
        let destination = staging.appendingPathComponent(file.path)
        do {
            try makeFolder((file.path as NSString).deletingLastPathComponent)
            switch file.contents {
            case .text(var text):
                try text.withUTF8 { try Self.data(viewing: $0).write(to: destination) }
            case .copy(let relative):
                try Data(contentsOf: templatesDirectory.appendingPathComponent(relative)).write(to: destination)
            }
            lock.withLock { paths.append(file.path) }
        } catch {
            lock.withLock { firstError = firstError ?? error }
        }
    }

    /// Every path written, or the first error met, or an error if a written file has since
    /// vanished (the staging folder removed under the build).
    func finish() throws -> [String] {
        let written = try lock.withLock {
            if let firstError { throw firstError }
            return paths
        }
        if let missing = written.first(where: { !FileManager.default.fileExists(atPath: staging.appendingPathComponent($0).path) }) {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOENT)), NSFilePathErrorKey: missing])
        }
        return written
    }

    /// The bytes of a page without copying them: the largest index pages are tens of megabytes.
    private static func data(viewing bytes: UnsafeBufferPointer<UInt8>) -> Data {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return Data() }
        return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
    }

    private func makeFolder(_ folder: String) throws {
        guard !lock.withLock({ folders.contains(folder) }) else { return }
        try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        lock.withLock { _ = folders.insert(folder) }
    }
}
