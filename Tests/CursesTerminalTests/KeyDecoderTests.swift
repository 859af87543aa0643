import TermCanvas
import XCTest
@testable import CursesTerminal

/// Key codes are written as the octal values ncurses documents in curses.h,
/// so these tests also check the constants the decoder was built with.
final class KeyDecoderTests: XCTestCase {
    private func key(_ code: Int32, keyCode: Bool = true) -> Key? {
        KeyDecoder.key(code: code, isKeyCode: keyCode)
    }

    func testCursorAndEditingKeys() {
        XCTAssertEqual(key(0o403), .up)
        XCTAssertEqual(key(0o402), .down)
        XCTAssertEqual(key(0o404), .left)
        XCTAssertEqual(key(0o405), .right)
        XCTAssertEqual(key(0o406), .home)
        XCTAssertEqual(key(0o550), .end)
        XCTAssertEqual(key(0o523), .pageUp)
        XCTAssertEqual(key(0o522), .pageDown)
        XCTAssertEqual(key(0o527), .enter)
        XCTAssertEqual(key(0o407), .backspace)
        XCTAssertEqual(key(0o512), .delete)
        XCTAssertEqual(key(0o513), .insert)
        XCTAssertEqual(key(0o541), .backTab)
    }

    func testFunctionKeys() {
        XCTAssertEqual(key(0o410 + 1), .function(1))
        XCTAssertEqual(key(0o410 + 12), .function(12))
        XCTAssertEqual(key(0o410 + 63), .function(63))
        XCTAssertNil(key(0o410), "F0 does not exist on keyboards")
        XCTAssertNil(key(0o510), "delete-line follows the function keys")
    }

    func testUnknownKeyCodesAreDropped() {
        XCTAssertNil(key(0o607))  // shifted Home
        XCTAssertNil(key(0o777))
    }

    func testKeyCodeFlagDecidesTheMeaning() {
        // 0o403 (259) read as a character is U+0103 "ă", not the up arrow.
        XCTAssertEqual(key(0o403, keyCode: false), .character("ă"))
        XCTAssertNil(key(97, keyCode: true))
    }

    func testControlCharactersTerminalsSendForNamedKeys() {
        XCTAssertEqual(key(10, keyCode: false), .enter)
        XCTAssertEqual(key(13, keyCode: false), .enter)
        XCTAssertEqual(key(9, keyCode: false), .tab)
        XCTAssertEqual(key(27, keyCode: false), .escape)
        XCTAssertEqual(key(127, keyCode: false), .backspace)
        XCTAssertEqual(key(8, keyCode: false), .backspace)
    }

    func testOtherControlLettersBecomeControlKeys() {
        XCTAssertEqual(key(1, keyCode: false), .control("a"))
        XCTAssertEqual(key(4, keyCode: false), .control("d"))
        XCTAssertEqual(key(19, keyCode: false), .control("s"))
        XCTAssertEqual(key(26, keyCode: false), .control("z"))
    }

    func testControlCodesWithoutALetterAreDropped() {
        XCTAssertNil(key(0, keyCode: false))
        for code: Int32 in 28...31 { XCTAssertNil(key(code, keyCode: false), "code \(code)") }
        for code: Int32 in 0x80...0x9F { XCTAssertNil(key(code, keyCode: false), "C1 code \(code)") }
    }

    func testPrintableCharacters() {
        XCTAssertEqual(key(97, keyCode: false), .character("a"))
        XCTAssertEqual(key(32, keyCode: false), .character(" "))
        XCTAssertEqual(key(0x8857, keyCode: false), .character("街"))
        XCTAssertEqual(key(0x1F600, keyCode: false), .character("😀"))
    }

    func testInvalidScalarsAreDropped() {
        XCTAssertNil(key(0xD800, keyCode: false), "a lone surrogate is not a scalar")
        XCTAssertNil(key(0x110000, keyCode: false))
        XCTAssertNil(key(-1, keyCode: false))
    }
}
