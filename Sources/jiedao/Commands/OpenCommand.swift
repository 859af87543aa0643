import ArgumentParser
import JiedaoCore
import JiedaoStore

/// `jiedao open`: the dashboard (the default command).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the dashboard on a data directory (the default)."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        let registry = try options.openOrCreateDemo().registry
        let summary = registry.summary(at: Environment.now)
        print(SummaryText.render(summary, language: options.language))
    }
}
