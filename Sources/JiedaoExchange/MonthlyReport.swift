import Foundation
import JiedaoCore

/// 月报: a month's appeal KPIs per community and category against the month before, the most
/// overdue cases and the reopened ones — something a street office can print.
public struct MonthlyReport: Sendable {
    public let month: Day
    public let byCommunity: KPIWindow
    public let byCategory: KPIWindow
    public let previousByCommunity: KPIWindow
    public let previousByCategory: KPIWindow
    /// Open appeals furthest past their deadline (at the report's moment).
    public let mostOverdue: [AppealID]
    /// Appeals of the month reopened after a dissatisfied evaluation.
    public let reopened: [AppealID]
    let registry: Registry
    let language: Language
    let now: Int64
    let calendar: WorkCalendar

    /// The report for the month containing `month`.
    public init(_ registry: Registry, month: Day, at now: Int64, calendar: WorkCalendar, language: Language) {
        self.registry = registry
        self.language = language
        self.now = now
        self.calendar = calendar
        let first = month.firstOfMonth
        self.month = first
        let previous = first.adding(days: -1).firstOfMonth
        byCommunity = KPIWindow(registry, from: first, to: first.lastOfMonth, by: .community, at: now, calendar: calendar, language: language)
        byCategory = KPIWindow(registry, from: first, to: first.lastOfMonth, by: .category, at: now, calendar: calendar, language: language)
        previousByCommunity = KPIWindow(registry, from: previous, to: previous.lastOfMonth, by: .community, at: now, calendar: calendar, language: language)
        previousByCategory = KPIWindow(registry, from: previous, to: previous.lastOfMonth, by: .category, at: now, calendar: calendar, language: language)
        let offset = registry.settings.utcOffset(at: now)
        var reopened: [AppealID] = []
        for (index, appeal) in registry.appeals.rows.enumerated() where !appeal.isDeleted {
            let received = Day(unixTime: appeal.receivedAt, utcOffset: offset)
            if appeal.progress.redoCount > 0, received >= first, received <= first.lastOfMonth { reopened.append(AppealID(index)) }
        }
        mostOverdue = registry.mostOverdue(10, at: now)
        self.reopened = reopened
    }

    private func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    private static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    private func rows(_ window: KPIWindow, against previous: KPIWindow) -> [[String]] {
        let before = Dictionary(previous.groups.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        return (window.groups + [window.total]).map { group in
            let old = group.name == window.total.name ? previous.total : before[group.name]
            let change = old.map { group.tally.counted - $0.tally.counted }.map { $0 > 0 ? "+\($0)" : String($0) } ?? "—"
            return [group.name, String(group.tally.counted), change, String(group.tally.open), String(group.overdue),
                    Self.percent(group.tally.closureRate), Self.percent(group.tally.onTimeRate),
                    Self.percent(group.tally.satisfactionRate), Self.percent(group.tally.reopenRate),
                    String(format: "%.1f", group.averageHandlingDays)]
        }
    }

    private var header: [String] {
        language == .zh
            ? ["名称", "受理", "环比", "未办结", "超期", "办结率", "按时办结率", "满意率", "重办率", "平均办理工作日"]
            : ["Name", "Received", "vs prev.", "Open", "Overdue", "Closure", "On time", "Satisfaction", "Reopen", "Avg. working days"]
    }

    private var title: String {
        let ym = String(month.iso.prefix(7))
        return tr("\(registry.settings.streetName) \(ym) 民生诉求月报", "\(registry.settings.streetName) appeals report, \(ym)")
    }

    private func caseLines(_ ids: [AppealID]) -> [[String]] {
        let context = registry.settings.utcOffset(at: now)
        return ids.map { id in
            let appeal = registry.appeals[id]
            return ["#\(id.raw)", registry.text(appeal.summary), registry.name(of: RecordRef(.community, appeal.community.raw)),
                    appeal.progress.state.label(language),
                    appeal.progress.deadline > 0 ? FieldText.formatTime(appeal.progress.deadline, context) : "—",
                    String(appeal.progress.redoCount)]
        }
    }

    private var caseHeader: [String] {
        language == .zh ? ["编号", "标题", "社区", "状态", "期限", "重办次数"] : ["ID", "Summary", "Community", "State", "Deadline", "Redos"]
    }

    /// The report as Markdown, ready to print.
    public var markdown: String {
        func table(_ header: [String], _ rows: [[String]]) -> String {
            let clean = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
            var lines = ["| " + header.map(clean).joined(separator: " | ") + " |", "|" + header.map { _ in " --- |" }.joined()]
            lines += rows.map { "| " + $0.map(clean).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n")
        }
        return [
            "# " + title, "",
            "## " + tr("各社区", "By community"), "", table(header, rows(byCommunity, against: previousByCommunity)), "",
            "## " + tr("各类别", "By category"), "", table(header, rows(byCategory, against: previousByCategory)), "",
            "## " + tr("超期最久", "Most overdue"), "", table(caseHeader, caseLines(mostOverdue)), "",
            "## " + tr("重办清单", "Reopened"), "", table(caseHeader, caseLines(reopened)), "",
        ].joined(separator: "\n")
    }

    /// The report as CSV sections (Excel-friendly).
    public var csv: String {
        var rows: [[String]] = [[title], [tr("各社区", "By community")], header]
        rows += self.rows(byCommunity, against: previousByCommunity)
        rows += [[], [tr("各类别", "By category")], header]
        rows += self.rows(byCategory, against: previousByCategory)
        rows += [[], [tr("超期最久", "Most overdue")], caseHeader] + caseLines(mostOverdue)
        rows += [[], [tr("重办清单", "Reopened")], caseHeader] + caseLines(reopened)
        return CSVWriter.document(rows)
    }
}

extension MonthlyReport {
    /// The month a report is for when none is named: in the first five days of a month the
    /// month just ended (what an office reports on then), else the current one.
    public static func defaultMonth(today: Day) -> Day {
        today.day <= 5 ? today.adding(days: -today.day) : today
    }
}
