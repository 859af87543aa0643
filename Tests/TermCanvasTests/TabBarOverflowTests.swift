import TermCanvas
import XCTest

/// The tab bar holds up to a dozen panes at 80 and 50 columns, in both languages: the selected
/// tab is always shown whole, hidden tabs are marked at the end they are hidden beyond, and
/// nothing runs past the bar.
final class TabBarOverflowTests: XCTestCase {
    private let chinese = ["今日待办", "社区", "小区", "志愿者", "诉求", "微实事", "活动", "议事会", "派单", "管理", "报表", "总览"]
    private let english = ["Today", "Communities", "Compounds", "Volunteers", "Appeals", "Projects", "Activities", "Council",
                           "Dispatch", "Admin", "Reports", "Summary"]

    func testEverySelectedTabShowsWholeWithMarkersWhereTabsAreHidden() {
        for titles in [chinese, english] {
            for width in [50, 80] {
                for selected in titles.indices {
                    for glyphs in [GlyphSet.unicode, .ascii] {
                        let bar = TabBar(titles: titles, selectedIndex: selected, glyphs: glyphs)
                        let arrangement = bar.arrangement(width: width)
                        let shown = arrangement.placements.map(\.index)
                        let context = "\(titles[selected]) at \(width)"
                        XCTAssertTrue(shown.contains(selected), context)
                        XCTAssertEqual(arrangement.hidesBefore, shown.first != 0, context)
                        XCTAssertEqual(arrangement.hidesAfter, shown.last != titles.count - 1, context)
                        XCTAssertTrue(arrangement.placements.allSatisfy { $0.x + $0.width <= width - (arrangement.hidesAfter ? 1 : 0) }, context)
                        XCTAssertGreaterThan(shown.count, 1, "neighbours fit beside \(context)")

                        var canvas = Canvas(width: width, height: 1)
                        bar.render(into: &canvas, in: Rect(x: 0, y: 0, width: width, height: 1))
                        let line = canvas.lines()[0]
                        XCTAssertTrue(line.contains(" \(titles[selected]) "), "\(context): \(line)")
                        XCTAssertEqual(line.hasPrefix(glyphs.moreLeft), arrangement.hidesBefore, "\(context): \(line)")
                        XCTAssertEqual(line.hasSuffix(glyphs.moreRight), arrangement.hidesAfter, "\(context): \(line)")
                        XCTAssertLessThanOrEqual(DisplayWidth.of(line), width)
                    }
                }
            }
        }
    }

    func testTabsThatFitAreAllShownWithoutMarkers() {
        let bar = TabBar(titles: Array(chinese.prefix(6)), selectedIndex: 5)
        let arrangement = bar.arrangement(width: 80)
        XCTAssertEqual(arrangement.placements.map(\.index), Array(0..<6))
        XCTAssertFalse(arrangement.hidesBefore || arrangement.hidesAfter)
    }

    func testAClickOnAShownTabNamesIt() {
        let bar = TabBar(titles: english, selectedIndex: 8)
        let rect = Rect(x: 0, y: 0, width: 50, height: 1)
        for placement in bar.placements(width: 50) {
            XCTAssertEqual(bar.tabIndex(atX: placement.x + 1, in: rect), placement.index)
        }
        XCTAssertNil(bar.tabIndex(atX: 0, in: rect), "the ‹ marker is no tab")
    }
}
