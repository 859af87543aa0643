import XCTest
import TermCanvas

final class BoxTests: XCTestCase {
    func testBorderWithTitle() {
        var canvas = Canvas(width: 9, height: 3)
        Box(title: "社区").render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "┌ 社区 ─┐",
            "│       │",
            "└───────┘",
        ])
        XCTAssertEqual(canvas.cell(x: 2, y: 0)?.role, .title)
        XCTAssertEqual(canvas.cell(x: 0, y: 1)?.role, .border)
        XCTAssertEqual(Box().inner(canvas.bounds), Rect(x: 1, y: 1, width: 7, height: 1))
    }

    func testLongTitleIsTruncated() {
        var canvas = Canvas(width: 8, height: 3)
        Box(title: "街道办事处").render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines()[0], "┌ 街… ─┐")
        assertWellFormed(canvas)
    }

    func testASCIIBox() {
        var canvas = Canvas(width: 6, height: 3)
        Box(title: "ab", glyphs: .ascii).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["+ ab +", "|    |", "+----+"])
    }

    func testBoxInsideLargerCanvasWithFill() {
        var canvas = dottedCanvas(width: 6, height: 4)
        Box(fillRole: .dialog).render(into: &canvas, in: Rect(x: 1, y: 1, width: 4, height: 3))
        XCTAssertEqual(canvas.lines(), ["......", ".┌──┐.", ".│  │.", ".└──┘."])
        XCTAssertEqual(canvas.cell(x: 2, y: 2)?.role, .dialog)
    }

    func testTinyBoxes() {
        var canvas = Canvas(width: 3, height: 3)
        Box(title: "社区").render(into: &canvas, in: Rect(x: 0, y: 0, width: 1, height: 1))
        Box().render(into: &canvas, in: Rect(x: 1, y: 0, width: 2, height: 1))
        Box().render(into: &canvas, in: Rect(x: 0, y: 1, width: 1, height: 2))
        Box(title: "x").render(into: &canvas, in: Rect(x: 1, y: 1, width: 2, height: 2))
        Box().render(into: &canvas, in: .zero)
        XCTAssertEqual(canvas.lines(), ["───", "│┌┐", "│└┘"])
    }
}
