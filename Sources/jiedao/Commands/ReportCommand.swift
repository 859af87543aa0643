import ArgumentParser
import JiedaoCore
import JiedaoExchange
import JiedaoStore

/// `jiedao report`: the monthly appeals report (月报).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the monthly appeals report: KPIs per community and category against the month before, most overdue, reopened."
    )

    @OptionGroup var options: DataOptions

    @Option(help: ArgumentHelp("The month, YYYY-MM (default: this month; on days 1–5, the month just ended).", valueName: "YYYY-MM"))
    var month: String?

    @Option(help: "md (Markdown, to print) or csv (for Excel).")
    var format: ReportFormat = .md

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case md, csv
    }

    func validate() throws {
        if let month, (try? Day(month + "-01")) == nil { throw ValidationError("--month must be YYYY-MM, not “\(month)”") }
    }

    func run() throws {
        // The report names no resident, so the server's masked copy serves as well as the files.
        var registry = try options.readOnly()
        let now = Environment.now
        let day = try month.map { try Day($0 + "-01") } ?? MonthlyReport.defaultMonth(today: Day(unixTime: now, utcOffset: registry.settings.utcOffset(at: now)))
        let calendar = options.serverSocket == nil
            ? DashboardFiles.calendar(for: options.directory, settings: registry.settings)
            : registry.settings.workCalendar(adding: [])
        registry.enableKPIs(calendar: calendar, at: now)
        registry.advanceClock(to: now)
        let report = MonthlyReport(registry, month: day, at: now, calendar: calendar, language: options.language)
        let text = format == .md ? report.markdown : report.csv
        if let out {
            do {
                try TextFiles.write(Array(text.utf8), to: out)
            } catch {
                throw CommandFailure(error.message.text(options.language))
            }
        } else {
            // Markdown is read in the terminal; CSV is data for a file or a pipe.
            if format == .md { printForPeople(text, terminator: "") } else { print(text, terminator: "") }
        }
    }
}
