@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// `:lang` and `:theme` are remembered through the store for the next run.
final class PreferencesTests: XCTestCase {
    private func command(_ app: inout AppDriver, _ line: String) {
        app.press(.character(":"))
        app.type(line)
        app.press(.enter)
    }

    func testLanguageAndThemeAreRemembered() throws {
        var app = AppDriver(try AppFixtures.state())
        command(&app, "lang en")
        XCTAssertEqual(app.dashboard.store.preferences, UserPreferences(language: .en))
        command(&app, "theme light")
        XCTAssertEqual(app.dashboard.store.preferences, UserPreferences(language: .en, theme: "light"))
        XCTAssertEqual(app.dashboard.theme.name, "light")
    }

    func testAThemeThatDoesNotLoadIsNotRemembered() throws {
        var app = AppDriver(try AppFixtures.state())
        command(&app, "theme no-such-theme")
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertNil(app.dashboard.store.preferences.theme)
    }

    func testAStoreThatCannotRememberSaysSo() throws {
        var app = AppDriver(try AppFixtures.state())
        app.dashboard.withStore { $0.failure = StoreFailure(message: Bilingual(zh: "磁盘已满", en: "disk full")) }
        command(&app, "lang en")
        XCTAssertEqual(app.state.language, .en, "the switch itself happens")
        XCTAssertEqual(app.state.message?.isError, true)
        XCTAssertTrue(app.state.message?.text.en.contains("disk full") ?? false, "\(String(describing: app.state.message))")
    }
}
