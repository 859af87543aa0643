@testable import JiedaoApp
import JiedaoCore
import XCTest

/// Names sort by their full pinyin readings, not by code point.
final class PinyinSortTests: XCTestCase {
    func testReadings() {
        XCTAssertEqual(PinyinSortKey.reading(of: "侨"), "qiao")
        XCTAssertEqual(PinyinSortKey.reading(of: "桂"), "gui")
        XCTAssertEqual(PinyinSortKey.reading(of: "绿"), "lv")
        XCTAssertNil(PinyinSortKey.reading(of: "A"))
    }

    func testNamesSortByPinyin() {
        let names = ["侨香社区", "桂园社区", "安康社区", "翠林新村", "锦绣花园", "zz小区", "12号院"]
        let sorted = names.sorted { PinyinSortKey.of($0) < PinyinSortKey.of($1) }
        // an (安), cui (翠), gui (桂), jin (锦), qiao (侨); digits and Latin by themselves.
        XCTAssertEqual(sorted, ["12号院", "安康社区", "翠林新村", "桂园社区", "锦绣花园", "侨香社区", "zz小区"])
        XCTAssertLessThan("侨香社区", "桂园社区", "by code point 侨 comes first, which is what pinyin order fixes")
    }

    func testTheCommunitiesPaneSortsByPinyin() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("2"), .character("s"))
        let names = app.state.current.rows.map { app.state.registry.text(app.state.registry.communities[CommunityID($0)].name) }
        XCTAssertEqual(names, ["桂园社区", "侨香社区"])
        app.press(.character("3"), .character("s"))
        let compounds = app.state.current.rows.map { app.state.registry.text(app.state.registry.compounds[CompoundID($0)].name) }
        XCTAssertEqual(compounds, ["翠林新村", "桂园大厦", "锦绣花园"])
    }
}
