import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Swaps two folders in one step where the system can (Linux `renameat2` with
/// `RENAME_EXCHANGE`), so a build killed at any moment leaves either the old site or the new
/// one in place, never neither.
enum DirectoryExchange {
    /// True when the two paths were exchanged; false when the system or file system cannot.
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if os(Linux)
        guard let renameat2 else { return false }
        let atCurrentDirectory: Int32 = -100
        let exchangeFlag: UInt32 = 1 << 1
        return renameat2(atCurrentDirectory, first.path, atCurrentDirectory, second.path, exchangeFlag) == 0
        #else
        return false
        #endif
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Glibc has the call but Swift's Glibc module does not declare it; look it up by name.
    private static let renameat2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    #endif
}
