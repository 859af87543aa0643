import ArgumentParser
import JiedaoCore
import JiedaoStore

/// `jiedao holidays`: the State Council's notices a data set counts working days by. Adding one
/// is an admin's edit, journaled like any other, so every process and every replay agrees.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List, add or remove the holiday notices of a data set (admins).",
        discussion: """
        A notice is a text file in the shipped format: a line `year 2027 <notice number>`, then one line per \
        holiday (`2027-02-05..2027-02-11 off 春节`) and per make-up workday (`2027-02-14 work 春节调休`). Adding a \
        notice for a year replaces the one added before for that year.
        """,
        subcommands: [HolidaysListCommand.self, HolidaysAddCommand.self, HolidaysRemoveCommand.self],
        defaultSubcommand: HolidaysListCommand.self
    )

    /// The years a notice declares complete.
    static func years(of notice: String) -> [Int] {
        ((try? HolidayData(parsing: notice, source: "notice"))?.years.keys).map { $0.sorted() } ?? []
    }
}

struct HolidaysListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the years the data set's calendar knows, and where each comes from.")

    @OptionGroup var options: DataOptions

    func run() throws {
        let registry = try options.readOnly()
        let zh = options.language == .zh
        let added = Set((registry.settings.holidayNotices ?? []).flatMap(HolidaysCommand.years))
        // A server's clients see the notices in the settings; its directory's files stay on the server.
        let files = options.serverSocket == nil ? DashboardFiles.holidayFiles(in: options.directory) : []
        let filed = Set(files.flatMap { $0.years.keys })
        let shipped = Set(HolidayData.shipped.years.keys)
        for year in shipped.union(added).union(filed).sorted() {
            let source = added.contains(year) ? (zh ? "已添加的通知" : "added notice")
                : filed.contains(year) ? (zh ? "数据目录中的文件" : "file in the data directory")
                : (zh ? "内置" : "built in")
            printForPeople("\(year)  \(source)")
        }
    }
}

struct HolidaysAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a year's notice from a file (replacing one added before for that year).")

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("The notice as a text file (holidays-2027.txt), or - to type or paste it (end with Ctrl-D).", valueName: "FILE"))
    var file: String

    func run() throws {
        let zh = options.language == .zh
        let text: String
        if file == "-" {
            var lines: [String] = []
            while let line = readLine() { lines.append(line) }
            text = lines.joined(separator: "\n") + "\n"
        } else {
            guard case .text(let read) = TextFiles.read(file) else {
                throw CommandFailure(zh ? "无法读取 \(file)" : "Cannot read \(file)")
            }
            text = read
        }
        let parsed: HolidayData
        do {
            parsed = try HolidayData(parsing: text, source: file)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
        let years = parsed.years.keys.sorted()
        guard !years.isEmpty else {
            throw CommandFailure(zh ? "\(file) 没有 year 行：通知须以“year 2027 通知文号”开头"
                                    : "\(file) has no year line: a notice starts with “year 2027 <notice number>”")
        }
        try options.change { registry in
            var settings = registry.settings
            let kept = (settings.holidayNotices ?? []).filter { Set(HolidaysCommand.years(of: $0)).isDisjoint(with: years) }
            settings.holidayNotices = kept + [text]
            return .changeSettings(version: registry.settings.version, settings)
        }
        let list = years.map(String.init).joined(separator: ", ")
        print(zh ? "已添加 \(list) 年的放假安排（\(parsed.entries.count) 天）" : "Added the holiday notice for \(list) (\(parsed.entries.count) days)")
    }
}

struct HolidaysRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove the notice added for a year (the built-in ones stay).")

    @OptionGroup var options: DataOptions

    @Argument(help: ArgumentHelp("The year, e.g. 2027.", valueName: "YEAR"))
    var year: Int

    func run() throws {
        let zh = options.language == .zh
        try options.change { registry in
            var settings = registry.settings
            let notices = settings.holidayNotices ?? []
            let kept = notices.filter { !HolidaysCommand.years(of: $0).contains(year) }
            guard kept.count < notices.count else {
                throw CommandFailure(zh ? "没有为 \(year) 年添加过放假安排" : "No notice was added for \(year)")
            }
            settings.holidayNotices = kept.isEmpty ? nil : kept
            return .changeSettings(version: registry.settings.version, settings)
        }
        print(zh ? "已移除 \(year) 年的放假安排" : "Removed the holiday notice for \(year)")
    }
}
