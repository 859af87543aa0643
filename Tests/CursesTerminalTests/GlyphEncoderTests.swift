import XCTest
@testable import CursesTerminal

final class GlyphEncoderTests: XCTestCase {
    /// A stand-in for `wcwidth` that does not depend on the process locale.
    private static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x300...0x36F, 0x200D, 0xFE0F: return 0
        case 0x4E00...0x9FFF, 0x1F300...0x1F64F: return 2
        case 0x20...0x7E, 0xA0...0x2FFF: return 1
        default: return -1
        }
    }

    private func encode(_ grapheme: String, width cellWidth: Int) -> [Int32] {
        GlyphEncoder.encode(grapheme, cellWidth: cellWidth, width: GlyphEncoderTests.width)
    }

    private func values(_ text: String) -> [Int32] {
        text.unicodeScalars.map { Int32($0.value) }
    }

    // MARK: Conversion

    func testChineseAndEmojiAreOneWideCharacterPerScalar() {
        XCTAssertEqual(GlyphEncoder.wideCharacters("街道"), [0x8857, 0x9053])
        XCTAssertEqual(GlyphEncoder.wideCharacters("😀"), [0x1F600], "wchar_t holds a whole scalar, no surrogates")
        XCTAssertEqual(GlyphEncoder.wideCharacters("e\u{301}"), [0x65, 0x301])
    }

    func testFittingGraphemesAreWrittenAsIs() {
        XCTAssertEqual(encode("a", width: 1), values("a"))
        XCTAssertEqual(encode("街", width: 2), values("街"))
        XCTAssertEqual(encode("😀", width: 2), values("😀"))
        XCTAssertEqual(encode("e\u{301}", width: 1), values("e\u{301}"))
    }

    // MARK: Control characters

    func testControlCharactersNeverReachTheTerminal() {
        XCTAssertEqual(encode("\u{1B}", width: 1), values("?"))
        XCTAssertEqual(encode("\u{7}", width: 1), values("?"))
        XCTAssertEqual(encode("\u{7F}", width: 1), values("?"))
        XCTAssertEqual(encode("\u{9B}", width: 1), values("?"), "C1 CSI")
        XCTAssertEqual(GlyphEncoder.wideCharacters("a\u{1B}[2J\u{85}b"), values("a?[2J?b"))
    }

    func testControlGuardBoundaries() {
        XCTAssertTrue(GlyphEncoder.isControl("\u{0}"))
        XCTAssertTrue(GlyphEncoder.isControl("\u{1F}"))
        XCTAssertFalse(GlyphEncoder.isControl(" "))
        XCTAssertFalse(GlyphEncoder.isControl("~"))
        XCTAssertTrue(GlyphEncoder.isControl("\u{7F}"))
        XCTAssertTrue(GlyphEncoder.isControl("\u{9F}"))
        XCTAssertFalse(GlyphEncoder.isControl("\u{A0}"))
        XCTAssertFalse(GlyphEncoder.isControl("街"))
    }

    // MARK: Width disagreements

    func testNarrowerThanTheCellIsPadded() {
        // The canvas thinks "☃" is wide; the C library says 1 column.
        XCTAssertEqual(encode("☃", width: 2), values("☃ "))
    }

    func testWiderThanTheCellBecomesAQuestionMark() {
        XCTAssertEqual(encode("街", width: 1), values("?"))
    }

    func testUnprintableBaseBecomesAQuestionMark() {
        XCTAssertEqual(encode("\u{E0001}", width: 1), values("?"))
        XCTAssertEqual(encode("\u{E0001}", width: 2), values("? "))
    }

    func testSecondSpacingCharacterOfASequenceIsDropped() {
        // 👨‍👩 as the C library sees it: two wide emoji joined by ZWJ.
        XCTAssertEqual(encode("👨\u{200D}👩", width: 2), values("👨"))
        XCTAssertEqual(encode("👍\u{FE0F}", width: 2), values("👍\u{FE0F}"))
    }

    func testLoneCombiningMarkGetsASpaceToSitOn() {
        XCTAssertEqual(encode("\u{301}", width: 1), values(" \u{301}"))
    }

    func testEmptyGraphemeIsBlank() {
        XCTAssertEqual(encode("", width: 1), values(" "))
        XCTAssertEqual(encode("", width: 2), values("  "))
    }
}
