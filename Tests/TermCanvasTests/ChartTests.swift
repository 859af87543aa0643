import XCTest
import TermCanvas

/// Sparkline, bar chart and progress bar.
final class ChartTests: XCTestCase {
    // MARK: Sparkline

    func testSparklineLevels() {
        var canvas = Canvas(width: 8, height: 1)
        Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7]).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["▁▂▃▄▅▆▇█"])
        XCTAssertTrue(canvas.cells.allSatisfy { $0.role == .chart })
    }

    func testSparklineASCIIFallback() {
        var canvas = Canvas(width: 8, height: 1)
        Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7], glyphs: .ascii).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["_..-=^^#"])
    }

    func testSparklineShowsMostRecentValuesAndOddInputs() {
        var canvas = Canvas(width: 3, height: 1)
        Sparkline(values: [9, 0, 4, 8]).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["▁▅█"])
        Sparkline(values: [.nan, -3, .infinity]).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["▁▁▁"])
        var wide = Canvas(width: 4, height: 1)
        Sparkline(values: [7], maximum: 14).render(into: &wide, in: wide.bounds)
        XCTAssertEqual(wide.lines(), ["▅   "])
        XCTAssertEqual(Sparkline.level(of: 5, maximum: 0, levels: 8), 0)
        XCTAssertEqual(Sparkline.level(of: 50, maximum: 10, levels: 8), 7)
        XCTAssertEqual(Sparkline.level(of: 1, maximum: 1, levels: 1), 0)
        var zero = Canvas(width: 0, height: 0)
        Sparkline(values: [1, 2]).render(into: &zero, in: zero.bounds)
    }

    // MARK: BarChart

    func testBarChartGolden() {
        var canvas = Canvas(width: 24, height: 3)
        BarChart(items: [
            BarChartItem(label: "东风社区", value: 12),
            BarChartItem(label: "西湖", value: 6, role: .warning),
        ]).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), [
            "东风社区 ████████████ 12",
            "西湖     ██████        6",
            "                        ",
        ])
        XCTAssertEqual(canvas.cell(x: 9, y: 1)?.role, .warning)
        XCTAssertEqual(canvas.cell(x: 9, y: 0)?.role, .chart)
        XCTAssertEqual(canvas.cell(x: 0, y: 0)?.role, .label)
    }

    func testBarChartValuesAndLengths() {
        XCTAssertEqual(BarChartItem(label: "a", value: 2.25).displayValue, "2.3")
        XCTAssertEqual(BarChartItem(label: "a", value: 40).displayValue, "40")
        XCTAssertEqual(BarChartItem(label: "a", value: 1, valueText: "1 件").displayValue, "1 件")
        XCTAssertEqual(BarChartItem(label: "a", value: .nan).displayValue, "-")
        XCTAssertEqual(BarChart.barLength(value: 0.1, maximum: 100, width: 10), 1)
        XCTAssertEqual(BarChart.barLength(value: 0, maximum: 100, width: 10), 0)
        XCTAssertEqual(BarChart.barLength(value: 500, maximum: 100, width: 10), 10)
        XCTAssertEqual(BarChart.barLength(value: .nan, maximum: 100, width: 10), 0)
        XCTAssertEqual(BarChart.barLength(value: 5, maximum: 10, width: -1), 0)
    }

    func testBarChartTiny() {
        var canvas = Canvas(width: 3, height: 1)
        BarChart(items: [BarChartItem(label: "东风社区", value: 12)], glyphs: .ascii).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["~ ~"])
        var zero = Canvas(width: 0, height: 0)
        BarChart(items: [BarChartItem(label: "x", value: 1)]).render(into: &zero, in: zero.bounds)
    }

    // MARK: ProgressBar

    func testProgressBarGolden() {
        var canvas = Canvas(width: 14, height: 1)
        ProgressBar(fraction: 0.6).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["██████░░░░ 60%"])
        XCTAssertEqual(canvas.roleLines([.chart: "#", .muted: ".", .normal: " "]), ["######....    "])
        ProgressBar(fraction: 0.6, glyphs: .ascii).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["######.... 60%"])
    }

    func testProgressBarClampsAndLabels() {
        var canvas = Canvas(width: 14, height: 1)
        ProgressBar(fraction: 2).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["█████████ 100%"])
        ProgressBar(fraction: .nan).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["░░░░░░░░░░░ 0%"])
        ProgressBar(fraction: 0.5, label: "3/6 已办").render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["███░░ 3/6 已办"])   // 2.5 cells round up
    }

    func testProgressBarTiny() {
        var canvas = Canvas(width: 3, height: 1)
        ProgressBar(fraction: 0.6).render(into: &canvas, in: canvas.bounds)
        XCTAssertEqual(canvas.lines(), ["60%"])
        var two = Canvas(width: 2, height: 1)
        ProgressBar(fraction: 0.6).render(into: &two, in: two.bounds)
        XCTAssertEqual(two.lines(), ["6…"])
        var zero = Canvas(width: 0, height: 0)
        ProgressBar(fraction: 0.6).render(into: &zero, in: zero.bounds)
    }
}
