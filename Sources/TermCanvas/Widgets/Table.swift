/// A scrolling table with a header row, a sort indicator and a selected row.
///
/// Rows come from a closure, and only the rows on screen are asked for, so a
/// table over a million records costs no more to draw than one over ten.
///
/// ```swift
/// var table = Table(
///     columns: [TableColumn("社区"), TableColumn.numeric("诉求")],
///     rowCount: registry.communities.count,
///     cell: { row, column in column == 0 ? names[row] : String(counts[row]) }
/// )
/// table.selectedRow = state.cursor
/// table.scrollOffset = state.offset   // keep it with Table.firstVisibleRow(...)
/// table.sort = TableSort(column: 1, direction: .descending)
/// table.render(into: &canvas, in: area)
/// ```
///
/// The table is built for one frame and may capture non-`Sendable` state, so it is
/// not `Sendable` itself.
public struct Table {
    public var columns: [TableColumn]
    /// Number of data rows.
    public var rowCount: Int
    /// The text of one cell; called only for visible rows.
    public var cell: (_ row: Int, _ column: Int) -> String
    /// An optional role for one cell (e.g. `.overdue`); the selected row overrides it.
    public var cellRole: ((_ row: Int, _ column: Int) -> StyleRole?)?
    /// The cursor row, drawn in ``StyleRole/selected``; kept visible when drawing.
    public var selectedRow: Int?
    /// The first row shown, before adjusting to keep ``selectedRow`` visible.
    public var scrollOffset: Int
    public var sort: TableSort?
    public var showsHeader: Bool
    /// Blank columns between columns.
    public var columnSpacing: Int
    /// Shown (in ``StyleRole/muted``) when there are no rows.
    public var emptyMessage: String?
    public var glyphs: GlyphSet

    /// A table whose rows are produced on demand.
    public init(
        columns: [TableColumn],
        rowCount: Int,
        cell: @escaping (_ row: Int, _ column: Int) -> String,
        selectedRow: Int? = nil,
        scrollOffset: Int = 0,
        sort: TableSort? = nil,
        glyphs: GlyphSet = .unicode
    ) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.cell = cell
        self.cellRole = nil
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
        self.sort = sort
        self.showsHeader = true
        self.columnSpacing = 1
        self.emptyMessage = nil
        self.glyphs = glyphs
    }

    /// A table over rows held in memory; missing cells are empty.
    public init(
        columns: [TableColumn],
        rows: [[String]],
        selectedRow: Int? = nil,
        scrollOffset: Int = 0,
        sort: TableSort? = nil,
        glyphs: GlyphSet = .unicode
    ) {
        self.init(
            columns: columns,
            rowCount: rows.count,
            cell: { row, column in
                guard rows.indices.contains(row), rows[row].indices.contains(column) else { return "" }
                return rows[row][column]
            },
            selectedRow: selectedRow,
            scrollOffset: scrollOffset,
            sort: sort,
            glyphs: glyphs
        )
    }

    // MARK: Scrolling

    /// The first row to show so that `cursor` is visible, moving as little as possible
    /// from `previousOffset`. Always in `0...max(0, rowCount - visibleHeight)`.
    ///
    /// ```swift
    /// Table.firstVisibleRow(cursor: 12, previousOffset: 0, visibleHeight: 10, rowCount: 100)  // 3
    /// ```
    public static func firstVisibleRow(cursor: Int?, previousOffset: Int, visibleHeight: Int, rowCount: Int) -> Int {
        guard visibleHeight > 0, rowCount > 0 else { return 0 }
        var offset = min(max(0, previousOffset), max(0, rowCount - visibleHeight))
        guard let cursor else { return offset }
        let clampedCursor = min(max(0, cursor), rowCount - 1)
        if clampedCursor < offset { offset = clampedCursor }
        if clampedCursor >= offset + visibleHeight { offset = clampedCursor - visibleHeight + 1 }
        return offset
    }

    /// Rows of data that fit in `rect` (its height less the header).
    public func visibleRowCount(in rect: Rect) -> Int {
        max(0, rect.height - (showsHeader ? 1 : 0))
    }

    /// The first data row drawn in `rect`.
    public func firstVisibleRow(in rect: Rect) -> Int {
        Table.firstVisibleRow(cursor: selectedRow, previousOffset: scrollOffset, visibleHeight: visibleRowCount(in: rect), rowCount: rowCount)
    }

    /// The data row drawn at screen row `y`, for mouse clicks; `nil` for the header or empty space.
    public func row(atY y: Int, in rect: Rect) -> Int? {
        let top = rect.y + (showsHeader ? 1 : 0)
        guard y >= top, y < rect.maxY else { return nil }
        let row = firstVisibleRow(in: rect) + (y - top)
        return row < rowCount ? row : nil
    }

    /// Each column's width when the table is `totalWidth` columns wide.
    public func columnWidths(totalWidth: Int) -> [Int] {
        Layout.sizes(for: columns.map(\.width), length: totalWidth, spacing: columnSpacing)
    }

    // MARK: Rendering

    /// Draws the header and the visible rows into `rect`.
    public func render(into canvas: inout Canvas, in rect: Rect) {
        guard !rect.isEmpty else { return }
        canvas.withClip(rect) { canvas in
            canvas.fill(rect, role: .normal)
            let widths = columnWidths(totalWidth: rect.width)
            var starts: [Int] = []
            var x = rect.x
            for width in widths {
                starts.append(x)
                x += width + max(0, columnSpacing)
            }
            var y = rect.y
            if showsHeader {
                drawHeader(into: &canvas, row: Rect(x: rect.x, y: y, width: rect.width, height: 1), starts: starts, widths: widths)
                y += 1
            }
            let first = firstVisibleRow(in: rect)
            if rowCount == 0, let emptyMessage, y < rect.maxY {
                canvas.put(TextFit.truncate(emptyMessage, to: rect.width, ellipsis: glyphs.ellipsis), at: rect.x, y: y, role: .muted)
                return
            }
            var row = first
            while y < rect.maxY && row < rowCount {
                drawRow(row, into: &canvas, line: Rect(x: rect.x, y: y, width: rect.width, height: 1), starts: starts, widths: widths)
                row += 1
                y += 1
            }
        }
    }

    private func drawHeader(into canvas: inout Canvas, row line: Rect, starts: [Int], widths: [Int]) {
        canvas.fill(line, role: .header)
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            let text = headerText(column.title, width: widths[index], sorted: sort?.column == index ? sort?.direction : nil)
            canvas.put(TextFit.fit(text, width: widths[index], alignment: column.alignment, ellipsis: glyphs.ellipsis),
                       at: starts[index], y: line.y, maxWidth: widths[index], role: .header)
        }
    }

    /// The title with the sort arrow kept visible when the title is truncated.
    private func headerText(_ title: String, width: Int, sorted direction: SortDirection?) -> String {
        guard let direction else { return title }
        let arrow = direction == .ascending ? glyphs.arrowUp : glyphs.arrowDown
        let arrowWidth = DisplayWidth.of(arrow)
        let titleWidth = DisplayWidth.of(title)
        if titleWidth + 1 + arrowWidth <= width { return title + " " + arrow }
        if titleWidth + arrowWidth <= width { return title + arrow }
        return TextFit.truncate(title, to: width - arrowWidth, ellipsis: glyphs.ellipsis) + arrow
    }

    private func drawRow(_ row: Int, into canvas: inout Canvas, line: Rect, starts: [Int], widths: [Int]) {
        let isSelected = row == selectedRow
        if isSelected { canvas.fill(line, role: .selected) }
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            let role = isSelected ? StyleRole.selected : (cellRole?(row, index) ?? .normal)
            let text = TextFit.fit(cell(row, index), width: widths[index], alignment: column.alignment, ellipsis: glyphs.ellipsis)
            canvas.put(text, at: starts[index], y: line.y, maxWidth: widths[index], role: role)
        }
    }
}
