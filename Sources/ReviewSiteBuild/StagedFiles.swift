import Foundation
import ReviewSiteRendering

/// The files of a build being written into the staging folder, from any thread, as they are rendered.
/// Remembers the folders it made and the first error, which `finish()` rethrows.
final class StagedFiles: @unchecked Sendable {
    /// The staging folder's path with a slash, which every file's path is appended to as text:
    /// `URL` parses every path it is given, 1% of a large build's time.
    private let stagingPrefix: String
    private let templatesDirectory: URL
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var paths: [String] = []
    private var firstError: Error?

    init(staging: URL, templatesDirectory: URL) {
        self.stagingPrefix = staging.path.hasSuffix("/") ? staging.path : staging.path + "/"
        self.templatesDirectory = templatesDirectory
    }

    func write(_ file: OutputFile) {
        let destination = stagingPrefix + file.path
        do {
            try makeFolder(file.path.lastIndex(of: "/").map { String(file.path[..<$0]) } ?? "")
            switch file.contents {
            case .text(var text):
                try text.withUTF8 { try Self.write($0, to: destination) }
            case .copy(let relative):
                try Data(contentsOf: templatesDirectory.appendingPathComponent(relative)).withUnsafeBytes {
                    try Self.write($0.bindMemory(to: UInt8.self), to: destination)
                }
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
        if let missing = written.first(where: { access(stagingPrefix + $0, F_OK) != 0 }) {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOENT)), NSFilePathErrorKey: missing])
        }
        return written
    }

    /// Writes with plain POSIX calls: Foundation's `Data.write(to:)` fsyncs every file, which
    /// made writing thousands of small search files take seconds. The build is made safe by
    /// swapping the finished folder in, not by flushing each file to disk.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }

    private func makeFolder(_ folder: String) throws {
        guard !lock.withLock({ folders.contains(folder) }) else { return }
        try FileManager.default.createDirectory(atPath: stagingPrefix + folder, withIntermediateDirectories: true)
        lock.withLock { _ = folders.insert(folder) }
    }
}
