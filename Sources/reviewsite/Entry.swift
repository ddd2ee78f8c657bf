import ReviewSiteCLI

/// Runs the root command; all logic lives in `ReviewSiteCLI`.
@main
enum Entry {
    static func main() async {
        await ReviewSiteCommand.main()
    }
}
