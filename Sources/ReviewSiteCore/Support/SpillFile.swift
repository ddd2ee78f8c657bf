import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file, unlinked as soon as it is opened, that a build parks each review's parsed
/// document in once the review is analysed. The build's memory then does not grow with every
/// review's document, and rendering reads a document back instead of parsing its Markdown again.
/// The file is gone when the process ends or the last review referring to it is released.
public final class SpillFile: Sendable {
    private let descriptor: Int32
    /// Where the next write goes: writes reserve their range here, then run in parallel.
    private let end = Mutex<Int64>(0)

    /// Nil when no temporary file can be made; a build then keeps documents in memory.
    public init?(in folder: URL = FileManager.default.temporaryDirectory) {
        var template = Array(folder.appendingPathComponent("reviewsite-spill-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Writes the buffers one after the other and returns where the first starts; nil when the
    /// file cannot take them (a full disk, say).
    func append(_ buffers: UnsafeRawBufferPointer...) -> Int64? {
        let length = Int64(buffers.reduce(0) { $0 + $1.count })
        var offset = end.withLock { end in
            defer { end += length }
            return end
        }
        let start = offset
        for buffer in buffers {
            guard write(buffer, at: offset) else { return nil }
            offset += Int64(buffer.count)
        }
        return start
    }

    /// Fills `buffer` from `offset`; false if the file could not be read.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) -> Bool {
        Self.transfer(buffer.count, at: offset) { done, position in
            pread(descriptor, buffer.baseAddress! + done, buffer.count - done, position)
        }
    }

    private func write(_ buffer: UnsafeRawBufferPointer, at offset: Int64) -> Bool {
        Self.transfer(buffer.count, at: offset) { done, position in
            pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, position)
        }
    }

    /// Repeats `call` (given the bytes done so far and the file position) until `count` bytes
    /// are done, as reads and writes may do part of the job; false on an error or end of file.
    private static func transfer(_ count: Int, at offset: Int64, _ call: (Int, off_t) -> Int) -> Bool {
        var done = 0
        while done < count {
            let result = call(done, off_t(offset) + off_t(done))
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return false }
            done += result
        }
        return true
    }
}
