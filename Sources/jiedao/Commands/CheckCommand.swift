import ArgumentParser
import JiedaoCore
import JiedaoStore

/// `jiedao check`: verifies the data; exit 0 when sound, 1 when damaged.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify snapshot, journal and archive (or one file); exit 1 when damaged."
    )

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("A single snapshot or journal file to check instead of a directory.", valueName: "FILE"))
    var file: String?

    func run() throws {
        let report = file.map { IntegrityCheck.check(file: $0) } ?? IntegrityCheck.check(directory: options.directory)
        let language = options.language
        for line in report.lines {
            let mark = line.sound ? "ok" : (language == .zh ? "损坏" : "DAMAGED")
            print("\(mark)  \(line.file): \(line.text.text(language))")
        }
        if !report.isSound { throw ExitCode(1) }
    }
}
