import XCTest
import TermCanvas

/// Fails when a canvas holds half of a wide character: a continuation without its
/// lead, or a two-column grapheme without its continuation.
func assertWellFormed(_ canvas: Canvas, file: StaticString = #filePath, line: UInt = #line) {
    for y in 0..<canvas.height {
        for x in 0..<canvas.width {
            guard let cell = canvas.cell(x: x, y: y) else {
                XCTFail("missing cell \(x),\(y)", file: file, line: line)
                continue
            }
            if cell.isContinuation {
                let lead = canvas.cell(x: x - 1, y: y)
                XCTAssertTrue(lead.map { !$0.isContinuation && DisplayWidth.of($0.grapheme) == 2 } ?? false,
                              "orphaned right half at \(x),\(y)", file: file, line: line)
            } else {
                XCTAssertFalse(cell.grapheme.isEmpty, "empty grapheme at \(x),\(y)", file: file, line: line)
                if DisplayWidth.of(cell.grapheme) == 2 {
                    XCTAssertEqual(canvas.cell(x: x + 1, y: y)?.isContinuation, true,
                                   "wide character without right half at \(x),\(y)", file: file, line: line)
                }
            }
        }
    }
}

/// A canvas filled with dots, so tests can see which cells were left alone.
func dottedCanvas(width: Int, height: Int) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    canvas.fill(canvas.bounds, role: .normal, with: ".")
    return canvas
}
