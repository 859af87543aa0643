import XCTest
import TermCanvas

/// Every widget on degenerate canvases and areas: nothing traps, nothing is drawn
/// outside the area, and no half of a wide character is left behind.
final class TinySizeTests: XCTestCase {
    private typealias Renderer = (inout Canvas, Rect) -> Void

    private var renderers: [(String, Renderer)] {
        let rows = [["东风社区", "12"], ["西湖", "7"]]
        return [
            ("box", { Box(title: "社区").render(into: &$0, in: $1) }),
            ("table", { Table(columns: [TableColumn("名称"), .numeric("数")], rows: rows, selectedRow: 1, sort: TableSort(column: 0)).render(into: &$0, in: $1) }),
            ("text field", { TextField("街道办事处", cursor: 2).render(into: &$0, in: $1) }),
            ("form", { Form(fields: [FormField(label: "姓名", input: TextField("王芳"), error: "必填")]).render(into: &$0, in: $1) }),
            ("tab bar", { TabBar(titles: ["概览", "诉求"], selectedIndex: 1).render(into: &$0, in: $1) }),
            ("status bar", { StatusBar(left: "已保存", right: "09:30").render(into: &$0, in: $1) }),
            ("key hints", { KeyHints([("q", "退出")]).render(into: &$0, in: $1) }),
            ("dialog", { ConfirmDialog(title: "删除", message: "确定吗？", buttons: ["是", "否"]).render(into: &$0, in: $1) }),
            ("help", { HelpOverlay(title: "帮助", sections: [HelpSection(title: "全局", entries: [KeyHint(key: "q", description: "退出")])], scrollOffset: 3).render(into: &$0, in: $1) }),
            ("sparkline", { Sparkline(values: [1, 5, 3]).render(into: &$0, in: $1) }),
            ("bar chart", { BarChart(items: [BarChartItem(label: "东风", value: 3)]).render(into: &$0, in: $1) }),
            ("progress", { ProgressBar(fraction: 0.3).render(into: &$0, in: $1) }),
        ]
    }

    func testWidgetsOnTinyCanvases() {
        let sizes = [(0, 0), (1, 1), (2, 1), (1, 2), (2, 2), (3, 3), (5, 2)]
        for (name, render) in renderers {
            for (width, height) in sizes {
                var canvas = Canvas(width: width, height: height)
                render(&canvas, canvas.bounds)
                XCTAssertEqual(canvas.lines().count, height, name)
                XCTAssertNil(canvas.clip, name)
                assertWellFormed(canvas)
            }
        }
    }

    func testWidgetsNeverDrawOutsideTheirArea() {
        let areas = [
            Rect(x: 2, y: 1, width: 3, height: 2),
            Rect(x: -3, y: -2, width: 6, height: 4),
            Rect(x: 6, y: 3, width: 10, height: 10),
            Rect(x: 20, y: 20, width: 5, height: 5),
            Rect(x: 1, y: 1, width: 0, height: 3),
        ]
        for (name, render) in renderers {
            for area in areas {
                var canvas = dottedCanvas(width: 8, height: 5)
                render(&canvas, area)
                let visible = canvas.bounds.intersection(area)
                for y in 0..<canvas.height {
                    for x in 0..<canvas.width where !visible.contains(x: x, y: y) {
                        XCTAssertEqual(canvas.cell(x: x, y: y)?.grapheme, ".", "\(name) drew at \(x),\(y) outside \(area)")
                    }
                }
                assertWellFormed(canvas)
            }
        }
    }
}
