import Foundation
import JiedaoCore
import JiedaoRollup
import TermCanvas

/// The figures across streets as a table for people: a row per street, then the total.
enum RollupText {
    static func render(_ rollup: Rollup, language: Language) -> String {
        let zh = language == .zh
        func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        let header = zh
            ? ["街道", "诉求", "办理中", "超期", "办结率", "按时办结率", "满意率", "党组织覆盖率", "未服务党员", "已用预算"]
            : ["Street", "Appeals", "Open", "Overdue", "Closure", "On time", "Satisfied", "Coverage", "Behind", "Budget used"]
        func cells(_ name: String, _ s: Summary) -> [String] {
            [name, "\(s.appeals)", "\(s.appealsOpen)", "\(s.appealsOverdue)", percent(s.closureRate), percent(s.onTimeRate),
             percent(s.satisfactionRate), percent(s.partyCoverage), "\(s.volunteersBehind)", "\(s.budgetCommitted)"]
        }
        var rows = [header]
        for street in rollup.streets.values.sorted(by: { $0.code < $1.code }) {
            var name = street.summary.street + " (\(street.code))"
            if street.publishedSequence == nil { name += zh ? " 补录中" : " backfilling" }
            if street.summary.demo { name += zh ? " 演示" : " demo" }
            rows.append(cells(name, street.summary))
        }
        if rollup.streets.isEmpty { return zh ? "数据库中还没有街道发布数据（jiedao publish --to URL）。" : "No street has published yet (jiedao publish --to URL)." }
        rows.append(cells(zh ? "合计" : "Total", rollup.total))
        let widths = header.indices.map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, text in
                TextFit.pad(text, to: widths[column], alignment: column == 0 ? .left : .right)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
