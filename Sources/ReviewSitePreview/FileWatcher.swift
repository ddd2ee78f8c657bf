import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reports files written, moved in or deleted under some folders, with the events of a burst
/// of saves gathered into one batch (debounced). Uses inotify on Linux, so a save is seen at
/// once; elsewhere it compares modification times every 100 ms. Used from one thread only.
public final class FileWatcher {
    /// Quiet time that ends a burst of events.
    public let debounce: TimeInterval
    #if canImport(Glibc)
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    #else
    private let roots: [URL]
    private var snapshot: [String: Date]
    #endif

    public init(folders roots: [URL], debounce: TimeInterval = 0.005) throws {
        self.debounce = debounce
        #if canImport(Glibc)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw CocoaError(.fileReadUnknown) }
        for root in roots { watchTree(root.standardizedFileURL.path) }
        #else
        self.roots = roots
        self.snapshot = Self.scan(roots)
        #endif
    }

    deinit {
        #if canImport(Glibc)
        close(descriptor)
        #endif
    }

    /// Waits up to `timeout` seconds for changes and returns the changed files' absolute paths,
    /// sorted; an empty list when nothing changed in time.
    public func waitForChanges(timeout: TimeInterval) -> [String] {
        var changed = Set<String>()
        let deadline = Date().addingTimeInterval(timeout)
        guard wait(until: deadline, into: &changed) else { return [] }
        let burstEnd = Date().addingTimeInterval(debounce * 20)
        while Date() < burstEnd, wait(until: Date().addingTimeInterval(debounce), into: &changed) {}
        return changed.sorted()
    }

    #if canImport(Glibc)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE)

    private func watchTree(_ path: String) {
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return }
        folders[watch] = path
        let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for child in children where !child.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let full = path + "/" + child
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue { watchTree(full) }
        }
    }

    /// Reads events until `deadline`; true when at least one file changed.
    private func wait(until deadline: Date, into changed: inout Set<String>) -> Bool {
        let before = changed.count
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while changed.count == before {
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow * 1000).rounded(.up))
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, remaining) > 0 else { return false }
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { continue }
            parse(buffer[0..<count], into: &changed)
        }
        return true
    }

    private func parse(_ bytes: ArraySlice<UInt8>, into changed: inout Set<String>) {
        var offset = bytes.startIndex
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= bytes.endIndex {
            let event = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: inotify_event.self) }
            let nameBytes = bytes[(offset + header)..<(offset + header + Int(event.len))].prefix { $0 != 0 }
            offset += header + Int(event.len)
            guard let folder = folders[event.wd], !nameBytes.isEmpty else { continue }
            let path = folder + "/" + String(decoding: nameBytes, as: UTF8.self)
            if event.mask & UInt32(IN_ISDIR) != 0 {
                if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path) }
                continue
            }
            if event.mask & UInt32(IN_CREATE) == 0 { changed.insert(path) }
        }
    }
    #else
    private func wait(until deadline: Date, into changed: inout Set<String>) -> Bool {
        repeat {
            let current = Self.scan(roots)
            let differing = Set(current.keys).union(snapshot.keys).filter { current[$0] != snapshot[$0] }
            snapshot = current
            if !differing.isEmpty {
                changed.formUnion(differing)
                return true
            }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        return false
    }

    private static func scan(_ roots: [URL]) -> [String: Date] {
        var times: [String: Date] = [:]
        for root in roots {
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey], options: [.skipsHiddenFiles])
            while let url = files?.nextObject() as? URL {
                times[url.standardizedFileURL.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
            }
        }
        return times
    }
    #endif
}
