import Foundation

/// Runs the command-line tools that turn PDF and Word files into text, so the
/// importer itself only ever deals with plain text.
enum ExternalConverter {
    static func text(from url: URL, tool: String, arguments: [String], install: String) throws(ImportError) -> String {
        let file = url.lastPathComponent
        guard let executable = locate(tool) else {
            throw ImportError(file: file, message: "reading .\(url.pathExtension.lowercased()) files needs `\(tool)` on PATH; install \(install)")
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ImportError(file: file, message: "could not run \(tool): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ImportError(file: file, message: "\(tool) failed with exit status \(process.terminationStatus); is the file damaged or password-protected?")
        }
        return try SourceText.decode(data, file: file)
    }

    static func locate(_ tool: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }
}
