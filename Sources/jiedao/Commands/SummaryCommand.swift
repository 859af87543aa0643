import ArgumentParser
import Foundation
import JiedaoCore
import JiedaoRollup
import JiedaoStore

/// `jiedao summary`: the headline figures, as text or one JSON object.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the headline figures of a data set.",
        discussion: "Creates the demo street first when the data directory holds no data."
    )

    @OptionGroup var options: DataOptions

    @Flag(name: .long, help: "Print exactly one JSON object (keys in docs/metrics.md).")
    var json = false

    @Option(help: ArgumentHelp("Figures across streets from this PostgreSQL rollup database instead (see jiedao publish).", valueName: "URL"))
    var rollup: String?

    @Option(help: ArgumentHelp("With --rollup: only the streets of this district.", valueName: "NAME"))
    var district: String?

    func validate() throws {
        if district != nil, rollup == nil { throw ValidationError("--district goes with --rollup URL.") }
    }

    func run() throws {
        if let rollup { return try runRollup(rollup) }
        let now = Environment.now
        let summary: Summary
        // The snapshot's figures section, when it is the whole data set: no appeal is read.
        if options.serverSocket == nil, options.directory.exists, ProcessInfo.processInfo.environment["JIEDAO_SUMMARY_FULL_LOAD"] != "1",
           let quick = options.directory.quickSummary(at: now) {
            summary = quick
        } else {
            var registry = try options.readOnly(creatingDemo: true)
            registry.advanceClock(to: now)
            summary = registry.summary(at: now)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            printForPeople(SummaryText.render(summary, language: options.language))
        }
    }
}

extension SummaryCommand {
    private func runRollup(_ url: String) throws {
        let figures: Rollup
        do {
            let connection = try PostgresConnection(url: url)
            try RollupSchema.prepare(connection)
            figures = try RollupQuery.run(connection, now: Environment.now, district: district)
        } catch {
            throw CommandFailure(error.message.text(options.language))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(figures), as: UTF8.self))
        } else {
            printForPeople(RollupText.render(figures, language: options.language))
        }
    }
}

/// The summary as a short report for people.
enum SummaryText {
    static func render(_ s: Summary, language: Language) -> String {
        func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        let zh = language == .zh
        let rows: [(String, String)] = [
            (zh ? "社区" : "Communities", "\(s.communities)"),
            (zh ? "小区" : "Compounds", "\(s.compounds)"),
            (zh ? "党组织覆盖率" : "Party coverage", percent(s.partyCoverage)),
            (zh ? "志愿者" : "Volunteers", "\(s.volunteers)"),
            (zh ? "本季度未服务党员" : "Members behind this quarter", "\(s.volunteersBehind)"),
            (zh ? "诉求" : "Appeals", "\(s.appeals)"),
            (zh ? "办理中" : "Open", "\(s.appealsOpen)"),
            (zh ? "超期" : "Overdue", "\(s.appealsOverdue)"),
            (zh ? "办结率" : "Closure rate", percent(s.closureRate)),
            (zh ? "按时办结率" : "On-time rate", percent(s.onTimeRate)),
            (zh ? "24小时联系率" : "First contact within 24 h", percent(s.firstContactRate)),
            (zh ? "满意率" : "Satisfaction rate", percent(s.satisfactionRate)),
            (zh ? "重办率" : "Reopen rate", percent(s.reopenRate)),
            (zh ? "微实事" : "Micro-projects", "\(s.projects)"),
            (zh ? "已用预算（元）" : "Budget committed (CNY)", "\(s.budgetCommitted) / \(s.budgetTotal)"),
        ]
        var lines = [s.street]
        if s.demo { lines.append(zh ? "  （演示数据，不是真实街道的数字）" : "  (Demo data: not a real street's figures)") }
        for (label, value) in rows { lines.append("  \(label): \(value)") }
        return lines.joined(separator: "\n")
    }
}
