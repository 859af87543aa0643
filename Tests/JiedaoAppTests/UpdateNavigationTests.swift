@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// Moving around: every navigation binding, as state before → after.
final class UpdateNavigationTests: XCTestCase {
    func testCursorKeys() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("4"))
        XCTAssertEqual(app.state.pane, .volunteers)
        app.press(.character("5"))
        XCTAssertEqual(app.state.pane, .appeals)
        XCTAssertEqual(app.state.current.cursor, 0)
        app.press(.character("j"))
        XCTAssertEqual(app.state.current.cursor, 1)
        app.press(.down)
        XCTAssertEqual(app.state.current.cursor, 2)
        app.press(.down)
        XCTAssertEqual(app.state.current.cursor, 2, "stops at the last row")
        app.press(.character("k"))
        XCTAssertEqual(app.state.current.cursor, 1)
        app.press(.up, .up, .up)
        XCTAssertEqual(app.state.current.cursor, 0, "stops at the first row")
        app.press(.character("G"))
        XCTAssertEqual(app.state.current.cursor, 2)
        app.press(.character("g"))
        XCTAssertEqual(app.state.current.cursor, 0)
        app.press(.end)
        XCTAssertEqual(app.state.current.cursor, 2)
        app.press(.home)
        XCTAssertEqual(app.state.current.cursor, 0)
        app.press(.pageDown)
        XCTAssertEqual(app.state.current.cursor, 2)
        app.press(.pageUp)
        XCTAssertEqual(app.state.current.cursor, 0)
        app.press(.control("d"))
        XCTAssertEqual(app.state.current.cursor, 2)
        app.press(.control("u"))
        XCTAssertEqual(app.state.current.cursor, 0)
    }

    func testPaneSwitching() throws {
        var app = AppDriver(try AppFixtures.state())
        XCTAssertEqual(app.state.pane, .today, "a coordinator starts on what to do today")
        app.press(.tab)
        XCTAssertEqual(app.state.pane, .communities)
        app.press(.backTab, .backTab)
        XCTAssertEqual(app.state.pane, Pane.allCases.last, "Shift-Tab wraps round to the last pane")
        // 1–9 and 0 for the first ten panes; the rest are reached with Tab.
        for (index, pane) in Pane.allCases.prefix(10).enumerated() {
            app.press(.character(Character(String((index + 1) % 10))))
            XCTAssertEqual(app.state.pane, pane)
        }
        for pane in Pane.allCases.dropFirst(10) {
            app.press(.tab)
            XCTAssertEqual(app.state.pane, pane)
        }
    }

    func testColumnsMoveWithHAndL() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("2"), .character("l"), .right)
        XCTAssertEqual(app.state.current.column, 2)
        app.press(.character("h"))
        XCTAssertEqual(app.state.current.column, 1)
        app.press(.left, .left, .left)
        XCTAssertEqual(app.state.current.column, 0)
    }

    func testDrillDownAndBack() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("2"), .enter)
        XCTAssertEqual(app.state.scope, [.community(CommunityID(0))])
        XCTAssertEqual(app.state.pane, .compounds)
        XCTAssertEqual(app.state.current.rows, [0, 1], "only 侨香社区's compounds")
        XCTAssertTrue(app.screen[1].contains("桂香街道 › 侨香社区"), app.screen[1])
        app.press(.character("5"))
        XCTAssertEqual(app.state.current.rows, [0, 1, 2], "the community's appeals")
        app.press(.character("3"), .enter)
        XCTAssertEqual(app.state.scope, [.community(CommunityID(0)), .compound(CompoundID(0))])
        XCTAssertEqual(app.state.pane, .appeals)
        app.press(.enter)
        XCTAssertEqual(app.state.mode, .detail(offset: 0))
        XCTAssertTrue(app.screen.joined().contains("办理过程"))
        app.press(.escape)
        XCTAssertEqual(app.state.mode, .browse)
        app.press(.escape)
        XCTAssertEqual(app.state.scope, [.community(CommunityID(0))])
        XCTAssertEqual(app.state.pane, .compounds)
        XCTAssertEqual(app.state.current.selectedID, 0, "back on the compound we came from")
        app.press(.backspace)
        XCTAssertEqual(app.state.scope, [])
        XCTAssertEqual(app.state.pane, .communities)
        XCTAssertEqual(app.state.current.rows.count, 2)
    }

    func testSearchNarrowsAsYouTypeByChineseAndPinyinInitials() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"), .character("/"))
        app.type("翠")
        XCTAssertEqual(app.state.current.rows, [1], "narrows with every key")
        XCTAssertTrue(app.screen[1].hasSuffix("1 / 3"), app.screen[1])
        app.type("林")
        XCTAssertEqual(app.state.current.rows, [1])
        app.press(.enter)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.current.rows, [1], "Enter keeps the narrowed list")
        XCTAssertTrue(app.screen[1].contains("[/翠林]"), app.screen[1])
        app.press(.character("/"))
        app.type("gyds")
        app.press(.enter)
        XCTAssertEqual(app.state.current.rows, [2], "桂园大厦 (gui yuan da sha) by its initials, from the whole list again")
        app.press(.escape)
        XCTAssertEqual(app.state.current.rows, [0, 1, 2], "Esc brings the whole list back")
        XCTAssertEqual(app.state.current.selectedID, 2, "on the record found")
        app.press(.character("2"), .character("/"))
        app.type("sq")
        app.press(.enter)
        XCTAssertEqual(app.state.current.rows.count, 2)
        let first = app.state.current.selectedID
        app.press(.character("n"))
        XCTAssertNotEqual(app.state.current.selectedID, first)
        app.press(.character("N"))
        XCTAssertEqual(app.state.current.selectedID, first)
        app.press(.character("/"))
        app.type("不存在的名字")
        XCTAssertEqual(app.state.current.rows, [], "a search that matches nothing shows nothing")
        app.press(.enter)
        XCTAssertEqual(app.state.message?.isError, true)
        app.press(.character("/"), .character("x"), .escape)
        XCTAssertEqual(app.state.mode, .browse)
        XCTAssertEqual(app.state.current.rows.count, 2, "Esc while typing restores the list")
    }

    func testFilterChipsAndCount() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("5"))
        for _ in 0..<4 { app.press(.character("l")) }
        XCTAssertEqual(app.state.current.column, 4, "the state column")
        app.press(.character("f"))
        guard case .filter(let picker) = app.state.mode else { return XCTFail("no filter picker") }
        XCTAssertEqual(Set(picker.values), ["分拨", "结案", "受理"])
        let index = try XCTUnwrap(picker.values.firstIndex(of: "分拨"))
        for _ in 0..<index { app.press(.character("j")) }
        app.press(.enter)
        XCTAssertEqual(app.state.current.filters.map(\.values), [["分拨"]])
        XCTAssertEqual(app.state.current.rows, [0])
        XCTAssertTrue(app.screen[1].contains("[状态=分拨]"), app.screen[1])
        XCTAssertTrue(app.screen[1].hasSuffix("1 / 3"), app.screen[1])
        // The filter is a value, not the text on screen: it holds when the language changes.
        app.press(.character(":"))
        app.type("lang en")
        app.press(.enter)
        XCTAssertEqual(app.state.current.rows, [0])
        XCTAssertTrue(app.screen[1].contains("[State=Dispatched]"), app.screen[1])
        app.press(.character(":"))
        app.type("lang zh")
        app.press(.enter)
        app.press(.character("F"))
        XCTAssertEqual(app.state.current.filters, [])
        XCTAssertEqual(app.state.current.rows.count, 3)
    }

    func testSortAscendingAndDescending() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("3"), .character("l"), .character("l"), .character("l"))
        app.press(.character("s"))
        XCTAssertEqual(app.state.current.rows, [2, 0, 1], "by households ascending")
        app.press(.character("S"))
        XCTAssertEqual(app.state.current.rows, [1, 0, 2])
        XCTAssertEqual(app.state.current.sort, ColumnSort(.households, .descending))
    }

    func testHelpQuitAndCommandLine() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("?"))
        XCTAssertEqual(app.state.mode, .help(offset: 0))
        // Scroll through the whole help: every binding of the keymap is on it.
        var help = app.screen.joined(separator: "\n")
        for offset in 1...200 {
            app.press(.character("j"))
            XCTAssertEqual(app.state.mode, .help(offset: offset))
            help += app.screen.joined(separator: "\n")
        }
        // Every row of the one table, every mode's and every `:` command, is listed.
        for binding in Keymap.bindings {
            XCTAssertTrue(help.contains(binding.help.zh), "help lacks \(binding.help.zh)")
            if !binding.typed.isEmpty { XCTAssertTrue(help.contains(binding.typed), "help lacks \(binding.typed)") }
        }
        for mode in InputMode.allCases where mode != .browse { XCTAssertTrue(help.contains(mode.title.zh), "help lacks the section \(mode.title.zh)") }
        app.press(.escape)
        XCTAssertEqual(app.state.mode, .browse)
        app.press(.character(":"))
        app.type("lang en")
        app.press(.enter)
        XCTAssertEqual(app.state.language, .en)
        XCTAssertTrue(app.screen[0].contains("Communities"))
        app.press(.character(":"))
        app.type("w")
        app.press(.enter)
        XCTAssertEqual(app.saved, 1)
        app.press(.character(":"))
        app.type("frobnicate")
        app.press(.enter)
        XCTAssertEqual(app.state.message?.isError, true)
        app.press(.character(":"))
        app.type("export /tmp/view.csv")
        app.press(.enter)
        XCTAssertEqual(app.exports, ["/tmp/view.csv"])
        XCTAssertFalse(app.quit)
        app.press(.character("q"))
        XCTAssertTrue(app.quit)
    }

    func testMouseSelectsAndScrolls() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("2"))
        app.send(.mouse(MouseEvent(kind: .press, x: 2, y: 4)))
        XCTAssertEqual(app.state.current.cursor, 1, "a click on the second data row")
        app.send(.mouse(MouseEvent(kind: .wheelUp, x: 2, y: 4)))
        XCTAssertEqual(app.state.current.cursor, 0)
        let tabs = TabBar(titles: Pane.allCases.map { $0.title.zh }).placements(width: 100)
        let appealsTab = try XCTUnwrap(tabs.first { $0.index == Pane.appeals.rawValue })
        app.send(.mouse(MouseEvent(kind: .press, x: appealsTab.x + 1, y: 0)))
        XCTAssertEqual(app.state.pane, .appeals)
    }

    func testResizeKeepsTheSelection() throws {
        var app = AppDriver(try AppFixtures.state())
        app.press(.character("5"), .character("G"))
        app.send(.resize(width: 40, height: 12))
        XCTAssertEqual(app.state.current.selectedID, 2)
        app.send(.resize(width: 100, height: 30))
        XCTAssertEqual(app.state.current.selectedID, 2)
        app.send(.resize(width: 30, height: 8))
        XCTAssertTrue(app.screen[0].contains("窗口太小"))
    }
}
