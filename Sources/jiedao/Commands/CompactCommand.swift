import ArgumentParser
import JiedaoCore
import JiedaoStore

/// `jiedao compact`: folds the journal into a new snapshot and archives it.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Write a new snapshot and archive the journal (safe while others edit)."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        var (session, registry) = try options.open()
        do {
            try session.compact(&registry, author: Environment.login, at: Environment.now)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
        print(options.language == .zh ? "已压缩，快照序号 \(session.sequence)" : "Compacted; the snapshot holds everything up to sequence \(session.sequence).")
    }
}
