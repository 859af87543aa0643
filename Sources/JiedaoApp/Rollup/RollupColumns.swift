import JiedaoCore
import TermCanvas

/// The columns of the rollup screen, shared by its street and community lists: the name, then
/// the figures in the order they give way on a narrow terminal (the last first).
enum RollupColumns {
    static let count = 11

    static func titles(_ zh: Bool) -> [String] {
        zh ? ["名称", "超期", "办理中", "诉求", "办结率", "按时率", "满意率", "覆盖率", "未服务党员", "重办率", "预算使用"]
           : ["Name", "Overdue", "Open", "Appeals", "Closure", "On time", "Satisf.", "Cover.", "Behind", "Reopen", "Budget"]
    }

    static let widths = [0, 7, 7, 8, 7, 7, 7, 7, 10, 7, 8]
    /// The columns that are fractions, shown as percentages.
    static let rates: Set<Int> = [4, 5, 6, 7, 9, 10]

    static func values(_ f: Summary.CommunityFigures) -> [Double] {
        [0, Double(f.appealsOverdue), Double(f.appealsOpen), Double(f.appeals), f.closureRate, f.onTimeRate, f.satisfactionRate,
         f.partyCoverage, Double(f.volunteersBehind), .nan, .nan]
    }

    static func values(_ s: Summary) -> [Double] {
        [0, Double(s.appealsOverdue), Double(s.appealsOpen), Double(s.appeals), s.closureRate, s.onTimeRate, s.satisfactionRate,
         s.partyCoverage, Double(s.volunteersBehind), s.reopenRate,
         s.budgetTotal == 0 ? .nan : Double(s.budgetCommitted) / Double(s.budgetTotal)]
    }

    /// Reopen and budget used are street-wide figures: a community's cell shows a dash.
    static func cells(_ values: [Double], dash: String) -> [String] {
        values.enumerated().dropFirst().map { column, value in
            if value.isNaN { return dash }
            return rates.contains(column) ? formatPercent(value) : formatCount(Int(value))
        }
    }

    /// How many columns fit in `width`, the name keeping `nameWidth` (at least 10, at most 20).
    static func fitting(_ width: Int, nameWidth: Int) -> Int {
        var used = max(10, min(20, nameWidth))
        var shown = 1
        // Columns give way from the last: the first that does not fit ends the row.
        for column in 1..<count {
            guard used + widths[column] + 1 <= width else { break }
            used += widths[column] + 1
            shown += 1
        }
        return shown
    }

    static func sorted(_ streets: [StreetRollup], by sort: TableSort, name: (StreetRollup) -> String) -> [StreetRollup] {
        streets.sorted { a, b in
            order(name(a), values(a.summary)[sort.column], name(b), values(b.summary)[sort.column], sort)
        }
    }

    static func sorted<T>(_ rows: [T], by sort: TableSort, name: KeyPath<T, String>, figures: KeyPath<T, Summary.CommunityFigures>) -> [T] {
        rows.sorted { a, b in
            order(a[keyPath: name], values(a[keyPath: figures])[sort.column], b[keyPath: name], values(b[keyPath: figures])[sort.column], sort)
        }
    }

    /// Names in pinyin order (桂香 before 南园), as every list of the dashboard.
    private static func order(_ nameA: String, _ a: Double, _ nameB: String, _ b: Double, _ sort: TableSort) -> Bool {
        // A figure a row does not have sorts below every figure.
        let (a, b) = (a.isNaN ? -1 : a, b.isNaN ? -1 : b)
        if sort.column == 0 || a == b {
            let (keyA, keyB) = (PinyinSortKey.of(nameA), PinyinSortKey.of(nameB))
            return sort.column == 0 && sort.direction == .descending ? keyA > keyB : keyA < keyB
        }
        return sort.direction == .ascending ? a < b : a > b
    }
}
