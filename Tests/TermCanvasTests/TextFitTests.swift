import XCTest
import TermCanvas

final class TextFitTests: XCTestCase {
    // MARK: Truncation

    func testTruncateByDisplayWidth() {
        XCTAssertEqual(TextFit.truncate("街道办事处", to: 10), "街道办事处")
        XCTAssertEqual(TextFit.truncate("街道办事处", to: 9), "街道办事…")
        XCTAssertEqual(TextFit.truncate("街道办事处", to: 8), "街道办…")     // 事 would need column 8
        XCTAssertEqual(TextFit.truncate("abcdef", to: 4), "abc…")
        XCTAssertEqual(TextFit.truncate("abcdef", to: 1), "…")
        XCTAssertEqual(TextFit.truncate("abcdef", to: 0), "")
        XCTAssertEqual(TextFit.truncate("abcdef", to: -2), "")
    }

    func testTruncateWithASCIIEllipsis() {
        XCTAssertEqual(TextFit.truncate("街道办事处", to: 7, ellipsis: "~"), "街道办~")
        XCTAssertEqual(TextFit.truncate("abcdef", to: 2, ellipsis: "..."), "..")
    }

    func testTruncateKeepsCombiningMarksWithTheirBase() {
        XCTAssertEqual(TextFit.truncate("e\u{301}e\u{301}e\u{301}", to: 2), "e\u{301}…")
    }

    func testTruncateEscapesControls() {
        XCTAssertEqual(TextFit.truncate("\u{1B}[31mred", to: 4), "␛[3…")
    }

    // MARK: Padding

    func testPadAlignments() {
        XCTAssertEqual(TextFit.pad("42", to: 5, alignment: .right), "   42")
        XCTAssertEqual(TextFit.pad("42", to: 5, alignment: .left), "42   ")
        XCTAssertEqual(TextFit.pad("社区", to: 7, alignment: .center), " 社区  ")
        XCTAssertEqual(TextFit.pad("社区", to: 5), "社区 ")
        XCTAssertEqual(TextFit.pad("社区", to: 1), "社区")
    }

    func testFitAlwaysGivesExactWidth() {
        let samples = ["", "a", "街道", "a街b道c", "e\u{301}x", "😀😀", "\u{1B}x"]
        for sample in samples {
            for width in 0...8 {
                for alignment in [TextAlignment.left, .right, .center] {
                    let fitted = TextFit.fit(sample, width: width, alignment: alignment)
                    XCTAssertEqual(DisplayWidth.of(fitted), width, "\(sample) in \(width)")
                }
            }
        }
        XCTAssertEqual(TextFit.fit("街道办", width: 4), "街… ")
        XCTAssertEqual(TextFit.fit("街道办", width: 4, alignment: .right), " 街…")
        XCTAssertEqual(TextFit.fit("7", width: 3, alignment: .right), "  7")
    }

    // MARK: Wrapping

    func testWrapLatinAtSpaces() {
        XCTAssertEqual(TextFit.wrap("delete this appeal now", width: 10), ["delete", "this", "appeal now"])
    }

    func testWrapChineseAnywhere() {
        XCTAssertEqual(TextFit.wrap("确定删除这条诉求吗", width: 8), ["确定删除", "这条诉求", "吗"])
        XCTAssertEqual(TextFit.wrap("确定删除", width: 3), ["确", "定", "删", "除"])
    }

    func testWrapKeepsLineBreaksAndHandlesTinyWidths() {
        XCTAssertEqual(TextFit.wrap("a\nb", width: 5), ["a", "b"])
        XCTAssertEqual(TextFit.wrap("abc", width: 0), [])
        XCTAssertEqual(TextFit.wrap("街", width: 1), [""])
        XCTAssertEqual(TextFit.wrap("abcdef", width: 4), ["abcd", "ef"])
    }
}
