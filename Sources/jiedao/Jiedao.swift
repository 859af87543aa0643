import ArgumentParser

/// The `jiedao` command: the dashboard by default, and tools for scripts.
@main
struct Jiedao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jiedao",
        abstract: "Jiedao (街道): a terminal dashboard for street-office coordinators.",
        discussion: """
        Without a subcommand, opens the dashboard on the data directory (--data, JIEDAO_DATA, or the \
        default one, which receives the demo street on the first run). A directory you name that holds \
        no data set is an error: start one with `jiedao init`, or make a demo with `jiedao demo`.
        """,
        version: JiedaoVersion.text,
        subcommands: [OpenCommand.self, WatchCommand.self, SummaryCommand.self, InitCommand.self, UserCommand.self, DemoCommand.self, CheckCommand.self,
                      CompactCommand.self, BackupCommand.self, RestoreCommand.self, LogCommand.self, ReportCommand.self, ExportCommand.self, ImportCommand.self, CalendarCommand.self, HolidaysCommand.self, SettingsCommand.self, ServeCommand.self, StressCommand.self, FollowCommand.self, PublishCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

enum JiedaoVersion {
    static let text = "0.1.0"
}
