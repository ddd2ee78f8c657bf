import ArgumentParser
import Foundation
import ReviewSiteBuild
import ReviewSiteCore

/// `reviewsite check`: every problem a build would meet and more, one line each, nothing written.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content without building: exits 0 when clean, 1 when there are errors.",
        discussion: "Prints one line per problem, 'path:line:col: error|warning: message', or a JSON array with --format json."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "How to print problems: text or json.")
    var format = Format.text

    @Option(name: .long, help: "The last published site, whose anchors.json lists anchors that must not disappear.")
    var published = "Site"

    func run() async throws {
        let options = BuildOptions(content: site.content, templates: site.templates)
        let diagnostics = SiteChecker(options: options, published: published).check()
        switch format {
        case .text:
            let lines = diagnostics.map { $0.description + "\n" }.joined()
            FileHandle.standardOutput.write(Data(lines.utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(diagnostics) + Data("\n".utf8))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        Console(quiet: site.quiet).progress(Self.summary(errors: errors, warnings: warnings))
        if errors > 0 { throw ExitCode.failure }
    }

    static func summary(errors: Int, warnings: Int) -> String {
        if errors == 0 && warnings == 0 { return "No problems found." }
        let counts = "\(errors) \(errors == 1 ? "error" : "errors") and \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        return errors > 0 ? "Found \(counts); fix the errors before publishing." : "Found \(counts); the site can be built."
    }
}
