import XCTest
import TermCanvas

final class TableTests: XCTestCase {
    private let columns = [TableColumn("名称"), TableColumn.numeric("数量", width: .fixed(6))]
    private let rows = [["东风社区", "12"], ["西湖", "7"], ["南山街道办事处", "105"]]

    // MARK: Rendering

    func testGoldenTableWithSortAndSelection() {
        var canvas = Canvas(width: 16, height: 4)
        let table = Table(columns: columns, rows: rows, selectedRow: 1, sort: TableSort(column: 1, direction: .descending))
        table.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "名称      数量 ▼",
            "东风社区      12",
            "西湖           7",
            "南山街道…    105",
        ])
        XCTAssertEqual(canvas.roleLines([.header: "h", .normal: ".", .selected: "s"]), [
            "hhhhhhhhhhhhhhhh",
            "................",
            "ssssssssssssssss",
            "................",
        ])
        assertWellFormed(canvas)
    }

    func testAscendingArrowAndASCIIGlyphs() {
        var canvas = Canvas(width: 16, height: 2)
        let table = Table(columns: columns, rows: rows, sort: TableSort(column: 0), glyphs: .ascii)
        table.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["名称 ^      数量", "东风社区      12"])
    }

    func testCellRolesAndEmptyMessage() {
        var canvas = Canvas(width: 16, height: 2)
        var table = Table(columns: columns, rows: rows)
        table.cellRole = { row, column in column == 1 && row == 0 ? .overdue : nil }
        table.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.roleLines([.header: "h", .normal: ".", .overdue: "o"])[1], "..........oooooo")

        var empty = Table(columns: columns, rows: [])
        empty.emptyMessage = "没有记录"
        var blank = Canvas(width: 16, height: 3)
        empty.render(into: &blank, in: blank.bounds)
        XCTAssertEqual(blank.lines(), ["名称        数量", "没有记录        ", "                "])
    }

    func testScrolledTableKeepsCursorVisible() {
        let many = (0..<20).map { ["行\($0)", String($0)] }
        var canvas = Canvas(width: 16, height: 4)
        let table = Table(columns: columns, rows: many, selectedRow: 10, scrollOffset: 0)
        table.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "名称        数量",
            "行8            8",
            "行9            9",
            "行10          10",
        ])
        XCTAssertEqual(table.row(atY: 3, in: canvas.bounds), 10)
        XCTAssertNil(table.row(atY: 0, in: canvas.bounds))
    }

    func testSortArrowStaysVisibleInNarrowColumns() {
        let narrow = [TableColumn("数量", width: .fixed(5)), TableColumn("状态", width: .fixed(4))]
        var canvas = Canvas(width: 10, height: 1)
        Table(columns: narrow, rows: [], sort: TableSort(column: 0)).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["数量▲ 状态"])
        Table(columns: narrow, rows: [], sort: TableSort(column: 1, direction: .descending)).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["数量  状…▼"])
    }

    // MARK: Scrolling function

    func testFirstVisibleRow() {
        XCTAssertEqual(Table.firstVisibleRow(cursor: 12, previousOffset: 0, visibleHeight: 10, rowCount: 100), 3)
        XCTAssertEqual(Table.firstVisibleRow(cursor: 2, previousOffset: 5, visibleHeight: 10, rowCount: 100), 2)
        XCTAssertEqual(Table.firstVisibleRow(cursor: 5, previousOffset: 3, visibleHeight: 10, rowCount: 100), 3)
        XCTAssertEqual(Table.firstVisibleRow(cursor: nil, previousOffset: 95, visibleHeight: 10, rowCount: 100), 90)
        XCTAssertEqual(Table.firstVisibleRow(cursor: 500, previousOffset: 0, visibleHeight: 10, rowCount: 100), 90)
        XCTAssertEqual(Table.firstVisibleRow(cursor: -4, previousOffset: -9, visibleHeight: 10, rowCount: 100), 0)
        XCTAssertEqual(Table.firstVisibleRow(cursor: 3, previousOffset: 2, visibleHeight: 0, rowCount: 100), 0)
        XCTAssertEqual(Table.firstVisibleRow(cursor: 3, previousOffset: 2, visibleHeight: 10, rowCount: 0), 0)
        XCTAssertEqual(Table.firstVisibleRow(cursor: 4, previousOffset: 0, visibleHeight: 10, rowCount: 5), 0)
    }

    // MARK: Large tables

    func testMillionRowTableOnlyAsksForVisibleCells() {
        final class Requests { var cells: [(Int, Int)] = [] }
        let requests = Requests()
        let table = Table(
            columns: columns,
            rowCount: 1_000_000,
            cell: { row, column in
                requests.cells.append((row, column))
                return column == 0 ? "第\(row)" : String(row % 1000)
            },
            selectedRow: 999_999
        )
        var canvas = Canvas(width: 16, height: 4)
        table.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(requests.cells.count, 3 * 2)
        XCTAssertEqual(Set(requests.cells.map(\.0)), [999_997, 999_998, 999_999])
        XCTAssertEqual(canvas.lines()[3], "第999999     999")
    }

    // MARK: Column widths and tiny sizes

    func testColumnWidths() {
        let table = Table(columns: [TableColumn("a", width: .fixed(3)), TableColumn("b"), TableColumn("c", width: .min(4))], rows: [])
        XCTAssertEqual(table.columnWidths(totalWidth: 20), [3, 6, 9])
        // The gaps come first, so two columns leave nothing for three columns.
        XCTAssertEqual(table.columnWidths(totalWidth: 2), [0, 0, 0])
        XCTAssertEqual(table.columnWidths(totalWidth: 5), [3, 0, 0])
    }

    func testTinySizes() {
        let table = Table(columns: columns, rows: rows, selectedRow: 2, sort: TableSort(column: 1))
        var one = Canvas(width: 1, height: 1)
        table.render(into: &one, in: one.bounds)
        XCTAssertEqual(one.lines(), [" "])   // the gap leaves no room for any column

        var small = Canvas(width: 5, height: 2)
        table.render(into: &small, in: small.bounds)
        // The fixed column is served first and squeezes out the name column.
        XCTAssertEqual(small.lines(), [" 数…▲", "  105"])
        assertWellFormed(small)

        var zero = Canvas(width: 0, height: 0)
        table.render(into: &zero, in: zero.bounds)
        table.render(into: &small, in: Rect(x: 3, y: 1, width: 10, height: 10))
        assertWellFormed(small)
    }
}
