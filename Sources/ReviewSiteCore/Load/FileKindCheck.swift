import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Says why a content path cannot be read as a file before reading it: a link loop, a file
/// deleted since the folder was listed, or a folder, pipe or device with a `.md` name.
/// Reading a pipe would wait forever, so such paths are refused, never opened.
enum FileKindCheck {
    static func problem(at url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            switch errno {
            case ELOOP: return "is a link that leads back to itself; replace the link with the file"
            case ENOENT: return "no longer exists (deleted during the build, or a link to a missing file); restore it or remove the link"
            default: return nil
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "is a folder, not a file; rename it so its name does not end in .md"
        default: return "is not a regular file (a pipe, socket or device); content files must be plain text files"
        }
    }
}
