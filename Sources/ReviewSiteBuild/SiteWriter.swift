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
        try write { emit in _ = concurrentMap(files.count) { emit(files[$0]) } }
    }

    /// Writes each file `produce` emits, from any thread, as it comes; then swaps the site in.
    /// Returns the paths written, so a build can count its pages. If `produce` throws, nothing
    /// is swapped in and its error is passed on.
    @discardableResult
    public func write(_ produce: (_ emit: @Sendable (OutputFile) -> Void) throws(DiagnosticError) -> Void) throws(DiagnosticError) -> [String] {
        let fileManager = FileManager.default
        let parent = outputDirectory.deletingLastPathComponent()
        let name = outputDirectory.lastPathComponent
        removeStrayTemporaryFolders(in: parent, for: name)
        let staging = parent.appendingPathComponent("\(Self.temporaryPrefix)\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            let files = StagedFiles(staging: staging, templatesDirectory: templatesDirectory)
            try produce(files.write)
            let paths = try files.finish()
            try swap(staging, into: outputDirectory)
            return paths
        } catch let error as DiagnosticError {
            try? fileManager.removeItem(at: staging)
            throw error
        } catch {
            try? fileManager.removeItem(at: staging)
            throw DiagnosticError([Diagnostic(.error, file: outputDirectory.relativePath, line: 1, column: 1, "could not write the site (\(Self.describe(error))); the previous site is unchanged. Check free space and permissions")])
        }
    }

    /// Moves the complete new site into place, keeping the old one until the move succeeded.
    private func swap(_ staging: URL, into output: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if DirectoryExchange.exchange(staging, output) {
            try? fileManager.removeItem(at: staging)
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

    /// Folders left by a build that was killed part-way; those of a build still running are
    /// left alone. A previous site caught mid-swap is put back rather than deleted.
    private func removeStrayTemporaryFolders(in parent: URL, for name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            let isStaging = entry.hasPrefix("\(Self.temporaryPrefix)\(name)-")
            let isOld = entry.hasPrefix("\(Self.temporaryPrefix)old-\(name)-")
            guard isStaging || isOld, let pid = Int32(entry.split(separator: "-").last ?? ""), !Self.isRunning(pid) else { continue }
            let url = parent.appendingPathComponent(entry)
            if isOld && !FileManager.default.fileExists(atPath: outputDirectory.path) {
                try? FileManager.default.moveItem(at: url, to: outputDirectory)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid != ProcessInfo.processInfo.processIdentifier && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// The system's own words for the failure ("No space left on device"), not Foundation's generic ones.
    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        let posix = [nsError, nsError.userInfo[NSUnderlyingErrorKey] as? NSError].compactMap { $0 }.first { $0.domain == NSPOSIXErrorDomain }
        if let posix { return String(cString: strerror(Int32(posix.code))) }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteOutOfSpace where nsError.domain == NSCocoaErrorDomain: return String(cString: strerror(ENOSPC))
        case .fileWriteVolumeReadOnly where nsError.domain == NSCocoaErrorDomain: return String(cString: strerror(EROFS))
        case .fileWriteNoPermission where nsError.domain == NSCocoaErrorDomain: return String(cString: strerror(EACCES))
        default: return nsError.localizedDescription
        }
    }
}
