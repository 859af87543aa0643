import XCTest
import TermCanvas

/// Tab bar, status bar and key hints: the one-row bars around the screen.
final class BarWidgetsTests: XCTestCase {
    // MARK: TabBar

    func testTabBarGolden() {
        var canvas = Canvas(width: 20, height: 1)
        TabBar(titles: ["概览", "诉求", "志愿者"], selectedIndex: 1).render(into: &canvas, in: canvas.bounds)
        // Too narrow for all three: whole tabs around the selected one, ‹ where one is hidden.
        XCTAssertEqual(canvas.lines(), ["‹ 诉求 │ 志愿者     "])
        XCTAssertEqual(canvas.roleLines([.tab: "t", .tabActive: "A"]), ["tAAAAAAttttttttttttt"])
        var wide = Canvas(width: 22, height: 1)
        TabBar(titles: ["概览", "诉求", "志愿者"], selectedIndex: 1).render(into: &wide, in: wide.bounds)
        XCTAssertEqual(wide.lines(), [" 概览 │ 诉求 │ 志愿者 "])
        assertWellFormed(canvas)
    }

    func testTabBarScrollsToSelectedTab() {
        var canvas = Canvas(width: 12, height: 1)
        let bar = TabBar(titles: ["概览", "诉求", "志愿者"], selectedIndex: 2, glyphs: .ascii)
        bar.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["< 志愿者    "])
        XCTAssertEqual(bar.placements(width: 12), [TabBar.Placement(index: 2, x: 1, width: 8)])
    }

    func testTabBarHitTesting() {
        let bar = TabBar(titles: ["概览", "诉求", "志愿者"], selectedIndex: 0)
        let rect = Rect(x: 2, y: 0, width: 30, height: 1)
        XCTAssertEqual(bar.tabIndex(atX: 2, in: rect), 0)
        XCTAssertEqual(bar.tabIndex(atX: 8, in: rect), nil)   // the separator
        XCTAssertEqual(bar.tabIndex(atX: 10, in: rect), 1)
        XCTAssertEqual(bar.tabIndex(atX: 17, in: rect), 2)
        XCTAssertEqual(bar.tabIndex(atX: 40, in: rect), nil)
    }

    func testTabBarTiny() {
        var one = Canvas(width: 1, height: 1)
        TabBar(titles: ["概览"], selectedIndex: 5).render(into: &one, in: one.bounds)
        XCTAssertEqual(one.lines(), [" "])
        XCTAssertEqual(one.cell(x: 0, y: 0)?.role, .tabActive)
        TabBar(titles: []).render(into: &one, in: one.bounds)
        XCTAssertEqual(one.cell(x: 0, y: 0)?.role, .tab)
    }

    // MARK: StatusBar

    func testStatusBarGolden() {
        var canvas = Canvas(width: 30, height: 1)
        StatusBar(left: "已保存 · 3 条待办", right: "王芳 09:30").render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["已保存 · 3 条待办   王芳 09:30"])
        XCTAssertTrue(canvas.cells.allSatisfy { $0.role == .status })
    }

    func testStatusBarKeepsRightPartAndTruncatesLeft() {
        var canvas = Canvas(width: 12, height: 1)
        StatusBar(left: "已保存 · 3 条待办", right: "王芳 09:30").render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["… 王芳 09:30"])
        var tiny = Canvas(width: 5, height: 1)
        StatusBar(left: "已保存", right: "王芳 09:30", glyphs: .ascii).render(into: &tiny, in: tiny.bounds)
        XCTAssertEqual(tiny.lines(), ["王芳~"])
    }

    // MARK: KeyHints

    private let hints = KeyHints([("q", "退出"), ("/", "搜索"), ("?", "帮助")])

    func testKeyHintsGolden() {
        var canvas = Canvas(width: 24, height: 1)
        hints.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["q 退出  / 搜索  ? 帮助  "])
        XCTAssertEqual(canvas.roleLines([.key: "k", .muted: "m", .normal: "."]), ["k.mmmm..k.mmmm..k.mmmm.."])
    }

    func testKeyHintsShowOnlyWholeHints() {
        XCTAssertEqual(hints.visibleCount(width: 14), 2)
        XCTAssertEqual(hints.visibleCount(width: 13), 1)
        XCTAssertEqual(hints.visibleCount(width: 5), 0)
        var canvas = Canvas(width: 13, height: 1)
        hints.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["q 退出       "])
        var tiny = Canvas(width: 1, height: 1)
        hints.render(into: &tiny, in: tiny.bounds)
        XCTAssertEqual(tiny.lines(), [" "])
    }
}
