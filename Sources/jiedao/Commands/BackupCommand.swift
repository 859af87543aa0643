import ArgumentParser
import JiedaoCore
import JiedaoStore

/// `jiedao backup`: one consistent file of the whole data set.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write one consistent backup file of the data set (safe while others edit)."
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("The backup file to write.", valueName: "FILE"))
    var out: String

    func run() throws {
        var (session, registry) = try options.open()
        do {
            try session.backup(&registry, to: out, author: Environment.login, at: Environment.now)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
        print(options.language == .zh ? "已备份到 \(out)（序号至 \(session.sequence)）" : "Backed up to \(out) (up to sequence \(session.sequence)).")
    }
}

/// `jiedao restore`: a backup file back into an empty data directory.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup file into an empty data directory."
    )

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("The backup file made by `jiedao backup`.", valueName: "FILE"))
    var file: String

    func run() throws {
        do {
            try options.directory.restore(from: file, author: Environment.login, at: Environment.now)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
        print(options.language == .zh ? "已恢复到 \(options.directory.path)" : "Restored into \(options.directory.path).")
    }
}
