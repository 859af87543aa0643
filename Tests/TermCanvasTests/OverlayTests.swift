import XCTest
import TermCanvas

/// The confirm dialog and the help overlay, both drawn over other content.
final class OverlayTests: XCTestCase {
    // MARK: ConfirmDialog

    private let dialog = ConfirmDialog(title: "删除", message: "确定删除这条诉求吗？", buttons: ["确定", "取消"], selectedButton: 1)

    func testDialogGolden() {
        var canvas = dottedCanvas(width: 30, height: 9)
        dialog.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "..............................",
            "..............................",
            "...┌ 删除 ────────────────┐...",
            "...│ 确定删除这条诉求吗？ │...",
            "...│                      │...",
            "...│  [ 确定 ]  [ 取消 ]  │...",
            "...└──────────────────────┘...",
            "..............................",
            "..............................",
        ])
        XCTAssertEqual(dialog.frame(in: canvas.bounds), Rect(x: 3, y: 2, width: 24, height: 5))
        XCTAssertEqual(canvas.cell(x: 6, y: 5)?.role, .button)
        XCTAssertEqual(canvas.cell(x: 16, y: 5)?.role, .buttonFocused)
        XCTAssertEqual(canvas.cell(x: 5, y: 4)?.role, .dialog)
        XCTAssertEqual(dialog.buttonIndex(atX: 17, y: 5, in: canvas.bounds), 1)
        XCTAssertEqual(dialog.buttonIndex(atX: 6, y: 5, in: canvas.bounds), 0)
        XCTAssertNil(dialog.buttonIndex(atX: 14, y: 5, in: canvas.bounds))
        XCTAssertNil(dialog.buttonIndex(atX: 6, y: 4, in: canvas.bounds))
        assertWellFormed(canvas)
    }

    func testDialogWrapsLongMessages() {
        let long = ConfirmDialog(title: "Quit", message: "Unsaved edits will be kept in the journal.", buttons: ["Yes", "No"], maxMessageWidth: 20, glyphs: .ascii)
        var canvas = Canvas(width: 30, height: 8)
        long.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "   + Quit ----------------+   ",
            "   | Unsaved edits will   |   ",
            "   | be kept in the       |   ",
            "   | journal.             |   ",
            "   |                      |   ",
            "   |   [ Yes ]  [ No ]    |   ",
            "   +----------------------+   ",
            "                              ",
        ])
    }

    func testDialogOnTinyScreens() {
        var canvas = Canvas(width: 10, height: 3)
        dialog.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["┌ 删除 ──┐", "│ [ 确定 │", "└────────┘"])
        assertWellFormed(canvas)
        for (width, height) in [(0, 0), (1, 1), (2, 2), (4, 3), (5, 1)] {
            var small = Canvas(width: width, height: height)
            dialog.render(into: &small, in: small.bounds)
            XCTAssertEqual(small.lines().count, height)
            assertWellFormed(small)
        }
    }

    // MARK: HelpOverlay

    private let help = HelpOverlay(title: "帮助", sections: [
        HelpSection(title: "全局", entries: [KeyHint(key: "q", description: "退出"), KeyHint(key: "?", description: "帮助")]),
        HelpSection(title: "表格", entries: [KeyHint(key: "j", description: "下移"), KeyHint(key: "k", description: "上移"), KeyHint(key: "Enter", description: "打开")]),
    ])

    func testHelpGoldenTop() {
        var canvas = Canvas(width: 24, height: 8)
        help.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "                        ",
            " ┌ 帮助 ──────────────┐ ",
            " │ 全局               │ ",
            " │   q      退出      │ ",
            " │   ?      帮助      │ ",
            " │                    │ ",
            " └───────────────────▼┘ ",
            "                        ",
        ])
        XCTAssertEqual(help.contentHeight, 8)
        XCTAssertEqual(help.maxScrollOffset(in: canvas.bounds), 4)
        XCTAssertEqual(canvas.cell(x: 3, y: 2)?.role, .title)
        XCTAssertEqual(canvas.cell(x: 5, y: 3)?.role, .key)
    }

    func testHelpScrolledToBottom() {
        var scrolled = help
        scrolled.scrollOffset = 100
        var canvas = Canvas(width: 24, height: 8)
        scrolled.render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "                        ",
            " ┌ 帮助 ─────────────▲┐ ",
            " │ 表格               │ ",
            " │   j      下移      │ ",
            " │   k      上移      │ ",
            " │   Enter  打开      │ ",
            " └────────────────────┘ ",
            "                        ",
        ])
    }

    func testHelpOnTinyScreens() {
        for (width, height) in [(0, 0), (1, 1), (3, 2), (6, 3), (19, 7)] {
            var canvas = Canvas(width: width, height: height)
            help.render(into: &canvas, in: canvas.bounds)
            XCTAssertEqual(canvas.lines().count, height)
            assertWellFormed(canvas)
        }
        var small = Canvas(width: 12, height: 4)
        help.render(into: &small, in: small.bounds)
        // The key column gets a third of the width; the description is cut to fit.
        XCTAssertEqual(small.lines(), ["┌ 帮助 ────┐", "│ 全局     │", "│   q   …  │", "└─────────▼┘"])
    }
}
