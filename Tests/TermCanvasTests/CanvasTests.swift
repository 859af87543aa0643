import XCTest
import TermCanvas

final class CanvasTests: XCTestCase {
    // MARK: Basics

    func testNewCanvasIsBlank() {
        let canvas = Canvas(width: 3, height: 2)
        XCTAssertEqual(canvas.lines(), ["   ", "   "])
        XCTAssertEqual(canvas.cell(x: 0, y: 0), Cell.blank(.normal))
        XCTAssertNil(canvas.cell(x: 3, y: 0))
        XCTAssertNil(canvas.cell(x: -1, y: 0))
    }

    func testNegativeSizeBecomesEmpty() {
        var canvas = Canvas(width: -4, height: -1)
        XCTAssertEqual(canvas.width, 0)
        XCTAssertEqual(canvas.height, 0)
        XCTAssertEqual(canvas.put("街道", at: 0, y: 0, role: .normal), 4)
        canvas.fill(Rect(x: -5, y: -5, width: 50, height: 50), role: .error)
        XCTAssertEqual(canvas.lines(), [])
    }

    func testASCIIText() {
        var canvas = Canvas(width: 6, height: 2)
        XCTAssertEqual(canvas.put("abc", at: 1, y: 1, role: .header), 3)
        XCTAssertEqual(canvas.lines(), ["      ", " abc  "])
        XCTAssertEqual(canvas.cell(x: 1, y: 1)?.role, .header)
        XCTAssertEqual(canvas.cell(x: 4, y: 1)?.role, .normal)
    }

    // MARK: Wide and zero-width characters

    func testChineseTakesTwoColumns() {
        var canvas = Canvas(width: 6, height: 1)
        XCTAssertEqual(canvas.put("街道", at: 0, y: 0, role: .normal), 4)
        XCTAssertEqual(canvas.lines(), ["街道  "])
        XCTAssertEqual(canvas.cell(x: 0, y: 0), Cell(grapheme: "街"))
        XCTAssertEqual(canvas.cell(x: 1, y: 0), Cell.continuation(.normal))
        XCTAssertEqual(canvas.cell(x: 2, y: 0)?.grapheme, "道")
        assertWellFormed(canvas)
    }

    func testMixedChineseAndLatin() {
        var canvas = Canvas(width: 9, height: 1)
        XCTAssertEqual(canvas.put("a街b道c", at: 1, y: 0, role: .normal), 7)
        XCTAssertEqual(canvas.lines(), [" a街b道c "])
        XCTAssertEqual(canvas.cell(x: 3, y: 0)?.isContinuation, true)
        assertWellFormed(canvas)
    }

    func testCombiningMarksTakeNoColumn() {
        var canvas = Canvas(width: 4, height: 1)
        XCTAssertEqual(canvas.put("e\u{301}x", at: 0, y: 0, role: .normal), 2)
        XCTAssertEqual(canvas.cell(x: 0, y: 0)?.grapheme, "e\u{301}")
        XCTAssertEqual(canvas.cell(x: 1, y: 0)?.grapheme, "x")
        XCTAssertEqual(canvas.lines(), ["e\u{301}x  "])
    }

    func testLeadingCombiningMarkJoinsThePreviousCell() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("a", at: 0, y: 0, role: .normal)
        XCTAssertEqual(canvas.put("\u{301}b", at: 1, y: 0, role: .normal), 1)
        XCTAssertEqual(canvas.cell(x: 0, y: 0)?.grapheme, "a\u{301}")
        XCTAssertEqual(canvas.lines(), ["a\u{301}b  "])
    }

    func testLeadingCombiningMarkAfterWideCharacterJoinsItsLead() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("街", at: 0, y: 0, role: .normal)
        canvas.put("\u{301}", at: 2, y: 0, role: .normal)
        XCTAssertEqual(canvas.cell(x: 0, y: 0)?.grapheme, "街\u{301}")
        assertWellFormed(canvas)
    }

    func testLeadingCombiningMarkWithNothingBeforeIsDropped() {
        var canvas = Canvas(width: 3, height: 1)
        XCTAssertEqual(canvas.put("\u{301}b", at: 0, y: 0, role: .normal), 1)
        XCTAssertEqual(canvas.lines(), ["b  "])
    }

    func testEmoji() {
        var canvas = Canvas(width: 10, height: 1)
        // U+1F600 is wide; U+2764 is narrow unless followed by VS16; a ZWJ family is one wide grapheme.
        var x = canvas.put("😀", at: 0, y: 0, role: .normal)
        x += canvas.put("❤\u{FE0F}", at: x, y: 0, role: .normal)
        x += canvas.put("❤", at: x, y: 0, role: .normal)
        x += canvas.put("👨\u{200D}👩\u{200D}👧", at: x, y: 0, role: .normal)
        XCTAssertEqual(x, 7)
        XCTAssertEqual(canvas.lines(), ["😀❤\u{FE0F}❤👨\u{200D}👩\u{200D}👧   "])
        XCTAssertEqual(canvas.cell(x: 3, y: 0)?.isContinuation, true)
        XCTAssertEqual(canvas.cell(x: 4, y: 0)?.grapheme, "❤")
        assertWellFormed(canvas)
    }

    // MARK: Control characters

    func testControlCharactersAreDrawnAsEscapes() {
        var canvas = Canvas(width: 12, height: 1)
        XCTAssertEqual(canvas.put("a\u{1B}[2Jb\t\n", at: 0, y: 0, role: .normal), 8)
        XCTAssertEqual(canvas.lines(), ["a␛[2Jb␉␊    "])
    }

    func testC1AndDeleteAndNul() {
        var canvas = Canvas(width: 8, height: 1)
        XCTAssertEqual(canvas.put("\u{0}\u{7F}\u{85}x", at: 0, y: 0, role: .normal), 7)
        XCTAssertEqual(canvas.lines(), ["␀␡\\x85x "])
        XCTAssertFalse(canvas.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
    }

    // MARK: Clipping at every edge

    func testWideCharacterStraddlingRightEdgeBecomesSpace() {
        var canvas = dottedCanvas(width: 5, height: 1)
        XCTAssertEqual(canvas.put("ab街道", at: 2, y: 0, role: .normal), 6)
        XCTAssertEqual(canvas.lines(), ["..ab "])
        assertWellFormed(canvas)
    }

    func testWideCharacterStraddlingLeftEdgeBecomesSpace() {
        var canvas = dottedCanvas(width: 5, height: 1)
        XCTAssertEqual(canvas.put("街道x", at: -1, y: 0, role: .normal), 5)
        XCTAssertEqual(canvas.lines(), [" 道x."])
        assertWellFormed(canvas)
    }

    func testTextStartingFarLeftIsCut() {
        var canvas = dottedCanvas(width: 4, height: 1)
        canvas.put("abcdef", at: -3, y: 0, role: .normal)
        XCTAssertEqual(canvas.lines(), ["def."])
    }

    func testRowsAboveAndBelowAreClipped() {
        var canvas = dottedCanvas(width: 3, height: 2)
        XCTAssertEqual(canvas.put("abc", at: 0, y: -1, role: .normal), 3)
        XCTAssertEqual(canvas.put("abc", at: 0, y: 2, role: .normal), 3)
        XCTAssertEqual(canvas.lines(), ["...", "..."])
    }

    func testClipRectCutsWideCharactersOnBothSides() {
        var canvas = dottedCanvas(width: 6, height: 2)
        canvas.clip = Rect(x: 1, y: 0, width: 3, height: 1)
        canvas.put("街道办", at: 0, y: 0, role: .normal)
        canvas.put("xyz", at: 0, y: 1, role: .normal)
        // 街 straddles the clip's left edge, 道 fits, 办 is outside.
        XCTAssertEqual(canvas.lines(), [". 道..", "......"])
        canvas.clip = Rect(x: 0, y: 0, width: 3, height: 2)
        canvas.put("ab街", at: 0, y: 1, role: .normal)
        XCTAssertEqual(canvas.lines(), [". 道..", "ab ..."])
        assertWellFormed(canvas)
    }

    func testWithClipRestoresPreviousClip() {
        var canvas = dottedCanvas(width: 5, height: 1)
        canvas.withClip(Rect(x: 1, y: 0, width: 2, height: 1)) { inner in
            inner.put("abcd", at: 0, y: 0, role: .normal)
            // Nested clips intersect.
            inner.withClip(Rect(x: 2, y: 0, width: 3, height: 1)) { $0.fill($0.bounds, role: .normal, with: "#") }
        }
        XCTAssertNil(canvas.clip)
        XCTAssertEqual(canvas.lines(), [".b#.."])
    }

    // MARK: maxWidth

    func testMaxWidthStopsTextAndBlanksHalfAWideCharacter() {
        var canvas = dottedCanvas(width: 7, height: 1)
        XCTAssertEqual(canvas.put("街道办", at: 0, y: 0, maxWidth: 5, role: .normal), 5)
        XCTAssertEqual(canvas.lines(), ["街道 .."])
        XCTAssertEqual(canvas.put("abc", at: 0, y: 0, maxWidth: 0, role: .normal), 0)
        XCTAssertEqual(canvas.put("abc", at: 0, y: 0, maxWidth: -3, role: .normal), 0)
        assertWellFormed(canvas)
    }

    // MARK: Overwriting wide characters

    func testWritingIntoEitherHalfOfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("街道", at: 0, y: 0, role: .normal)
        canvas.put("x", at: 1, y: 0, role: .normal)
        XCTAssertEqual(canvas.lines(), [" x道  "])
        canvas.put("y", at: 2, y: 0, role: .normal)
        XCTAssertEqual(canvas.lines(), [" xy   "])
        assertWellFormed(canvas)
    }

    func testWideOverOffsetWide() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("街道", at: 0, y: 0, role: .normal)
        canvas.put("中", at: 1, y: 0, role: .normal)
        XCTAssertEqual(canvas.lines(), [" 中   "])
        assertWellFormed(canvas)
    }

    func testOrphanBlankedOutsideClipKeepsItsRole() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("街", at: 0, y: 0, role: .header)
        canvas.clip = Rect(x: 1, y: 0, width: 3, height: 1)
        canvas.put("x", at: 1, y: 0, role: .normal)
        XCTAssertEqual(canvas.lines(), [" x  "])
        XCTAssertEqual(canvas.cell(x: 0, y: 0), Cell.blank(.header))
        assertWellFormed(canvas)
    }

    // MARK: Fill and roles

    func testFillOverHalfOfWideCharacters() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("街道", at: 0, y: 0, role: .normal)
        canvas.fill(Rect(x: 1, y: 0, width: 2, height: 1), role: .selected, with: "-")
        XCTAssertEqual(canvas.lines(), [" --   "])
        XCTAssertEqual(canvas.roleLines([.normal: "n", .selected: "s"]), ["nssnnn"])
        assertWellFormed(canvas)
    }

    func testFillRejectsWideAndControlCharacters() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.fill(canvas.bounds, role: .normal, with: "街")
        XCTAssertEqual(canvas.lines(), ["   "])
        canvas.fill(canvas.bounds, role: .normal, with: "\u{1B}")
        XCTAssertEqual(canvas.lines(), ["␛␛␛"])
    }

    func testSetRoleKeepsText() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.put("ab", at: 0, y: 1, role: .normal)
        canvas.setRole(.selected, in: Rect(x: 0, y: 1, width: 10, height: 1))
        XCTAssertEqual(canvas.lines(), ["    ", "ab  "])
        XCTAssertEqual(canvas.roleLines([.normal: ".", .selected: "s"]), ["....", "ssss"])
    }

    // MARK: Compositing

    func testDrawingOneCanvasOntoAnother() {
        var small = Canvas(width: 3, height: 1)
        small.put("a街", at: 0, y: 0, role: .title)
        var canvas = dottedCanvas(width: 5, height: 2)
        canvas.draw(small, at: 3, y: 1)
        XCTAssertEqual(canvas.lines(), [".....", "...a "])
        XCTAssertEqual(canvas.cell(x: 3, y: 1)?.role, .title)
        assertWellFormed(canvas)
    }
}
