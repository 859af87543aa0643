import XCTest
import TermCanvas

final class TerminalColorTests: XCTestCase {
    func testParsingNamesIndicesAndHex() {
        XCTAssertEqual(TerminalColor(parsing: "default"), .terminalDefault)
        XCTAssertEqual(TerminalColor(parsing: "black"), .indexed(0))
        XCTAssertEqual(TerminalColor(parsing: "white"), .indexed(7))
        XCTAssertEqual(TerminalColor(parsing: "bright-black"), .indexed(8))
        XCTAssertEqual(TerminalColor(parsing: "bright_red"), .indexed(9))
        XCTAssertEqual(TerminalColor(parsing: "BrightWhite"), .indexed(15))
        XCTAssertEqual(TerminalColor(parsing: "grey"), .indexed(8))
        XCTAssertEqual(TerminalColor(parsing: "208"), .indexed(208))
        XCTAssertEqual(TerminalColor(parsing: "#1E90ff"), .rgb(0x1E, 0x90, 0xFF))
        XCTAssertNil(TerminalColor(parsing: "256"))
        XCTAssertNil(TerminalColor(parsing: "#fff"))
        XCTAssertNil(TerminalColor(parsing: "bright"))
        XCTAssertNil(TerminalColor(parsing: "purple"))
        XCTAssertNil(TerminalColor(index: -1))
    }

    func testDescriptionRoundTrips() {
        for color in [TerminalColor.terminalDefault, .indexed(3), .indexed(12), .indexed(200), .rgb(1, 171, 255)] {
            XCTAssertEqual(TerminalColor(parsing: color.description), color)
        }
        XCTAssertEqual(TerminalColor.indexed(12).description, "bright-blue")
        XCTAssertEqual(TerminalColor.rgb(1, 171, 255).description, "#01abff")
    }

    func testNearestIn256Palette() {
        XCTAssertEqual(TerminalColor.rgb(255, 0, 0).nearestIndex256(), 196)
        XCTAssertEqual(TerminalColor.rgb(0, 0, 0).nearestIndex256(), 16)
        XCTAssertEqual(TerminalColor.rgb(255, 255, 255).nearestIndex256(), 231)
        XCTAssertEqual(TerminalColor.rgb(128, 128, 128).nearestIndex256(), 244)  // grey ramp 8 + 10 × 12
        XCTAssertEqual(TerminalColor.rgb(0, 95, 135).nearestIndex256(), 24)      // exact cube colour
        XCTAssertEqual(TerminalColor.rgb(90, 100, 130).nearestIndex256(), 60)    // (95, 95, 135)
        XCTAssertEqual(TerminalColor.indexed(42).nearestIndex256(), 42)
        XCTAssertNil(TerminalColor.terminalDefault.nearestIndex256())
    }

    func testNearestIn16And8Colours() {
        XCTAssertEqual(TerminalColor.rgb(255, 0, 0).nearestIndex16(), 9)
        XCTAssertEqual(TerminalColor.rgb(200, 0, 0).nearestIndex16(), 1)
        XCTAssertEqual(TerminalColor.rgb(250, 250, 250).nearestIndex16(), 15)
        XCTAssertEqual(TerminalColor.indexed(196).nearestIndex16(), 9)
        XCTAssertEqual(TerminalColor.rgb(255, 0, 0).nearestIndex8(), 1)
        XCTAssertEqual(TerminalColor.indexed(12).nearestIndex8(), 4)
        XCTAssertEqual(TerminalColor.rgb(20, 20, 20).nearestIndex8(), 0)
    }

    func testReducedToDepth() {
        let orange = TerminalColor.rgb(255, 135, 0)
        XCTAssertEqual(orange.reduced(to: .trueColor), orange)
        XCTAssertEqual(orange.reduced(to: .palette256), .indexed(208))
        XCTAssertEqual(orange.reduced(to: .monochrome), .terminalDefault)
        XCTAssertEqual(TerminalColor.terminalDefault.reduced(to: .eight), .terminalDefault)
    }

    func testPaletteShape() {
        XCTAssertEqual(TerminalColor.xtermPalette.count, 256)
        XCTAssertTrue(TerminalColor.xtermPalette[232] == (8, 8, 8))
        XCTAssertTrue(TerminalColor.xtermPalette[255] == (238, 238, 238))
    }
}
