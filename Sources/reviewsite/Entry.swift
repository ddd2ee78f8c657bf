#if os(Linux)
import CJemalloc
#endif
import ReviewSiteCLI

/// Runs the root command; all logic lives in `ReviewSiteCLI`.
///
/// On Linux the executable links jemalloc (`CJemalloc`), whose `malloc` and `free` then serve
/// the whole process in place of glibc's. A build allocates and frees strings of a few
/// hundred kilobytes per review from two threads at once; glibc's allocator spent about a seventh
/// of a 1,000-review build consolidating and splitting freed blocks, and more per review as
/// reviews grew in number (Benchmarks/README.md).
@main
enum Entry {
    static func main() async {
        await ReviewSiteCommand.main()
    }
}
