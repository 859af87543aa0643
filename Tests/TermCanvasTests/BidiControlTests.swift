import TermCanvas
import XCTest

/// A right-to-left override in imported text must not reorder the rest of the screen line.
final class BidiControlTests: XCTestCase {
    func testEveryBidiControlIsShownEscaped() {
        for value in Array(0x202A...0x202E) + Array(0x2066...0x2069) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let shown = TextSanitizer.sanitize("诉求\(Character(scalar))内容")
            XCTAssertFalse(shown.unicodeScalars.contains(scalar), String(format: "U+%04X reached the terminal raw", value))
            XCTAssertTrue(shown.contains(String(format: "\\u{%04x}", value)), shown)
        }
        // Ordinary right-to-left letters stay as they are.
        XCTAssertEqual(TextSanitizer.sanitize("שלום"), "שלום")
    }

    func testTheCanvasDrawsThemEscaped() {
        var canvas = Canvas(width: 30, height: 1)
        _ = canvas.put("甲\u{202E}乙丙", at: 0, y: 0, role: .normal)
        let line = canvas.lines()[0]
        XCTAssertTrue(line.hasPrefix("甲\\u{202e}乙丙"), line)
    }
}
