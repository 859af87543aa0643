import XCTest
import TermCanvas

final class TextSanitizerTests: XCTestCase {
    func testPlainTextIsUnchanged() {
        XCTAssertEqual(TextSanitizer.sanitize("街道 abc e\u{301} 😀"), "街道 abc e\u{301} 😀")
    }

    func testEveryC0ControlBecomesItsControlPicture() {
        for value in UInt32(0)...0x1F {
            let scalar = Unicode.Scalar(value)!
            let picture = Unicode.Scalar(0x2400 + value)!
            XCTAssertEqual(TextSanitizer.sanitize(String(Character(scalar))), String(Character(picture)))
        }
        XCTAssertEqual(TextSanitizer.sanitize("\u{1B}"), "␛")
        XCTAssertEqual(TextSanitizer.sanitize("a\tb\nc\r"), "a␉b␊c␍")
        XCTAssertEqual(TextSanitizer.sanitize("\u{7F}"), "␡")
    }

    func testC1ControlsBecomeHexEscapes() {
        XCTAssertEqual(TextSanitizer.sanitize("\u{80}"), "\\x80")
        XCTAssertEqual(TextSanitizer.sanitize("x\u{85}y"), "x\\x85y")
        XCTAssertEqual(TextSanitizer.sanitize("\u{9B}31m"), "\\x9b31m")
    }

    func testOtherUnprintableScalarsBecomeUnicodeEscapes() {
        XCTAssertEqual(TextSanitizer.sanitize("\u{2028}"), "\\u{2028}")
        XCTAssertEqual(TextSanitizer.sanitize("\u{FFFF}"), "\\u{ffff}")
    }

    func testNothingUnprintableSurvives() {
        let nasty = (0...0x9F).compactMap(Unicode.Scalar.init).map { String(Character($0)) }.joined()
        let clean = TextSanitizer.sanitize(nasty)
        XCTAssertFalse(clean.unicodeScalars.contains(where: TextSanitizer.needsEscape))
        XCTAssertFalse(clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    func testEscapesAttachedToCombiningMarksStayVisible() {
        // ESC followed by a combining mark: the mark joins the picture, not a raw ESC.
        XCTAssertEqual(TextSanitizer.sanitize("\u{1B}\u{301}"), "␛\u{301}")
    }
}
