import JiedaoCore
import TermCanvas

/// The current pane's records as a table; only the rows on screen are formatted.
struct ListView {
    let state: AppState

    func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
        let all = PaneColumns.columns(for: state.pane)
        let shown = ColumnFit.shown(all, width: rect.width, on: state.pane)
        let columns = shown.map { all[$0] }
        let pane = state.current
        let context = state.rowContext
        let rows = pane.rows
        let currentColumn = pane.column
        let marked = pane.marked
        let bullet = state.isASCII ? "*" : "●"
        var table = Table(
            columns: columns.enumerated().map { index, column in
                // The current column's title is marked so h/l, s and f show what they act on.
                let title = column.title.text(state.language) + (shown[index] == currentColumn && state.pane.listsRecords ? "*" : "")
                return TableColumn(title, width: column.width, alignment: column.isNumeric ? .right : .left)
            },
            rowCount: rows.count,
            cell: { row, column in
                guard rows.indices.contains(row), columns.indices.contains(column) else { return "" }
                let text = columns[column].text(context, rows[row])
                return column == 0 && marked.contains(rows[row]) ? bullet + text : text
            },
            selectedRow: rows.isEmpty ? nil : pane.cursor,
            scrollOffset: pane.offset,
            sort: pane.sort.flatMap { sort in columns.firstIndex { $0.id == sort.column }.map { TableSort(column: $0, direction: sort.direction) } },
            glyphs: glyphs)
        table.cellRole = { row, column in
            rows.indices.contains(row) && columns.indices.contains(column) ? columns[column].role(context, rows[row]) : nil
        }
        table.emptyMessage = state.tr("没有记录", "No records")
        table.render(into: &canvas, in: rect)
    }
}
