import ArgumentParser
import Foundation
import ReviewSiteCore
import ReviewSiteImport

/// `reviewsite import`: turns the text of published reviews into draft reviews an author then edits.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert review text (.txt, or .pdf/.docx when pdftotext/pandoc are installed) into draft Markdown reviews."
    )

    @Argument(help: "The files to import.")
    var files: [String]

    @Option(name: .long, help: "Where to write the reviews.")
    var out = "Content/reviews"

    @Option(name: .long, help: "The slug (file name) of the review; only with a single file.")
    var slug: String?

    @Option(name: .long, help: "The theme registry used to suggest themes.")
    var themes = "Content/themes.yml"

    @Flag(name: .long, help: "Overwrite an existing review.")
    var force = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if slug != nil && files.count > 1 { throw ValidationError("--slug can only be used when importing one file") }
        if let slug, !Slug.isValid(slug) { throw ValidationError("--slug must be lowercase letters, digits and hyphens, e.g. '\(Slug.make(slug))'") }
    }

    func run() async throws {
        let console = Console(quiet: quiet)
        let importer = ReviewImporter(vocabulary: try vocabulary(console))
        var failures = 0
        for file in files {
            do {
                let review = try importer.convert(try importer.readSource(at: URL(fileURLWithPath: file)), sourceName: file)
                let destination = URL(fileURLWithPath: out).appendingPathComponent("\(slug ?? review.slug).md")
                if FileManager.default.fileExists(atPath: destination.path) && !force {
                    Console.write("\(destination.relativePath):1:1: error: a review already exists here; pass --force to overwrite it or --slug to choose another name")
                    failures += 1
                    continue
                }
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(review.markdown.utf8).write(to: destination, options: .atomic)
                var line = "Imported \(file) → \(destination.relativePath) (\(review.passageCount) passages, draft)"
                if !review.unknownFields.isEmpty { line += "; to complete: \(review.unknownFields.joined(separator: ", "))" }
                console.progress(line)
            } catch let error as ImportError {
                Console.write(error.description)
                failures += 1
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }

    /// Theme slugs, titles and aliases from the registry, for suggestions; none when it is absent.
    private func vocabulary(_ console: Console) throws -> ThemeVocabulary {
        let url = URL(fileURLWithPath: themes)
        guard FileManager.default.fileExists(atPath: url.path) else { return ThemeVocabulary([]) }
        var log: [Diagnostic] = []
        let registry: ThemeRegistry
        do {
            registry = ThemeRegistryLoader.load(try SourceFile.read(url, displayPath: themes), log: &log)
        } catch {
            console.report(error.diagnostics)
            throw ExitCode.failure
        }
        return ThemeVocabulary(registry.themes.map { (slug: $0.slug, names: [$0.title] + $0.aliases) })
    }
}
