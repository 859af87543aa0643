import XCTest
@testable import CursesTerminal

final class LocaleSetupTests: XCTestCase {
    func testCodesetNamesMeaningUTF8() {
        XCTAssertTrue(LocaleSetup.isUTF8(codesetName: "UTF-8"))
        XCTAssertTrue(LocaleSetup.isUTF8(codesetName: "utf8"))
        XCTAssertTrue(LocaleSetup.isUTF8(codesetName: "UTF_8"))
        XCTAssertFalse(LocaleSetup.isUTF8(codesetName: "ANSI_X3.4-1968"))
        XCTAssertFalse(LocaleSetup.isUTF8(codesetName: "GB18030"))
        XCTAssertFalse(LocaleSetup.isUTF8(codesetName: ""))
    }

    func testFallbacksStartWithTheLocaleEveryGlibcHas() {
        XCTAssertEqual(LocaleSetup.utf8Fallbacks.first, "C.UTF-8")
    }
}
