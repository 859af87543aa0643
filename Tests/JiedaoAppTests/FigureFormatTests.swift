@testable import JiedaoApp
import XCTest

/// Percentages and counts as the panes show them, negative ones included.
final class FigureFormatTests: XCTestCase {
    func testPercentagesOfEitherSign() {
        XCTAssertEqual(formatPercent(0.818), "81.8%")
        XCTAssertEqual(formatPercent(-3.0 / 7.0), "-42.9%")
        XCTAssertEqual(formatPercent(-0.5714), "-57.1%", "3 disputes against 7 last year")
        XCTAssertEqual(formatPercent(-0.0004), "0.0%")
        XCTAssertEqual(formatPercent(0), "0.0%")
        XCTAssertEqual(formatPercent(1), "100.0%")
        XCTAssertEqual(formatPercent(.nan), "—")
    }

    func testCountsOfEitherSign() {
        XCTAssertEqual(formatCount(1_480_000), "1,480,000")
        XCTAssertEqual(formatCount(-1_234), "-1,234")
        XCTAssertEqual(formatCount(0), "0")
    }
}
