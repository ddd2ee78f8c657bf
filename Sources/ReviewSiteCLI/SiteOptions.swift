import ArgumentParser
import ReviewSiteBuild

/// Folders shared by every command that reads a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content = "Content"

    @Option(name: .long, help: "The templates folder.")
    var templates = "Templates"

    @Flag(name: .long, help: "Print nothing but errors and warnings.")
    var quiet = false
}
