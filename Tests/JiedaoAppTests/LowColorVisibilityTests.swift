@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// With 8 or 16 colours (TERM=xterm or linux: what PuTTY and Xshell send) nothing drawn may vanish.
final class LowColorVisibilityTests: XCTestCase {
    /// Every screen a user meets: each pane, a form, the help, a list to choose from, a note.
    private func screens() throws -> [(String, Canvas)] {
        var result: [(String, Canvas)] = []
        for language in [Language.zh, .en] {
            var app = AppDriver(try AppFixtures.state(language: language, width: 80, height: 24))
            for pane in Pane.allCases {
                app.show(pane)
                result.append(("\(pane) \(language)", render(app.state)))
            }
            app.press(.character("3"), .character("a"))
            result.append(("form \(language)", render(app.state)))
            app.press(.escape, .character("?"))
            result.append(("help \(language)", render(app.state)))
            app.press(.escape, .character("5"), .character("g"), .character("X"))
            result.append(("extend \(language)", render(app.state)))
            app.press(.enter)
            result.append(("note \(language)", render(app.state)))
        }
        return result
    }

    func testNoCellIsDrawnInItsOwnBackgroundOrBlackOnTheDefault() throws {
        let screens = try screens()
        for theme in [Theme.builtinDefault, .builtinMono] {
            for depth in [ColorDepth.eight, .sixteen] {
                var invisible: [String] = []
                for (name, canvas) in screens {
                    for (index, cell) in canvas.cells.enumerated() where !cell.isContinuation && cell.grapheme != " " && !cell.grapheme.isEmpty {
                        let style = theme.style(for: cell.role).reduced(to: depth)
                        let sameAsBackground = style.foreground != .terminalDefault && style.foreground == style.background
                        let blackOnDefault = style.foreground == .indexed(0) && style.background == .terminalDefault
                        if sameAsBackground || blackOnDefault {
                            invisible.append("\(name) (\(index % canvas.width), \(index / canvas.width)) \(cell.role)")
                        }
                    }
                }
                XCTAssertEqual(invisible.count, 0, "\(theme.name) at \(depth): \(invisible.prefix(10))")
            }
        }
    }

    func testGreysThatFallToBlackTakeAVisibleGrey() {
        let border = Style(foreground: .indexed(240))
        XCTAssertEqual(border.reduced(to: .eight).foreground, .indexed(7))
        XCTAssertEqual(border.reduced(to: .sixteen).foreground, .indexed(8))
        XCTAssertEqual(border.reduced(to: .palette256).foreground, .indexed(240), "256 colours keep the theme's grey")
        let onItself = Style(foreground: .indexed(236), background: .indexed(235))
        XCTAssertEqual(onItself.reduced(to: .eight).foreground, .indexed(7))
        let light = Style(foreground: .indexed(7), background: .indexed(7))
        XCTAssertEqual(light.reduced(to: .eight).foreground, .indexed(0), "on a light background, black")
    }
}
