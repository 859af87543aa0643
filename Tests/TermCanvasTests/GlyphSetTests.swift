import XCTest
import TermCanvas

final class GlyphSetTests: XCTestCase {
    private func allGlyphs(_ set: GlyphSet) -> [String] {
        [set.horizontal, set.vertical, set.topLeft, set.topRight, set.bottomLeft, set.bottomRight,
         set.teeRight, set.teeLeft, set.ellipsis, set.arrowUp, set.arrowDown, set.fullBlock, set.lightShade]
            + set.sparkline
    }

    func testEveryGlyphIsOneColumn() {
        for set in [GlyphSet.unicode, .ascii] {
            for glyph in allGlyphs(set) {
                XCTAssertEqual(DisplayWidth.of(glyph), 1, glyph)
            }
        }
    }

    func testASCIISetIsPureASCII() {
        for glyph in allGlyphs(.ascii) {
            XCTAssertTrue(glyph.unicodeScalars.allSatisfy { $0.isASCII }, glyph)
        }
        XCTAssertEqual(GlyphSet.ascii.ellipsis, "~")
        XCTAssertEqual(GlyphSet.unicode.sparkline.joined(), "▁▂▃▄▅▆▇█")
    }
}
