import ArgumentParser
import ReviewSiteBuild
import ReviewSiteCore

/// `reviewsite build`: Content/ in, a complete site out, or the previous site left untouched.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the content folder into the output folder."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The output folder, replaced only when the build succeeds.")
    var output = "Site"

    @Option(name: .customLong("base-url"), help: "The site's public URL, for canonical links, the feed and the sitemap (overrides site.yml).")
    var baseURL: String?

    @Flag(name: .long, help: "Include drafts and reviews dated in the future.")
    var drafts = false

    func run() async throws {
        let console = Console(quiet: site.quiet)
        let options = BuildOptions(content: site.content, templates: site.templates, output: output, baseURL: baseURL, includeDrafts: drafts)
        do {
            let (summary, warnings) = try Builder(options: options, progress: console.progress).build()
            console.report(warnings)
            console.progress(summary.line)
        } catch {
            console.report(error.diagnostics)
            let count = error.errors.count
            Console.write("Build failed with \(count) \(count == 1 ? "error" : "errors"); \(output)/ was not changed.")
            throw ExitCode.failure
        }
    }
}
