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
        if file == nil { printRetention(language) }
    }

    /// What residents' personal data closed appeals still hold, and since when.
    private func printRetention(_ language: Language) {
        guard let registry = try? options.directory.open().registry else { return }
        let now = Environment.now
        let held = registry.retentionReport(at: now)
        let zh = language == .zh
        let since = held.oldestClosedAt.map { "\(Day(unixTime: $0, utcOffset: registry.settings.utcOffset(at: now)))" } ?? ""
        var line = zh ? "个人信息  已结案诉求中仍存居民姓名或电话：\(held.closedHolding) 件" : "personal data  closed appeals still holding a resident's name or phone: \(held.closedHolding)"
        if held.closedHolding > 0 { line += zh ? "，最早结案于 \(since)" : ", the earliest closed on \(since)" }
        if let days = held.retentionDays {
            line += zh ? "；保留期 \(days) 天，已过期 \(held.pastRetention) 件（下次整理时删除）" : "; kept \(days) days, \(held.pastRetention) past it (erased at the next compaction)"
        } else {
            line += zh ? "；未设保留期（jiedao settings --retention-days N）" : "; no retention period set (jiedao settings --retention-days N)"
        }
        printForPeople(line)
    }
}
