import JiedaoCore
import XCTest

/// Chinese unless the locale names another language.
final class LanguageDefaultTests: XCTestCase {
    func testChineseUnlessALocaleNamesAnotherLanguage() {
        XCTAssertEqual(Language.fromEnvironment([:]), .zh, "nothing set")
        XCTAssertEqual(Language.fromEnvironment(["LANG": "C.UTF-8"]), .zh, "C.UTF-8 names no language")
        XCTAssertEqual(Language.fromEnvironment(["LANG": "C"]), .zh)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "POSIX"]), .zh)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]), .en, "another language: English, the other one there is")
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "C.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]), .en,
                       "LC_ALL names none, so LC_MESSAGES decides")
        XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "", "LANG": "en_GB.UTF-8"]), .en, "an empty variable is unset")
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]), .zh)
    }
}
