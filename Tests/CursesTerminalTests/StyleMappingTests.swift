import TermCanvas
import XCTest
@testable import CursesTerminal

final class StyleMappingTests: XCTestCase {
    // MARK: Appearance

    func testPaletteColoursPassThroughAt256() {
        let style = Style(foreground: .indexed(15), background: .indexed(24), bold: true)
        let appearance = CellAppearance(style: style, depth: .palette256)
        XCTAssertEqual(appearance, CellAppearance(foreground: 15, background: 24, attributes: .bold))
    }

    func testDefaultColoursAreMinusOne() {
        let appearance = CellAppearance(style: Style(underline: true, reverse: true), depth: .palette256)
        XCTAssertEqual(appearance, CellAppearance(foreground: -1, background: -1, attributes: [.underline, .reverse]))
    }

    func testColoursAreReducedToTheDepth() {
        let style = Style(foreground: .rgb(255, 0, 0), background: .indexed(12))
        XCTAssertEqual(CellAppearance(style: style, depth: .palette256).foreground, 196)
        XCTAssertEqual(CellAppearance(style: style, depth: .sixteen).foreground, 9)
        XCTAssertEqual(CellAppearance(style: style, depth: .sixteen).background, 12)
        XCTAssertEqual(CellAppearance(style: style, depth: .eight).foreground, 1)
        XCTAssertEqual(CellAppearance(style: style, depth: .eight).background, 4)
    }

    func testTrueColourFallsBackToThePalette() {
        let appearance = CellAppearance(style: Style(foreground: .rgb(255, 0, 0)), depth: .trueColor)
        XCTAssertEqual(appearance.foreground, 196)
    }

    func testMonochromeKeepsOnlyAttributes() {
        let style = Style(foreground: .indexed(203), background: .indexed(31), bold: true, reverse: true)
        let appearance = CellAppearance(style: style, depth: .monochrome)
        XCTAssertEqual(appearance, CellAppearance(foreground: -1, background: -1, attributes: [.bold, .reverse]))
    }

    // MARK: Attributes

    func testAttributeBitsAreNcursesOnes() {
        XCTAssertEqual(TextAttributes().cursesBits, 0)
        XCTAssertEqual(TextAttributes.bold.cursesBits, 1 << 21)
        XCTAssertEqual(TextAttributes.underline.cursesBits, 1 << 17)
        XCTAssertEqual(TextAttributes.reverse.cursesBits, 1 << 18)
        XCTAssertEqual(TextAttributes([.bold, .reverse]).cursesBits, 1 << 21 | 1 << 18)
    }

    // MARK: Colour pairs

    func testPairsAreAllocatedOncePerColourCombination() {
        var cache = ColorPairCache(pairCount: 256, supportsDefaultColors: true)
        let first = cache.assignment(foreground: 15, background: 24)
        XCTAssertEqual(first.pair, 1)
        XCTAssertEqual(first.newColors?.foreground, 15)
        XCTAssertEqual(first.newColors?.background, 24)

        let again = cache.assignment(foreground: 15, background: 24)
        XCTAssertEqual(again.pair, 1)
        XCTAssertNil(again.newColors, "an existing pair needs no init_pair")

        let second = cache.assignment(foreground: 203, background: -1)
        XCTAssertEqual(second.pair, 2)
        XCTAssertEqual(second.newColors?.background, -1)
        XCTAssertEqual(cache.allocatedCount, 2)
    }

    func testDefaultOnDefaultIsPairZero() {
        var cache = ColorPairCache(pairCount: 256, supportsDefaultColors: true)
        XCTAssertEqual(cache.assignment(foreground: -1, background: -1), ColorPairCache.Assignment(pair: 0))
        XCTAssertEqual(cache.allocatedCount, 0)
    }

    func testWithoutDefaultColoursMinusOneMeansWhiteOnBlack() {
        var cache = ColorPairCache(pairCount: 64, supportsDefaultColors: false)
        let assignment = cache.assignment(foreground: -1, background: -1)
        XCTAssertEqual(assignment.pair, 1)
        XCTAssertEqual(assignment.newColors?.foreground, 7)
        XCTAssertEqual(assignment.newColors?.background, 0)
        XCTAssertEqual(cache.assignment(foreground: 7, background: 0).pair, 1, "the same colours share the pair")
    }

    func testRunningOutOfPairsFallsBackToPairZero() {
        var cache = ColorPairCache(pairCount: 3, supportsDefaultColors: true)
        XCTAssertEqual(cache.assignment(foreground: 1, background: -1).pair, 1)
        XCTAssertEqual(cache.assignment(foreground: 2, background: -1).pair, 2)
        let overflow = cache.assignment(foreground: 3, background: -1)
        XCTAssertEqual(overflow.pair, 0)
        XCTAssertNil(overflow.newColors)
        XCTAssertEqual(cache.assignment(foreground: 1, background: -1).pair, 1)
    }

    func testPairCountIsCappedAtWhatAShortHolds() {
        XCTAssertEqual(ColorPairCache(pairCount: 65_536, supportsDefaultColors: true).pairCount, 32_768)
        XCTAssertEqual(ColorPairCache(pairCount: -5, supportsDefaultColors: true).pairCount, 0)
    }

    // MARK: Depth

    func testColourDepthDetection() {
        XCTAssertEqual(ColorDepth.detected(noColorRequested: true, hasColors: true, colorCount: 256), .monochrome)
        XCTAssertEqual(ColorDepth.detected(noColorRequested: false, hasColors: false, colorCount: 256), .monochrome)
        XCTAssertEqual(ColorDepth.detected(noColorRequested: false, hasColors: true, colorCount: 16_777_216), .palette256)
        XCTAssertEqual(ColorDepth.detected(noColorRequested: false, hasColors: true, colorCount: 256), .palette256)
        XCTAssertEqual(ColorDepth.detected(noColorRequested: false, hasColors: true, colorCount: 88), .sixteen)
        XCTAssertEqual(ColorDepth.detected(noColorRequested: false, hasColors: true, colorCount: 16), .sixteen)
        XCTAssertEqual(ColorDepth.detected(noColorRequested: false, hasColors: true, colorCount: 8), .eight)
        XCTAssertEqual(ColorDepth.detected(noColorRequested: false, hasColors: true, colorCount: 2), .monochrome)
    }
}
