@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// No message is cut: one too long for the status line opens above it, wrapped.
final class MessageBoxTests: XCTestCase {
    private let long = Bilingual(
        zh: "锦绣花园已被李四在16:00修改，你的修改未保存：他们的户数是820，你的是900；按 e 重新打开表单，再按 Enter 用你的数值重试",
        en: "Changed by lisi at 16:00 — your change was not applied: their households are 820, yours 900; press e to open the form again and Enter to retry with yours")

    func testALongMessageIsShownWholeAtEverySize() throws {
        for language in Language.allCases {
            for (width, height) in [(80, 24), (50, 16), (200, 50)] {
                var state = try AppFixtures.state(language: language, width: width, height: height)
                _ = update(&state, .key(.character("3")))
                state.message = StatusMessage(long, isError: true)
                let screen = render(state).lines()
                let text = long.text(language)
                let shown = screen.joined().filter { !$0.isWhitespace && !"│┌┐└┘─".contains($0) }
                XCTAssertTrue(shown.contains(text.filter { !$0.isWhitespace }), "\(width)x\(height) \(language):\n\(screen.joined(separator: "\n"))")
                for row in screen { XCTAssertLessThanOrEqual(DisplayWidth.of(row), width) }
                // The next key closes it, as it does a short message.
                var next = state
                _ = update(&next, .key(.character("j")))
                XCTAssertNil(next.message)
            }
        }
    }

    func testAShortMessageStaysOnTheStatusLine() throws {
        var state = try AppFixtures.state(width: 100, height: 30)
        state.message = StatusMessage(Bilingual(zh: "已保存：户数", en: "Saved"))
        let screen = render(state).lines()
        XCTAssertTrue(screen[28].hasPrefix("已保存：户数"), screen[28])
        XCTAssertFalse(screen.joined().contains("消息"), "no box for a message that fits")
    }
}
