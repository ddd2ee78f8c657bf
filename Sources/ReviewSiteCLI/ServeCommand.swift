import ArgumentParser
import Foundation
import ReviewSiteBuild
import ReviewSitePreview

/// `reviewsite serve`: the author's preview, drafts included, rebuilt and reloaded on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site with drafts, rebuilding and reloading the browser on every save.",
        discussion: "Builds into memory (Site/ is never touched) and watches the content and templates folders."
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The port to listen on.")
    var port = 4000

    @Option(name: .long, help: "The address to listen on; the default keeps the preview on this computer.")
    var host = "127.0.0.1"

    @Flag(name: .customLong("no-open"), help: "Do not open the preview in the browser.")
    var noOpen = false

    func run() async throws {
        let console = Console(quiet: site.quiet)
        let session = PreviewSession(options: BuildOptions(content: site.content, templates: site.templates, includeDrafts: true)) { line in
            Console.write(line)
        }
        session.start()
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            Console.write("warning: listening on \(host): anyone who can reach this computer can read the drafts")
        }
        let open = !noOpen
        do {
            try await PreviewServer(session: session, host: host, port: port).run { url in
                console.progress("Serving the preview at \(url) (drafts included); press Ctrl-C to stop.")
                if open { Self.openBrowser(url) }
            }
        } catch let error as PreviewServer.Failure {
            Console.write("error: \(error)")
            throw ExitCode.failure
        }
    }

    private static func openBrowser(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open"]
        #endif
        process.arguments = (process.arguments ?? []) + [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
