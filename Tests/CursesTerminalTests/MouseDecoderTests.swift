import TermCanvas
import XCTest
@testable import CursesTerminal

final class MouseDecoderTests: XCTestCase {
    private let decoder = MouseDecoder(press: 0b0001, release: 0b0010, wheelUp: 0b0100, wheelDown: 0b1000)

    func testEachMaskBitBecomesItsKind() {
        XCTAssertEqual(decoder.event(buttonState: 0b0001, x: 3, y: 4), MouseEvent(kind: .press, x: 3, y: 4))
        XCTAssertEqual(decoder.event(buttonState: 0b0010, x: 3, y: 4), MouseEvent(kind: .release, x: 3, y: 4))
        XCTAssertEqual(decoder.event(buttonState: 0b0100, x: 0, y: 0), MouseEvent(kind: .wheelUp, x: 0, y: 0))
        XCTAssertEqual(decoder.event(buttonState: 0b1000, x: 0, y: 0), MouseEvent(kind: .wheelDown, x: 0, y: 0))
    }

    func testOtherButtonsAndPositionsOffScreenAreDropped() {
        XCTAssertNil(decoder.event(buttonState: 0b1_0000, x: 1, y: 1))
        XCTAssertNil(decoder.event(buttonState: 0, x: 1, y: 1))
        XCTAssertNil(decoder.event(buttonState: 0b0001, x: -1, y: 1))
        XCTAssertNil(decoder.event(buttonState: 0b0001, x: 1, y: -1))
    }

    func testCursesMasksMatchNcursesMouseVersionTwo() {
        // Button n's pressed bit is 2 << (n - 1) * 5, its released bit 1 << (n - 1) * 5.
        let curses = MouseDecoder.curses
        XCTAssertEqual(curses.press, 0x2)
        XCTAssertEqual(curses.release, 0x1)
        XCTAssertEqual(curses.wheelUp, 0x1_0000)
        XCTAssertEqual(curses.wheelDown, 0x20_0000)
        XCTAssertEqual(curses.reportedMask, 0x21_0003)
    }
}
