import Foundation
import JiedaoApp
import XCTest

/// `:lang` and `:theme` chosen in one run are there in the next, from
/// `$XDG_CONFIG_HOME/jiedao/config.toml`; `--lang` still wins.
final class PreferencesFileTests: XCTestCase {
    func testTheLanguageAndThemeChosenLastTimeComeBack() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let environment = ["XDG_CONFIG_HOME": base + "/config"]
        let first = try TmuxSession(command: [JiedaoBinary.path, "--data", directory], environment: environment)
        XCTAssertTrue(first.waitFor("Today"), first.screen())
        first.press(.commandLine)
        first.type("lang zh")
        first.send("Enter")
        XCTAssertTrue(first.waitFor("今日待办"), first.screen())
        first.press(.commandLine)
        first.type("theme mono")
        first.send("Enter")
        first.press(.quit)
        XCTAssertTrue(first.waitForExit())
        let saved = try String(contentsOfFile: base + "/config/jiedao/config.toml", encoding: .utf8)
        XCTAssertTrue(saved.contains("language = \"zh\""), saved)
        XCTAssertTrue(saved.contains("theme = \"mono\""), saved)

        let second = try TmuxSession(command: [JiedaoBinary.path, "--data", directory], environment: environment)
        XCTAssertTrue(second.waitFor("今日待办"), "the remembered language, over the locale:\n\(second.screen())")
        second.press(.quit)
        XCTAssertTrue(second.waitForExit())

        let third = try TmuxSession(command: [JiedaoBinary.path, "--data", directory, "--lang", "en"], environment: environment)
        XCTAssertTrue(third.waitFor("Appeals to dispatch"), "--lang wins:\n\(third.screen())")
        third.press(.quit)
        XCTAssertTrue(third.waitForExit())
    }

    /// A view saved with `:view save` in one run opens with `:view NAME` in the next.
    func testASavedViewComesBackInTheNextRun() throws {
        let base = try JiedaoBinary.temporaryDirectory()
        let directory = base + "/street"
        XCTAssertEqual(try JiedaoBinary.run(["demo", "--scale", "street", "--out", directory]).status, 0)
        let environment = ["XDG_CONFIG_HOME": base + "/config"]
        let first = try TmuxSession(command: [JiedaoBinary.path, "--data", directory, "--lang", "en"], environment: environment)
        XCTAssertTrue(first.waitFor("Today"), first.screen())
        first.send("5")
        XCTAssertTrue(first.waitFor("30,000 / 30,000"), first.screen())
        first.press(.search)
        first.type("路灯")
        first.send("Enter")
        first.press(.commandLine)
        first.type("view save 路灯 \"夜\"")
        first.send("Enter")
        XCTAssertTrue(first.waitFor("Saved the view"), first.screen())
        first.press(.quit)
        XCTAssertTrue(first.waitForExit())
        let saved = try String(contentsOfFile: base + "/config/jiedao/config.toml", encoding: .utf8)
        XCTAssertTrue(saved.contains("[views.\"路灯 \\\"夜\\\"\"]"), saved)

        let second = try TmuxSession(command: [JiedaoBinary.path, "--data", directory, "--lang", "en"], environment: environment)
        XCTAssertTrue(second.waitFor("Today"), second.screen())
        second.press(.commandLine)
        second.type("view 路灯 \"夜\"")
        second.send("Enter")
        XCTAssertTrue(second.waitFor("[/路灯]"), "the view's narrowing is back:\n\(second.screen())")
        XCTAssertFalse(second.screen().contains("30,000 / 30,000"), second.screen())
        second.press(.quit)
        XCTAssertTrue(second.waitForExit())
    }
}
