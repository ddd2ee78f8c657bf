import Foundation
import FuzzSupport
import ReviewSitePreview

/// Request paths: whatever a client sends, a path `RequestPath.resolve` serves or redirects to
/// has no `..` or `.` segment, does not start with `/` (served paths), holds no backslash or NUL,
/// and stays inside the site folder once the file system would resolve it.
func fuzzRequestPath(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = FuzzInput.text(data, size)
    for exists in [{ (_: String) in true }, { (path: String) in path.hasSuffix("/index.html") }] {
        switch RequestPath.resolve(raw, exists: exists) {
        case .file(let path):
            FuzzInput.require(path.utf8.first != 0x2F, "'\(raw)' serves the absolute path '\(path)'")
            checkInsideSite(path, from: raw)
        case .redirect(let location):
            FuzzInput.require(location.utf8.starts(with: [0x2F]) && !location.utf8.starts(with: [0x2F, 0x2F]), "'\(raw)' redirects off the site to '\(location)'")
            guard let decoded = location.removingPercentEncoding else {
                FuzzInput.require(false, "'\(raw)' redirects to the malformed '\(location)'")
                return 0
            }
            checkInsideSite(String(Substring(decoded.unicodeScalars.dropFirst())), from: raw)
        case .notFound, .forbidden:
            break
        }
    }
    return 0
}

/// Checks byte by byte, as the file system reads a path: compared by Characters, "/" followed by
/// a combining mark is not "/".
private func checkInsideSite(_ path: String, from raw: String) {
    FuzzInput.require(!path.utf8.contains(0x5C) && !path.utf8.contains(0), "'\(raw)' resolves to '\(path)' with a backslash or NUL")
    let segments = path.utf8.split(separator: 0x2F, omittingEmptySubsequences: false)
    FuzzInput.require(!segments.contains { Array($0) == [0x2E, 0x2E] || Array($0) == [0x2E] }, "'\(raw)' resolves to '\(path)' with a dot segment")
    let root = URL(fileURLWithPath: "/srv/site", isDirectory: true)
    let resolved = root.appendingPathComponent(path).standardizedFileURL.path
    FuzzInput.require(resolved == root.path || resolved.utf8.starts(with: (root.path + "/").utf8), "'\(raw)' resolves to '\(resolved)' outside the site")
}

@_cdecl("FuzzRequestPath_main")
func main(_ argc: CInt, _ argv: FuzzDriver.Arguments) -> CInt {
    FuzzDriver.run(argc, argv) { data, size in fuzzRequestPath(data ?? UnsafePointer(bitPattern: 1)!, size) }
}
