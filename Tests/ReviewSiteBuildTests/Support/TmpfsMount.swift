import Foundation

/// A small tmpfs mounted for one test, to make an output folder read-only or full.
/// Mounting needs root; tests using it are skipped, with their reason, otherwise.
struct TmpfsMount {
    let point: URL

    static let isAvailable: Bool = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

    init(kilobytes: Int) throws {
        point = try Fixtures.scratch().appendingPathComponent("mount")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        try Self.run(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", point.path])
    }

    func remountReadOnly() throws { try Self.run(["-o", "remount,ro", point.path]) }

    func unmount() { try? Self.run(["-l", point.path], tool: "/bin/umount") }

    private static func run(_ arguments: [String], tool: String = "/bin/mount") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments) failed"]) }
    }
}
