@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// The detail panel gives labels the width a wide screen has, and a cut value ends in an ellipsis.
final class DetailWidthTests: XCTestCase {
    func testLabelsUseTheWidthThereIs() throws {
        var wide = AppDriver(try AppFixtures.state(language: .en, width: 200, height: 40))
        wide.press(.character("3"))
        let screen = wide.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Committee term ends"), screen)
        var narrow = AppDriver(try AppFixtures.state(language: .en, width: 100, height: 30))
        narrow.press(.character("3"))
        let cut = narrow.screen.joined(separator: "\n")
        XCTAssertFalse(cut.contains("Committee term ends"), "at 100 columns the label is cut…")
        XCTAssertTrue(cut.contains("Committee ter…"), "…and says so: \(cut)")
    }
}
