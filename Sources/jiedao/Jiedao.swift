import ArgumentParser

/// The `jiedao` command: the dashboard by default, and tools for scripts.
@main
struct Jiedao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jiedao",
        abstract: "Jiedao (街道): a terminal dashboard for street-office coordinators.",
        discussion: """
        Without a subcommand, opens the dashboard on the data directory (creating the demo street \
        there when it holds no data yet).
        """,
        version: JiedaoVersion.text,
        subcommands: [OpenCommand.self, WatchCommand.self, SummaryCommand.self, DemoCommand.self, CheckCommand.self,
                      CompactCommand.self, BackupCommand.self, RestoreCommand.self, LogCommand.self, ReportCommand.self, ExportCommand.self, ImportCommand.self, CalendarCommand.self, StressCommand.self, FollowCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

enum JiedaoVersion {
    static let text = "0.1.0"
}
