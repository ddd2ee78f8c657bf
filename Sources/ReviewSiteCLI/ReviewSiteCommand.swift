import ArgumentParser

/// The `reviewsite` command: one subcommand per file in this folder.
public struct ReviewSiteCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reviewsite",
        abstract: "Build a cross-linked website from child safeguarding case reviews.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, ImportCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}
}
