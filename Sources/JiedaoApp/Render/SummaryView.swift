import JiedaoCore
import TermCanvas

/// 总览: tiles of the headline figures, a per-community table, 30 days of appeals,
/// the top categories, the most overdue appeals and the last change.
struct SummaryView {
    let state: AppState

    func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty, let summary = state.summary else { return }
        // The street's figures name other departments' appeals (the most overdue): not a handler's to read.
        if state.handlerDepartment != nil {
            canvas.put(PaneNote.handlerReads.text(state.language), at: rect.x, y: rect.y, maxWidth: rect.width, role: .muted)
            return
        }
        let figures = state.summaryFigures
        let tiles: [(String, String, StyleRole)] = [
            (state.tr("党组织覆盖", "Party coverage"), formatPercent(summary.partyCoverage), .ok),
            (state.tr("今日受理", "Received today"), formatCount(figures.receivedToday), .normal),
            (state.tr("本月受理", "This month"), formatCount(figures.receivedThisMonth), .normal),
            (state.tr("未办结", "Open"), formatCount(summary.appealsOpen), .normal),
            (state.tr("超期", "Overdue"), formatCount(summary.appealsOverdue), summary.appealsOverdue > 0 ? .overdue : .ok),
            (state.tr("办结率", "Closure"), formatPercent(summary.closureRate), .normal),
            (state.tr("按时办结率", "On time"), formatPercent(summary.onTimeRate), .normal),
            (state.tr("24小时联系率", "Contacted in 24h"), formatPercent(summary.firstContactRate), .normal),
            (state.tr("满意率", "Satisfaction"), formatPercent(summary.satisfactionRate), .normal),
            (state.tr("重办率", "Reopened"), formatPercent(summary.reopenRate), .normal),
            (state.tr("本季未服务党员", "Members behind"), formatCount(summary.volunteersBehind), summary.volunteersBehind > 0 ? .warning : .ok),
            (state.tr("微实事预算已用", "Budget used"), summary.budgetTotal == 0 ? state.rowContext.dash : formatPercent(Double(summary.budgetCommitted) / Double(summary.budgetTotal)), .normal),
        ]
        var y = rect.y
        // Tiles flow left to right in cells of 18 columns, as many rows as needed.
        let tileWidth = 18
        let perRow = max(1, rect.width / tileWidth)
        for (index, tile) in tiles.enumerated() {
            let row = index / perRow
            let x = rect.x + (index % perRow) * tileWidth
            guard rect.y + row * 2 + 1 < rect.maxY else { break }
            canvas.put(tile.0, at: x, y: rect.y + row * 2, maxWidth: tileWidth - 1, role: .muted)
            canvas.put(tile.2 == .normal ? tile.1 : tile.1, at: x, y: rect.y + row * 2 + 1, maxWidth: tileWidth - 1, role: tile.2 == .normal ? .title : tile.2)
        }
        y = rect.y + ((tiles.count + perRow - 1) / perRow) * 2
        guard y < rect.maxY else { return }
        if let change = state.lastChange {
            let time = FieldText.formatTime(change.when, state.registry.settings.utcOffset(at: change.when)).suffix(5)
            canvas.put("● " + state.tr("最近修改：", "Last change: ") + "\(change.who) \(change.what.text(state.language)) \(time)",
                       at: rect.x, y: y, maxWidth: rect.width, role: .ok)
            y += 1
        }
        let bottom = Rect(x: rect.x, y: y, width: rect.width, height: max(0, rect.maxY - y))
        let halves = rect.width >= 90 ? Layout.split(bottom, .horizontal, [.percent(55), .fill], spacing: 2) : [bottom]
        renderCommunities(into: &canvas, in: halves[0], summary: summary, glyphs: glyphs)
        if halves.count > 1 { renderCharts(into: &canvas, in: halves[1], glyphs: glyphs) }
    }

    /// Columns of the per-community table: name, open, overdue, closure, satisfaction, coverage.
    static let columnCount = 6

    private func renderCommunities(into canvas: inout Canvas, in rect: Rect, summary: Summary, glyphs: GlyphSet) {
        let sort = state.summarySort
        func key(_ item: (key: String, value: Summary.CommunityFigures)) -> Double {
            switch sort.column {
            case 1: Double(item.value.appealsOpen)
            case 2: Double(item.value.appealsOverdue)
            case 3: item.value.closureRate
            case 4: item.value.satisfactionRate
            case 5: item.value.partyCoverage
            default: 0
            }
        }
        let rows = summary.byCommunity.sorted { a, b in
            if sort.column == 0 { return sort.direction == .ascending ? a.key < b.key : a.key > b.key }
            let (x, y) = (key(a), key(b))
            if x == y { return a.key < b.key }
            return sort.direction == .ascending ? x < y : x > y
        }
        var table = Table(
            columns: [TableColumn(state.tr("社区", "Community"), width: .min(6)),
                      TableColumn.numeric(state.tr("未办结", "Open"), width: .fixed(6)),
                      TableColumn.numeric(state.tr("超期", "Overdue"), width: .fixed(7)),
                      TableColumn.numeric(state.tr("办结率", "Closed"), width: .fixed(7)),
                      TableColumn.numeric(state.tr("满意率", "Satisf."), width: .fixed(7)),
                      TableColumn.numeric(state.tr("覆盖率", "Cover."), width: .fixed(7))],
            rows: rows.map { [$0.key, String($0.value.appealsOpen), String($0.value.appealsOverdue), formatPercent($0.value.closureRate),
                              formatPercent($0.value.satisfactionRate), formatPercent($0.value.partyCoverage)] },
            sort: sort,
            glyphs: glyphs)
        table.cellRole = { row, column in column == 2 && rows.indices.contains(row) && rows[row].value.appealsOverdue > 0 ? .overdue : nil }
        table.render(into: &canvas, in: rect)
    }

    private func renderCharts(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
        let figures = state.summaryFigures
        var y = rect.y
        func line(_ text: String, _ role: StyleRole) {
            guard y < rect.maxY else { return }
            canvas.put(text, at: rect.x, y: y, maxWidth: rect.width, role: role)
            y += 1
        }
        let sparkWidth = min(30, max(0, rect.width - 10))
        let top = Double(max(figures.received30.max() ?? 0, figures.resolved30.max() ?? 0))
        line(state.tr("近30天 受理 / 办结", "30 days received / resolved"), .muted)
        if y < rect.maxY {
            let x = rect.x + canvas.put(state.tr("受理 ", "in   "), at: rect.x, y: y, role: .muted)
            Sparkline(values: figures.received30.map(Double.init), maximum: top, glyphs: glyphs).render(into: &canvas, in: Rect(x: x, y: y, width: sparkWidth, height: 1))
            y += 1
        }
        if y < rect.maxY {
            let x = rect.x + canvas.put(state.tr("办结 ", "done "), at: rect.x, y: y, role: .muted)
            Sparkline(values: figures.resolved30.map(Double.init), maximum: top, role: .ok, glyphs: glyphs).render(into: &canvas, in: Rect(x: x, y: y, width: sparkWidth, height: 1))
            y += 1
        }
        line(state.tr("本月诉求类别", "This month by category"), .muted)
        let items = figures.topCategories.map { BarChartItem(label: state.registry.categoryName($0.category, state.language), value: Double($0.count)) }
        let chartHeight = min(items.count, max(0, rect.maxY - y))
        BarChart(items: Array(items.prefix(chartHeight)), glyphs: glyphs).render(into: &canvas, in: Rect(x: rect.x, y: y, width: rect.width, height: chartHeight))
        y += chartHeight
        line(state.tr("超期最久", "Most overdue"), .muted)
        let context = state.rowContext
        for id in figures.mostOverdue where y < rect.maxY {
            let appeal = state.registry.appeals[id]
            line("#\(id.raw) \(DeadlineText.text(appeal.progress, context)) \(state.registry.text(appeal.summary))", .overdue)
        }
    }
}
