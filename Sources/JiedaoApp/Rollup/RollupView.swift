import JiedaoCore
import TermCanvas

/// Draws the rollup screen: title, the list (streets or one street's communities), the
/// focused street's 30 days, a status line with the totals, and the keys.
public func render(_ screen: RollupScreen) -> Canvas {
    var canvas = Canvas(width: screen.width, height: screen.height)
    let glyphs: GlyphSet = screen.isASCII ? .ascii : .unicode
    let zh = screen.language == .zh
    guard screen.width >= 30, screen.height >= 8 else {
        canvas.put(screen.tr("窗口太小", "Window too small"), at: 0, y: 0, maxWidth: screen.width, role: .error)
        if screen.height > 1 { canvas.put("30×8", at: 0, y: 1, maxWidth: screen.width, role: .muted) }
        return canvas
    }
    let width = screen.width
    let scope = screen.district ?? screen.tr("全部街道", "All streets")
    var title = screen.tr("街道汇总", "Streets") + " · " + scope
    if let street = screen.street, let shown = screen.rollup?.streets[street] {
        title += " " + (screen.isASCII ? ">" : "›") + " " + shown.summary.street
    }
    canvas.put(title, at: 0, y: 0, maxWidth: width - 10, role: .title)
    if !screen.updatedAt.isEmpty {
        let time = screen.tr("更新于 ", "updated ") + screen.updatedAt
        canvas.put(time, at: max(0, width - DisplayWidth.of(time)), y: 0, role: .muted)
    }

    let seriesHeight = screen.height >= 16 ? 3 : 0
    let listRect = Rect(x: 0, y: 1, width: width, height: max(0, screen.height - 3 - seriesHeight))
    var rows: [[String]] = []
    var overdue: [Bool] = []
    if screen.street == nil {
        for street in screen.streets {
            var name = street.summary.street
            if street.publishedSequence == nil { name += zh ? "（补录中）" : " (backfilling)" }
            if street.summary.demo { name += zh ? "（演示）" : " (demo)" }
            rows.append([name] + RollupColumns.cells(RollupColumns.values(street.summary), dash: screen.isASCII ? "-" : "—"))
            overdue.append(street.summary.appealsOverdue > 0)
        }
    } else {
        for community in screen.communities {
            rows.append([community.name] + RollupColumns.cells(RollupColumns.values(community.figures), dash: screen.isASCII ? "-" : "—"))
            overdue.append(community.figures.appealsOverdue > 0)
        }
    }
    let shown = RollupColumns.fitting(width, nameWidth: rows.map { DisplayWidth.of($0[0]) }.max() ?? 10)
    let titles = Array(RollupColumns.titles(zh).prefix(shown))
    var columns = [TableColumn(titles[0], width: .min(10))]
    for column in 1..<shown { columns.append(.numeric(titles[column], width: .fixed(RollupColumns.widths[column]))) }
    var table = Table(columns: columns, rows: rows.map { Array($0.prefix(shown)) }, selectedRow: screen.cursor, sort: screen.sort, glyphs: glyphs)
    table.scrollOffset = Table.firstVisibleRow(cursor: screen.cursor, previousOffset: 0, visibleHeight: max(1, listRect.height - 1), rowCount: rows.count)
    table.cellRole = { row, column in column == 1 && overdue.indices.contains(row) && overdue[row] ? .overdue : nil }
    table.emptyMessage = screen.rollup == nil
        ? screen.tr("正在读取汇总数据……", "Reading the figures…")
        : screen.tr("还没有街道发布数据：在各街道运行 jiedao publish --to URL", "No street has published yet: run jiedao publish --to URL in each street")
    table.render(into: &canvas, in: listRect)

    if seriesHeight > 0, let street = screen.focusedStreet {
        var y = listRect.maxY
        canvas.put(screen.tr("近30天 受理 / 办结 · ", "30 days received / resolved · ") + street.summary.street,
                   at: 0, y: y, maxWidth: width, role: .muted)
        y += 1
        let top = Double(max(street.received30Days.max() ?? 0, street.resolved30Days.max() ?? 0))
        let sparkWidth = min(30, max(0, width - 6))
        for (label, values, role) in [(screen.tr("受理 ", "in   "), street.received30Days, StyleRole.chart), (screen.tr("办结 ", "done "), street.resolved30Days, .ok)] {
            let x = canvas.put(label, at: 0, y: y, role: .muted)
            Sparkline(values: values.map(Double.init), maximum: top, role: role, glyphs: glyphs).render(into: &canvas, in: Rect(x: x, y: y, width: sparkWidth, height: 1))
            y += 1
        }
    }

    let statusY = screen.height - 2
    if let problem = screen.problem {
        canvas.put(problem.text(screen.language), at: 0, y: statusY, maxWidth: width, role: .error)
    } else if let rollup = screen.rollup {
        let t = rollup.total
        let text = width < 70
            ? screen.tr("\(rollup.streets.count) 个街道 · 诉求 \(formatCount(t.appeals)) · 超期 \(formatCount(t.appealsOverdue))",
                        "\(rollup.streets.count) streets · appeals \(formatCount(t.appeals)) · overdue \(formatCount(t.appealsOverdue))")
            : zh
            ? "\(rollup.streets.count) 个街道 · 合计 诉求 \(formatCount(t.appeals)) · 办理中 \(formatCount(t.appealsOpen)) · 超期 \(formatCount(t.appealsOverdue)) · 办结率 \(formatPercent(t.closureRate)) · 满意率 \(formatPercent(t.satisfactionRate))"
            : "\(rollup.streets.count) streets · total appeals \(formatCount(t.appeals)) · open \(formatCount(t.appealsOpen)) · overdue \(formatCount(t.appealsOverdue)) · closure \(formatPercent(t.closureRate)) · satisfied \(formatPercent(t.satisfactionRate))"
        canvas.put(text, at: 0, y: statusY, maxWidth: width, role: .status)
    }
    let keys = screen.street == nil
        ? screen.tr("j/k 移动  Enter 看社区  s/S 排序  r 刷新  q 退出", "j/k move  Enter communities  s/S sort  r refresh  q quit")
        : screen.tr("j/k 移动  Esc 返回街道  s/S 排序  r 刷新  q 退出", "j/k move  Esc streets  s/S sort  r refresh  q quit")
    canvas.put(keys, at: 0, y: screen.height - 1, maxWidth: width, role: .key)
    return canvas
}
